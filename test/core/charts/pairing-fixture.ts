// A case showing the isolated pair (the policy's "common example"): the parent's contact narrows
// to the tutor week by week, the client manager steps in about an exam, and a complaint about the
// tutor follows. Shaped as `pairing.get` answers.
import type { PairingData } from '../../../electron/core/contract';

const WEEKS = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02', '2026-03-09'];
const TUTOR = [1, 2, 3, 4, 6, 8, 9, 7, 1, 0];
const MANAGER = [3, 1, 0, 0, 0, 0, 0, 2, 4, 2];
const MENTOR = [1, 0, 0, 0, 0, 0, 0, 0, 0, 1];
const DESK = [2, 1, 1, 0, 0, 0, 0, 0, 1, 1];

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

export const STAFF = {
  tutor: { id: 'staff-tutor', fullName: 'Tom Pascoe', staffRole: 'tutor' },
  manager: { id: 'staff-manager', fullName: 'Margaret Okafor', staffRole: 'client_manager' },
  mentor: { id: 'staff-mentor', fullName: 'Priya Nair', staffRole: 'mentor' },
  tutor2: { id: 'staff-tutor-2', fullName: 'Sam Kerrow', staffRole: 'tutor' },
} as const satisfies Record<string, PairingData['staff'][number]>;

export const PAIRING: PairingData = {
  caseId: 'case-1',
  clientName: 'Amira Haddad',
  from: '2026-01-05',
  to: '2026-03-13',
  staff: [STAFF.tutor, STAFF.manager, STAFF.mentor, STAFF.tutor2],
  weeks: WEEKS.map((week, i) => ({
    week,
    byStaff: {
      [STAFF.tutor.id]: TUTOR[i] ?? 0,
      [STAFF.manager.id]: MANAGER[i] ?? 0,
      [STAFF.mentor.id]: MENTOR[i] ?? 0,
      ...(i === 9 ? { [STAFF.tutor2.id]: 2 } : {}),
    },
    unnamed: DESK[i] ?? 0,
  })),
  markers: [
    { recordId: 'rec-boundary', kind: 'boundary_incident', date: '2026-02-11', week: '2026-02-09', label: 'Boundary: personal number (Tom Pascoe)', staffId: STAFF.tutor.id },
    { recordId: 'rec-complaint', kind: 'complaint', date: '2026-03-04', week: '2026-03-02', label: 'Complaint about Tom Pascoe', staffId: STAFF.tutor.id },
    { recordId: 'rec-behaviour', kind: 'behaviour_incident', date: '2026-03-05', week: '2026-03-02', label: 'Behaviour: raised voice', staffId: null },
  ],
  edges: [
    { staffId: STAFF.tutor.id, contacts: sum(TUTOR) },
    { staffId: STAFF.manager.id, contacts: sum(MANAGER) },
    { staffId: STAFF.mentor.id, contacts: sum(MENTOR) },
    { staffId: STAFF.tutor2.id, contacts: 2 },
  ],
};
