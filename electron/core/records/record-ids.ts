// Ids for new records: UUID version 7 (RFC 9562), which begin with the time they were made, so
// each new record's id sorts after every id made before it. The tables and indexes keyed by
// record id (records, record_versions, record_parties, the audit log's entity index) then grow
// at one end: a 100,000-contact import into a store of 600,000 records touches the few pages at
// that end instead of rewriting nearly every leaf page of those indexes, as random ids did
// (the import took twice as long at full size as in a small store). The time in an id says
// no more than the record's own `recordedAt`, which travels with it anyway.
import { randomFillSync } from 'node:crypto';

// RFC 9562 section 6.2, method 1: a 42-bit counter after the timestamp keeps ids made in the
// same millisecond in order. It starts at a random value below half its range on each new
// millisecond, so it has room for 2^41 more ids before the timestamp must step on.
const COUNTER_LIMIT = 2 ** 42;
const LOW_BITS = 2 ** 30;

// Random words drawn 1,024 at a time: a bulk import makes 100,000 ids in one go.
const pool = new Uint32Array(1024);
let poolNext = pool.length;
function randomWord(): number {
  if (poolNext === pool.length) {
    randomFillSync(pool);
    poolNext = 0;
  }
  return pool[poolNext++]!;
}

let lastMs = 0;
let counter = 0;

const freshCounter = (): number => (randomWord() % 2 ** 11) * LOW_BITS + (randomWord() % LOW_BITS);
const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** The next id, later in order than every id this process made before. */
export function newRecordId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = freshCounter();
  } else if (++counter >= COUNTER_LIMIT) {
    // A clock that stepped back, or 2^41 ids in one millisecond: go on from the last time.
    lastMs++;
    counter = freshCounter();
  }
  const time = hex(lastMs, 12);
  const high = Math.floor(counter / LOW_BITS); // the counter's top 12 bits: rand_a
  const low = counter % LOW_BITS; // its other 30 bits open rand_b, after the variant bits 10
  const variantAndLow = hex(2 ** 31 + low, 8);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(high, 3)}-${variantAndLow.slice(0, 4)}-${variantAndLow.slice(4)}${hex(randomWord(), 8)}`;
}

/** `n` ids in ascending order, for a bulk write. */
export function newRecordIds(n: number): string[] {
  return Array.from({ length: n }, () => newRecordId());
}
