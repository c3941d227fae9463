// User management, director only (enforced by the contract's access lists in the router).
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import type { ParsedInput, StaffRole, User } from '../contract';
import { CoreError } from '../errors';
import { getStaff, insertPerson } from '../records/people';
import { shareCaseKeys } from '../records/restricted-keys';
import { addSlot, rotateMasterKey } from '../store/vault';
import { oneTimePassphrase } from './passphrase-policy';
import type { Clock, Session } from './session';
import { findCurrentUser, insertUser, listCurrentUsers, loginTaken } from './users-repo';

export function listUsers(session: Session): User[] {
  return listCurrentUsers(session.require().vault.db);
}

export async function addUser(session: Session, clock: Clock, input: ParsedInput<'users.add'>): Promise<{ user: User; oneTimePassphrase: string }> {
  const { vault, user: actor } = session.require();
  const db = vault.db;
  if (loginTaken(db, input.login)) {
    throw new CoreError('conflict', `The login name "${input.login}" is already taken.`, [{ path: 'login', message: 'is already taken' }]);
  }
  if (input.personId) {
    const person = getStaff(db, input.personId);
    if (person.userId) throw new CoreError('conflict', `${person.fullName} is already a user.`, [{ path: 'personId', message: 'is already a user' }]);
  }
  const at = clock.now();
  const user: User = {
    id: randomUUID(),
    personId: input.personId ?? randomUUID(),
    fullName: input.fullName,
    login: input.login,
    role: input.role,
    mustChangePassphrase: true,
    createdAt: at.toISOString(),
  };
  const passphrase = oneTimePassphrase();
  // The keyslot goes in first: a user row without a slot would be an account nobody can open,
  // while a slot without a row is refused at unlock and harmless.
  await addSlot(vault, { userId: user.id, login: user.login, passphrase });
  db.transaction(() => {
    if (!input.personId) insertPerson(db, { id: user.personId, kind: 'staff', fullName: user.fullName, staffRole: user.role satisfies StaffRole }, actor.id, at);
    insertUser(db, user);
    // A new clinical lead may read every case's restricted records: share the keys now, from the director's own seals.
    if (user.role === 'clinical_lead') shareCaseKeys(db, vault, user.id);
    appendAudit(db, { actorUserId: actor.id, action: 'user.create', entity: 'user', entityId: user.id, keyId: personKeyId(user.personId), before: null, after: { login: user.login, role: user.role } }, at);
  })();
  return { user: findCurrentUser(db, user.id) ?? user, oneTimePassphrase: passphrase };
}

/** Removing a user rotates the master key: they could have kept a copy of the old one. */
export function removeUser(session: Session, clock: Clock, input: ParsedInput<'users.remove'>): { removed: User } {
  const { vault, user: actor } = session.require();
  const db = vault.db;
  const target = findCurrentUser(db, input.userId);
  if (!target) throw new CoreError('not_found', 'That user does not exist or has already been removed.');
  if (target.id === actor.id) throw new CoreError('conflict', 'You cannot remove your own account.');
  if (target.role === 'director') throw new CoreError('conflict', 'The director cannot be removed; the organisation always needs one.');
  const at = clock.now();
  db.transaction(() => {
    db.prepare('UPDATE users SET removed_at = ? WHERE id = ?').run(at.toISOString(), target.id);
    appendAudit(db, { actorUserId: actor.id, action: 'user.remove', entity: 'user', entityId: target.id, keyId: personKeyId(target.personId), before: { login: target.login, role: target.role }, after: { reason: input.reason } }, at);
  })();
  rotateMasterKey(vault, target.id);
  return { removed: target };
}
