// New record ids (records/record-ids.ts): RFC 9562 version 7 UUIDs that the contract accepts,
// each later in order than the one before, within a millisecond, across milliseconds and when
// the clock steps back.
import { describe, expect, it } from 'vitest';
import { id } from '../../electron/core/contract/schemas';
import { newRecordId, newRecordIds } from '../../electron/core/records/record-ids';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const isAscending = (ids: readonly string[]) => ids.every((x, i) => i === 0 || ids[i - 1]! < x);

describe('record ids', () => {
  it('are version 7 UUIDs carrying the time they were made, which the contract takes as ids', () => {
    const before = Date.now();
    const made = newRecordId();
    expect(made).toMatch(V7);
    expect(id.safeParse(made).success).toBe(true);
    const ms = parseInt(made.replaceAll('-', '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now());
  });

  it('grow in order over a bulk write made within a few milliseconds, without repeats', () => {
    const ids = newRecordIds(100_000);
    expect(ids.every((x) => V7.test(x))).toBe(true);
    expect(isAscending(ids)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('grow in order across milliseconds and when the clock steps back', () => {
    const t = Date.now() + 60_000;
    const ids = [newRecordId(t), newRecordId(t), newRecordId(t + 1), newRecordId(t - 5_000), newRecordId(t - 5_000), newRecordId(t + 2)];
    expect(isAscending(ids)).toBe(true);
    // The stepped-back clock's ids keep the last time seen, not the earlier one.
    expect(ids[3]!.slice(0, 13)).toBe(ids[2]!.slice(0, 13));
  });
});
