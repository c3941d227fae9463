// Users as rows of the encrypted store. Roles live here, never in the keyslot file.
import type { Role, User } from '../contract';
import type { Database } from '../store/sqlite';

interface UserRow {
  id: string;
  person_id: string;
  full_name: string;
  login: string;
  role: Role;
  must_change_passphrase: 0 | 1;
  created_at: string;
}

const SELECT_USER = `
  SELECT u.id, u.person_id, p.full_name, u.login, u.role, u.must_change_passphrase, u.created_at
  FROM users u JOIN people p ON p.id = u.person_id`;

function toUser(row: UserRow): User {
  return {
    id: row.id,
    personId: row.person_id,
    fullName: row.full_name,
    login: row.login,
    role: row.role,
    mustChangePassphrase: row.must_change_passphrase === 1,
    createdAt: row.created_at,
  };
}

export function findCurrentUser(db: Database, userId: string): User | null {
  const row = db.prepare(`${SELECT_USER} WHERE u.id = ? AND u.removed_at IS NULL`).get(userId) as UserRow | undefined;
  return row ? toUser(row) : null;
}

export function listCurrentUsers(db: Database): User[] {
  return (db.prepare(`${SELECT_USER} WHERE u.removed_at IS NULL ORDER BY p.full_name`).all() as UserRow[]).map(toUser);
}

export function insertUser(db: Database, user: User): void {
  db.prepare(
    `INSERT INTO users (id, person_id, login, role, must_change_passphrase, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(user.id, user.personId, user.login, user.role, user.mustChangePassphrase ? 1 : 0, user.createdAt);
}

export function loginTaken(db: Database, login: string): boolean {
  return db.prepare('SELECT 1 FROM users WHERE login = ? AND removed_at IS NULL').get(login) !== undefined;
}
