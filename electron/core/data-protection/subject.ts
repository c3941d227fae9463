// The data subject of a subject access request or an erasure: a client-side person (a client, a
// student or another carer), not yet erased.
import { CoreError } from '../errors';
import type { Database } from '../store/sqlite';

export interface Subject {
  readonly id: string;
  readonly kind: 'client' | 'student';
  readonly fullName: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly address: string | null;
}

export function requireSubject(db: Database, personId: string): Subject {
  const row = db.prepare('SELECT id, kind, full_name, phone, email, address FROM people WHERE id = ?').get(personId) as
    | { id: string; kind: 'client' | 'student' | 'staff'; full_name: string; phone: string | null; email: string | null; address: string | null }
    | undefined;
  if (!row) throw new CoreError('not_found', 'That person does not exist.');
  if (row.kind === 'staff') throw new CoreError('invalid_input', 'That person is a member of staff, not a client or someone on a client side.', [{ path: 'clientId', message: 'is not a client' }]);
  const erased = db.prepare('SELECT erased_at FROM erasures WHERE person_id = ?').get(personId) as { erased_at: string } | undefined;
  if (erased) throw new CoreError('conflict', `This client was erased on ${erased.erased_at.slice(0, 10)}: nothing about them is held any more.`);
  return { id: row.id, kind: row.kind, fullName: row.full_name, phone: row.phone, email: row.email, address: row.address };
}
