// Turns one CSV cell into a contact value: the contract's ids or the human words listed in the
// contract (contract/transfer.ts), yes/no, minutes, names of people. Each reader answers with
// the value or a reason written for the person fixing the file.
import { DIRECTION_WORDS, LINE_WORDS, MEDIUM_WORDS, NO_WORDS, PURPOSE_WORDS, TONE_WORDS, YES_WORDS } from '../contract/transfer';
import type { Parsed } from './london-time';

/** "Phone call", "phone_call", "PHONE-CALL" and "phone  call" are the same word. */
export const normalise = (text: string): string => text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

export interface WordReader<T extends string> {
  read(cell: string): Parsed<T>;
}

/** A reader over one of the contract's word lists; `what` names the field in its messages. */
export function wordReader<T extends string>(what: string, words: Readonly<Record<T, readonly string[]>>): WordReader<T> {
  const lookup = new Map<string, T>();
  for (const [value, spellings] of Object.entries(words) as [T, readonly string[]][]) {
    for (const spelling of [value, ...spellings]) lookup.set(normalise(spelling), value);
  }
  const accepted = Object.values<readonly string[]>(words)
    .map((spellings) => spellings[0])
    .join(', ');
  return {
    read(cell) {
      const value = lookup.get(normalise(cell));
      return value ? { ok: true, value } : { ok: false, reason: `"${cell.trim()}" is not a ${what} Threshold knows (use one of: ${accepted})` };
    },
  };
}

export const readers = {
  medium: wordReader('medium', MEDIUM_WORDS),
  line: wordReader('line', LINE_WORDS),
  direction: wordReader('direction', DIRECTION_WORDS),
  purpose: wordReader('purpose', PURPOSE_WORDS),
  tone: wordReader('tone marker', TONE_WORDS),
};

const YES = new Set<string>(YES_WORDS);
const NO = new Set<string>(NO_WORDS);

export function readYesNo(cell: string): Parsed<boolean> {
  const word = normalise(cell);
  if (YES.has(word)) return { ok: true, value: true };
  if (NO.has(word)) return { ok: true, value: false };
  return { ok: false, reason: `"${cell.trim()}" is not yes or no` };
}

/** Cells holding several values: "Tom Pascoe; Grace Trelawny", "rude, threatening". */
export const splitList = (cell: string, separators: RegExp): string[] =>
  cell
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '');

export function readTones(cell: string): Parsed<string[]> {
  const tones: string[] = [];
  for (const part of splitList(cell, /[;,]/)) {
    const tone = readers.tone.read(part);
    if (!tone.ok) return tone;
    tones.push(tone.value);
  }
  return { ok: true, value: [...new Set(tones)] };
}

const DURATION = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/;

/**
 * Whole minutes ("12"), or a phone system's duration ("4:32", "01:04:32") rounded up to the
 * minute started, since a 20-second call is still a call of about a minute.
 */
export function readMinutes(cell: string): Parsed<number> {
  const text = cell.trim();
  if (/^\d+$/.test(text)) return { ok: true, value: Number(text) };
  const decimal = /^(\d+)[.,](\d+)$/.exec(text);
  if (decimal) return { ok: true, value: Math.ceil(Number(`${decimal[1]}.${decimal[2]}`)) };
  const duration = DURATION.exec(text);
  if (duration) {
    const [hours, minutes, seconds] = [Number(duration[1] ?? 0), Number(duration[2]), Number(duration[3])];
    if (seconds < 60 && (duration[1] === undefined || minutes < 60)) return { ok: true, value: hours * 60 + minutes + (seconds > 0 ? 1 : 0) };
  }
  return { ok: false, reason: `"${text}" is not a length in minutes (such as 12) or a duration (such as 4:32 or 01:04:32)` };
}

export interface NamedPerson {
  readonly id: string;
  readonly fullName: string;
}

/**
 * Matches full names ignoring case and spacing; a name two people share is refused, not guessed.
 * Several names are separated by semicolons only, since some systems write "Pascoe, Tom".
 */
export function nameReader(what: string, people: readonly NamedPerson[], hint: string): (cell: string) => Parsed<string[]> {
  const byName = new Map<string, NamedPerson[]>();
  for (const person of people) byName.set(normalise(person.fullName), [...(byName.get(normalise(person.fullName)) ?? []), person]);
  return (cell) => {
    const ids: string[] = [];
    for (const name of splitList(cell, /;/)) {
      const found = byName.get(normalise(name)) ?? [];
      if (found.length === 0) return { ok: false, reason: `no ${what} is called "${name}" (${hint})` };
      if (found.length > 1) return { ok: false, reason: `${found.length} ${what}s are called "${name}": record this contact by hand` };
      ids.push(found[0]!.id);
    }
    return { ok: true, value: [...new Set(ids)] };
  };
}
