// Organisation settings (name, address, auto-lock). Letterhead and policy settings join later.
import { appendAudit } from '../audit/chain';
import { ORG_KEY } from '../audit/data-keys';
import type { Output, ParsedInput } from '../contract';
import type { Clock, Session } from '../auth/session';

export function getOrganisation(session: Session): Output<'org.get'> {
  const row = session.require().vault.db.prepare('SELECT name, address, auto_lock_minutes FROM organisation WHERE id = 1').get() as {
    name: string;
    address: string;
    auto_lock_minutes: number;
  };
  return { name: row.name, address: row.address, autoLockMinutes: row.auto_lock_minutes };
}

export function updateOrganisation(session: Session, clock: Clock, input: ParsedInput<'org.update'>): Output<'org.get'> {
  const { vault, user } = session.require();
  const before = getOrganisation(session);
  vault.db.transaction(() => {
    vault.db.prepare('UPDATE organisation SET name = ?, address = ?, auto_lock_minutes = ? WHERE id = 1').run(input.name, input.address, input.autoLockMinutes);
    appendAudit(vault.db, { actorUserId: user.id, action: 'organisation.update', entity: 'organisation', entityId: null, keyId: ORG_KEY, before, after: input }, clock.now());
  })();
  session.setAutoLockMinutes(input.autoLockMinutes);
  return getOrganisation(session);
}
