import { describe, expect, it } from 'vitest';
import { placeIssues } from '../../src/api/issues';
import { displayDate, displayDay, todayIso } from '../../src/dates';

describe('placeIssues', () => {
  const paths = { 'director.login': 'login', passphrase: 'passphrase', 'director.passphrase': 'passphrase' } as const;

  it("puts each issue beside its field, capitalised, and keeps the first message for a field", () => {
    const placed = placeIssues(
      [
        { path: 'director.login', message: 'must be 2-32 letters' },
        { path: 'passphrase', message: 'must be at least 12 characters long' },
        { path: 'director.passphrase', message: 'is required' },
      ],
      paths,
    );
    expect(placed.fields).toEqual({ login: 'Must be 2-32 letters', passphrase: 'Must be at least 12 characters long' });
    expect(placed.unplaced).toEqual([]);
  });

  it('leaves issues no field owns for the alert', () => {
    const placed = placeIssues([{ path: 'organisation', message: 'is required' }], paths);
    expect(placed.fields).toEqual({});
    expect(placed.unplaced).toEqual([{ path: 'organisation', message: 'is required' }]);
  });

  it('puts an issue about an item of a list, or a part of a value, beside the field holding it', () => {
    const placed = placeIssues(
      [
        { path: 'details.clientParties.1', message: 'must be a client-side person' },
        { path: 'details.length.value', message: 'must be at least 0' },
        { path: 'details.unknown.0', message: 'x' },
      ],
      { 'details.clientParties': 'clientParties', 'details.length': 'length' } as const,
    );
    expect(placed.fields).toEqual({ clientParties: 'Must be a client-side person', length: 'Must be at least 0' });
    expect(placed.unplaced).toEqual([{ path: 'details.unknown.0', message: 'x' }]);
  });

  it('does not treat inherited object keys as field paths', () => {
    expect(placeIssues([{ path: 'toString', message: 'x' }], paths).unplaced).toHaveLength(1);
  });
});

describe('dates', () => {
  it("takes today's date in London, whatever the computer's zone (BST after 23:00 UTC)", () => {
    expect(todayIso(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23'); // GMT in winter
  });

  it('shows dates the British way', () => {
    expect(displayDate('2026-11-23')).toBe('23 Nov 2026');
    expect(displayDate('2026-01-05')).toBe('5 Jan 2026');
    expect(displayDay('2026-06-30T23:30:00.000Z')).toBe('1 Jul 2026');
    expect(displayDate('not a date')).toBe('not a date');
  });
});
