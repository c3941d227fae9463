// The core's one session: which user has unlocked the store, if anyone. Unlocking is logging
// in; locking forgets every key. Role checks for every API call happen here (authorise).
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendAudit } from '../audit/chain';
import { ORG_KEY, personKeyId } from '../audit/data-keys';
import type { Authorise } from '../router';
import { ROLE_LABELS, type ParsedInput, type SessionState, type User } from '../contract';
import { CoreError } from '../errors';
import { insertPerson } from '../records/people';
import type { StorePaths } from '../store/paths';
import { KEYSLOT_MISSING_MESSAGE } from '../store/keyslot-file';
import { ensureStoreDir, storeExists } from '../store/paths';
import { changeSlotPassphrase, closeVault, createVault, unlockVault, type UnlockedVault } from '../store/vault';
import { checkPassphrase } from './passphrase-policy';
import { findCurrentUser, insertUser } from './users-repo';

export interface Clock {
  now(): Date;
}

export interface Unlocked {
  readonly vault: UnlockedVault;
  readonly user: User;
}

export class Session {
  private unlocked: Unlocked | null = null;
  private lastActivity = 0;
  private autoLockMs = 10 * 60_000;

  constructor(
    private readonly paths: StorePaths,
    private readonly clock: Clock,
  ) {}

  /** The unlocked session, or a not_signed_in error. */
  require(): Unlocked {
    if (!this.unlocked) throw new CoreError('not_signed_in', 'Threshold is locked. Unlock it to continue.');
    return this.unlocked;
  }

  status(): SessionState {
    if (!this.unlocked) {
      return { state: storeExists(this.paths) ? 'locked' : 'no-store', user: null, organisationName: null, autoLockMinutes: null };
    }
    const org = this.unlocked.vault.db.prepare('SELECT name, auto_lock_minutes FROM organisation WHERE id = 1').get() as
      | { name: string; auto_lock_minutes: number }
      | undefined;
    return { state: 'unlocked', user: this.unlocked.user, organisationName: org?.name ?? null, autoLockMinutes: org?.auto_lock_minutes ?? null };
  }

  async setup(input: ParsedInput<'session.setup'>): Promise<SessionState> {
    if (storeExists(this.paths)) throw new CoreError('store_exists', 'This store has already been set up. Unlock it instead.');
    checkPassphrase(input.director.passphrase, input.director.login, 'director.passphrase');
    ensureStoreDir(this.paths.dir);
    const at = this.clock.now();
    const director: User = {
      id: randomUUID(),
      personId: randomUUID(),
      fullName: input.director.fullName,
      login: input.director.login,
      role: 'director',
      mustChangePassphrase: false,
      createdAt: at.toISOString(),
    };
    const { vault } = await createVault(this.paths, { userId: director.id, login: director.login, passphrase: input.director.passphrase }, (db) => {
      db.prepare('INSERT INTO organisation (id, name, address) VALUES (1, ?, ?)').run(input.organisation.name, input.organisation.address);
      appendAudit(db, { actorUserId: null, action: 'organisation.create', entity: 'organisation', entityId: null, keyId: ORG_KEY, before: null, after: input.organisation }, at);
      insertPerson(db, { id: director.personId, kind: 'staff', fullName: director.fullName, staffRole: 'director' }, null, at);
      insertUser(db, director);
      appendAudit(db, { actorUserId: null, action: 'user.create', entity: 'user', entityId: director.id, keyId: personKeyId(director.personId), before: null, after: { login: director.login, role: director.role } }, at);
    });
    this.begin({ vault, user: director });
    return this.status();
  }

  async unlock(input: ParsedInput<'session.unlock'>): Promise<SessionState> {
    if (!storeExists(this.paths)) {
      // A store file without its keyslot file can never be unlocked: say so, not "set one up".
      if (existsSync(this.paths.db)) throw new CoreError('store_missing', KEYSLOT_MISSING_MESSAGE);
      throw new CoreError('store_missing', 'There is no store here yet. Set one up first.');
    }
    this.lock();
    const vault = await unlockVault(this.paths, input.login, input.passphrase);
    try {
      const user = findCurrentUser(vault.db, vault.userId);
      if (!user) throw new CoreError('wrong_credentials', 'That account has been removed. Ask the director.');
      this.begin({ vault, user });
    } catch (error) {
      // A damaged page met here must not leave the database open behind a locked session.
      closeVault(vault);
      throw error;
    }
    return this.status();
  }

  lock(): SessionState {
    if (this.unlocked) closeVault(this.unlocked.vault);
    this.unlocked = null;
    return this.status();
  }

  async changePassphrase(input: ParsedInput<'session.changePassphrase'>): Promise<SessionState> {
    const { vault, user } = this.require();
    checkPassphrase(input.next, user.login, 'next');
    if (input.next === input.current) throw new CoreError('weak_passphrase', 'The new passphrase must differ from the current one.', [{ path: 'next', message: 'must differ from the current one' }]);
    await changeSlotPassphrase(vault, input.current, input.next);
    const at = this.clock.now();
    vault.db.transaction(() => {
      vault.db.prepare('UPDATE users SET must_change_passphrase = 0 WHERE id = ?').run(user.id);
      appendAudit(vault.db, { actorUserId: user.id, action: 'user.passphrase-change', entity: 'user', entityId: user.id, keyId: personKeyId(user.personId), before: null, after: null }, at);
    })();
    this.unlocked = { vault, user: { ...user, mustChangePassphrase: false } };
    return this.status();
  }

  setAutoLockMinutes(minutes: number): void {
    this.autoLockMs = minutes * 60_000;
  }

  private begin(unlocked: Unlocked): void {
    this.unlocked = unlocked;
    this.lastActivity = this.clock.now().getTime();
    const org = unlocked.vault.db.prepare('SELECT auto_lock_minutes FROM organisation WHERE id = 1').get() as { auto_lock_minutes: number } | undefined;
    this.setAutoLockMinutes(org?.auto_lock_minutes ?? 10);
  }

  /** The router's gate: idle auto-lock first, then who may call what. */
  readonly authorise: Authorise = (name, def) => {
    const now = this.clock.now().getTime();
    if (this.unlocked && now - this.lastActivity > this.autoLockMs) this.lock();
    if (def.access === 'anyone') return null;
    if (!this.unlocked) return { code: 'not_signed_in', message: 'Threshold is locked. Unlock it to continue.' };
    const { user } = this.unlocked;
    if (user.mustChangePassphrase && name !== 'session.changePassphrase') {
      return { code: 'passphrase_change_required', message: 'You are using a one-time passphrase. Choose your own passphrase before you continue.' };
    }
    if (def.access !== 'signed-in' && !def.access.includes(user.role)) {
      const who = def.access.map((r) => `the ${ROLE_LABELS[r].toLowerCase()}`).join(' or ');
      return { code: 'forbidden', message: `Only ${who} can do this (${def.summary.charAt(0).toLowerCase()}${def.summary.slice(1)}); you are signed in as ${ROLE_LABELS[user.role].toLowerCase()}.` };
    }
    this.lastActivity = now;
    return null;
  };
}

