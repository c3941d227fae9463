// Plans one case's records: situations first (each in its own stretch of time), then the
// background that fills the case's quota. Every id and choice comes from the case's own
// generator stream, so a case's records do not depend on any other case's.
import type { RecordType } from '../contract';
import type { Cast } from './cast';
import type { PlannedCase } from './cases-plan';
import { instantOf } from './days';
import type { NewRecordInput, PlannedRecord } from './kit';
import type { Prng } from './prng';

export interface DayRange {
  readonly from: number;
  readonly to: number;
}

export interface Counts {
  contacts: number;
  sessions: number;
  complaints: number;
}

const COUNTED: Partial<Record<RecordType, keyof Counts>> = { contact: 'contacts', session: 'sessions', complaint: 'complaints' };

export class CasePlanner {
  readonly records: PlannedRecord[] = [];
  /** Stretches of time no background contact may fall in (an isolated pair's window and its margins). */
  readonly quietForContacts: DayRange[] = [];
  readonly used: Counts = { contacts: 0, sessions: 0, complaints: 0 };
  private readonly slots: DayRange[] = [];

  constructor(
    readonly kase: PlannedCase,
    readonly cast: Cast,
    readonly rng: Prng,
    readonly untilDay: number,
  ) {}

  /** The common fields of a record on a day (a random time of day unless given). */
  when(day: number, minute = this.rng.int(0, 659)): { caseId: string; occurredAt: string } {
    return { caseId: this.kase.id, occurredAt: instantOf(day, minute) };
  }

  add(input: NewRecordInput): string {
    const id = this.rng.uuid();
    this.records.push({ id, caseIndex: this.kase.index, input });
    const counted = COUNTED[input.type];
    if (counted) this.used[counted]++;
    return id;
  }

  /** The client, or now and then the student, as a contact's client side. */
  clientParty(): string[] {
    const { student, client } = this.kase;
    return [student && this.rng.chance(0.3) ? student.id : client.id];
  }

  /**
   * A stretch of `length` days for a situation, clear of the other situations of this case and
   * at least two weeks inside the case; overlapping only when the case is too short for all.
   */
  slot(length: number): number {
    const lo = this.kase.startDay + 14;
    const hi = Math.max(lo, this.kase.endDay - 14 - length);
    for (let attempt = 0; attempt < 60; attempt++) {
      const from = this.rng.int(lo, hi);
      if (this.slots.every((s) => from + length < s.from || from > s.to)) {
        this.slots.push({ from, to: from + length });
        return from;
      }
    }
    const from = this.rng.int(lo, hi);
    this.slots.push({ from, to: from + length });
    return from;
  }
}
