// The generated organisation's people who are not clients: the users (the director, the client
// managers and a clinical lead) and the staff who are not users (tutors, counsellors, support
// workers, mentors, reception). Pure: ids and names come from the seeded generator.
import { DEMO_PASSPHRASE, type Role, type StaffRole } from '../contract';
import { uniqueNames } from './names';
import type { Prng } from './prng';
import type { OrgShape } from './shape';

export const GENERATED_ORGANISATION = { name: 'Generated Learning and Counselling Trust', address: '1 Benchmark Yard\nTruro\nTR1 1AA' } as const;

/** Public like the demo's: a generated store is for measuring and exploring, never for real cases. */
export const GENERATED_PASSPHRASE = DEMO_PASSPHRASE;
export const GENERATED_DIRECTOR = { fullName: 'Helen Treloar', login: 'director' } as const;

export interface CastUser {
  readonly id: string;
  readonly personId: string;
  readonly fullName: string;
  readonly login: string;
  readonly role: Extract<Role, 'client_manager' | 'clinical_lead'>;
}

export interface CastStaff {
  readonly id: string;
  readonly fullName: string;
  readonly staffRole: StaffRole;
}

export interface Cast {
  readonly users: readonly CastUser[];
  readonly managers: readonly CastUser[];
  readonly clinicalLead: CastUser;
  /** Staff who are not users. */
  readonly staff: readonly CastStaff[];
  readonly tutors: readonly string[];
  readonly counsellors: readonly string[];
  readonly supportWorkers: readonly string[];
  readonly mentors: readonly string[];
  readonly reception: readonly string[];
}

export function planCast(shape: OrgShape, rng: Prng): Cast {
  const name = uniqueNames(rng);
  name(); // the director's name is fixed; keep the stream's shape independent of it
  const managers: CastUser[] = Array.from({ length: shape.clientManagers }, (_, i) => ({
    id: rng.uuid(),
    personId: rng.uuid(),
    fullName: name(),
    login: `manager${i + 1}`,
    role: 'client_manager',
  }));
  const clinicalLead: CastUser = { id: rng.uuid(), personId: rng.uuid(), fullName: `Dr ${name()}`, login: 'clinicallead', role: 'clinical_lead' };
  const staff: CastStaff[] = [];
  const add = (count: number, staffRole: StaffRole): string[] =>
    Array.from({ length: count }, () => {
      const person = { id: rng.uuid(), fullName: name(), staffRole };
      staff.push(person);
      return person.id;
    });
  return {
    users: [...managers, clinicalLead],
    managers,
    clinicalLead,
    staff,
    tutors: add(shape.tutors, 'tutor'),
    counsellors: add(shape.counsellors, 'counsellor'),
    supportWorkers: add(shape.supportWorkers, 'support_worker'),
    mentors: add(shape.mentors, 'mentor'),
    reception: add(shape.reception, 'reception'),
  };
}
