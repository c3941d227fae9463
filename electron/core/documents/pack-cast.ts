// Who is who in a review pack. Unredacted, everyone is shown by name. Redacted (SPEC section 7,
// "Redacted review copy"), by role: "the client", "the student", "client side person 1"...,
// "allocated worker (tutor)", "client manager", "mentor", and any other staff person by their
// role ("director", "clinical lead"; numbered when several share one). Free text (facts, analyses,
// findings, warnings' summaries) goes through the subject-access redactor with every known name:
// each whole name anywhere, and each given or family name of 3+ letters on its own; a part two
// people with different roles share is still removed, as "[name]". Contact details are removed too.
import { STAFF_ROLE_LABELS, type CaseDetail, type StaffRole } from '../contract';
import { createRedactor, type NameToRedact } from '../data-protection/redactor';
import type { Database } from '../store/sqlite';

export interface PackCast {
  readonly redacted: boolean;
  /** A person (client side or staff) by id, as the pack names them. */
  person(personId: string | null | undefined): string;
  /** A user by user id, as the pack names them. */
  user(userId: string | null | undefined): string;
  /** Free text with every known name (and contact detail) replaced when redacted. */
  text(value: string): string;
}

interface PersonRow {
  id: string;
  kind: 'client' | 'student' | 'staff';
  full_name: string;
  staff_role: StaffRole | null;
}

const nameParts = (fullName: string): string[] => fullName.split(/[\s-]+/u).filter((p) => p.length >= 3);

export function packCast(db: Database, detail: CaseDetail, redacted: boolean): PackCast {
  const people = db.prepare("SELECT id, kind, full_name, staff_role FROM people WHERE kind = 'staff' OR id IN (SELECT person_id FROM case_people WHERE case_id = ?) OR id = ? ORDER BY id").all(detail.id, detail.clientId) as PersonRow[];
  const userPeople = new Map((db.prepare('SELECT id, person_id FROM users').all() as { id: string; person_id: string }[]).map((u) => [u.id, u.person_id]));
  const names = new Map(people.map((p) => [p.id, p.full_name]));
  if (!redacted) {
    const person = (id: string | null | undefined): string => (id ? (names.get(id) ?? 'someone not on record') : '—');
    return { redacted, person, user: (id) => person(id ? userPeople.get(id) : null), text: (value) => value };
  }

  const labels = new Map<string, string>();
  labels.set(detail.clientId, 'the client');
  if (detail.student) labels.set(detail.student.id, 'the student');
  let clientSide = 0;
  for (const p of detail.clientSide) if (!labels.has(p.id)) labels.set(p.id, `client side person ${++clientSide}`);
  const role = (r: StaffRole | null): string => (r ? STAFF_ROLE_LABELS[r] : 'Staff').toLowerCase();
  if (detail.mentor) labels.set(detail.mentor.id, 'mentor');
  labels.set(detail.clientManager.id, 'client manager');
  labels.set(detail.allocatedWorker.id, `allocated worker (${role(detail.allocatedWorker.staffRole)})`);
  const others = people.filter((p) => p.kind === 'staff' && !labels.has(p.id));
  const perRole = new Map<string, number>();
  for (const p of others) perRole.set(role(p.staff_role), (perRole.get(role(p.staff_role)) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const p of others) {
    const r = role(p.staff_role);
    const n = (seen.get(r) ?? 0) + 1;
    seen.set(r, n);
    labels.set(p.id, (perRole.get(r) ?? 0) > 1 ? `${r} ${n}` : r);
  }
  // Anyone else on the client side named in the store but not on this case stays unnamed too.
  for (const p of people) if (!labels.has(p.id)) labels.set(p.id, 'another person');

  const contacts = [detail.client, ...detail.clientSide, ...(detail.student ? [detail.student] : [])].flatMap((p) => [p.phone, p.email, p.address, ...(p.address?.split('\n') ?? [])]);
  const toRedact: NameToRedact[] = people.map((p) => ({ fullName: p.full_name, label: labels.get(p.id)!, kind: p.kind === 'staff' ? 'staff' : 'third_party', parts: true }));
  if (toRedact.length) toRedact[0] = { ...toRedact[0]!, contacts };
  // A given or family name shared by people with different roles cannot name either: "[name]".
  // Entered first, so the redactor's part table takes this label for it (whole names still win).
  const partLabels = new Map<string, Set<string>>();
  for (const p of toRedact) for (const part of nameParts(p.fullName)) partLabels.set(part, (partLabels.get(part) ?? new Set()).add(p.label));
  const shared: NameToRedact[] = [...partLabels].filter(([, set]) => set.size > 1).map(([part]) => ({ fullName: part, label: '[name]', kind: 'staff', parts: true }));
  const redactor = createRedactor('', [...shared, ...toRedact], []);
  const text = (value: string): string => redactor.text(value);
  const person = (id: string | null | undefined): string => (id ? (labels.get(id) ?? 'someone not on record') : '—');
  return { redacted, person, user: (id) => person(id ? userPeople.get(id) : null), text };
}
