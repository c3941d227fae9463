// What an analysis sees: one case's chronology as plain data, already opened and parsed. The
// analyses are pure functions of this, the policy settings and an "as of" date: no database,
// no clock, no I/O, so they are fast and each rule is testable on its own.
import type { RecordDetails, RecordType, Service, StaffRole } from '../contract';

/** One chronology record: its current version's details, and its London local date. */
export type AnalysisRecord = {
  [T in RecordType]: {
    readonly id: string;
    readonly type: T;
    /** The instant, UTC ISO. */
    readonly occurredAt: string;
    /** The Europe/London calendar date of `occurredAt` (YYYY-MM-DD): what every window counts in. */
    readonly date: string;
    readonly details: RecordDetails<T>;
  };
}[RecordType];

export type RecordOf<T extends RecordType> = Extract<AnalysisRecord, { type: T }>;

export interface AnalysisStaff {
  readonly id: string;
  readonly fullName: string;
  readonly staffRole: StaffRole;
}

export interface AnalysisCase {
  readonly caseId: string;
  readonly reference: string;
  readonly service: Service;
  /** The case's start date (London date). */
  readonly startDate: string;
  readonly clientId: string;
  readonly clientName: string;
  readonly allocatedWorkerId: string;
  readonly clientManagerId: string;
  readonly mentorId: string | null;
  /** Every staff person the case or its records refer to, by id. */
  readonly staff: ReadonlyMap<string, AnalysisStaff>;
  /**
   * Every record, in time order (ties broken by id). Merged issues are already resolved: an
   * `issueId` always names the issue that was kept, so "the same issue" is one id.
   */
  readonly records: readonly AnalysisRecord[];
}

export function recordsOf<T extends RecordType>(c: AnalysisCase, type: T): RecordOf<T>[] {
  return c.records.filter((r): r is RecordOf<T> => r.type === type);
}

/** A staff person's name for a sentence, or a neutral phrase when they are not on record. */
export function staffName(c: AnalysisCase, id: string | null | undefined): string {
  return (id && c.staff.get(id)?.fullName) || 'a staff member not on record';
}
