// What a passphrase must be, and the one-time passphrases the director hands to new users.
import { randomInt } from 'node:crypto';
import { CoreError } from '../errors';

export const MIN_PASSPHRASE_LENGTH = 12;

/** `path` is where the passphrase sits in the method's input, so the message lands beside its field. */
export function checkPassphrase(passphrase: string, login: string, path: string): void {
  const problems: string[] = [];
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) problems.push(`be at least ${MIN_PASSPHRASE_LENGTH} characters long`);
  if (new Set(passphrase).size < 4) problems.push('use more than three different characters');
  if (login && passphrase.toLowerCase().includes(login.toLowerCase())) problems.push('not contain your login name');
  if (problems.length) {
    throw new CoreError('weak_passphrase', `The passphrase must ${problems.join(', and ')}. A few unrelated words make a good one.`, [
      { path, message: `must ${problems.join(', and ')}` },
    ]);
  }
}

// No 0/o, 1/l/i: the director reads it out or writes it down for the new user.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Four groups of four: 16 characters from 31, about 79 bits. */
export function oneTimePassphrase(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
