// What every demo case is given: the API, the demo's people, and its calendar.
import type { ChronologyRecord, DemoLogin, NewRecord } from '../contract';
import type { DemoCall } from './api';
import type { DemoCalendar } from './calendar';

export interface DemoStaff {
  readonly director: string;
  readonly daniel: string;
  readonly aisha: string;
  readonly ruth: string;
  readonly owen: string;
  readonly hannah: string;
  readonly liam: string;
  readonly priya: string;
  readonly sarah: string;
  readonly mark: string;
  readonly jenny: string;
  readonly kerry: string;
  readonly nathan: string;
  readonly julie: string;
}

export interface DemoContext {
  readonly api: DemoCall;
  readonly cal: DemoCalendar;
  /** Staff person ids. */
  readonly staff: DemoStaff;
  /** User ids of the people who assess, sign and decide appeals. */
  readonly users: { readonly director: string; readonly clinicalLead: string; readonly appeals: string };
}

type WithoutCase<T> = T extends unknown ? Omit<T, 'caseId'> : never;
export type DemoRecord = WithoutCase<NewRecord>;
export type AddRecord = (record: DemoRecord) => Promise<ChronologyRecord>;

/** Adds records to one case. */
export function recorder(ctx: DemoContext, caseId: string): AddRecord {
  return (record) => ctx.api('records.create', { ...record, caseId });
}

/** A demo case: opened by the director, then written up by the people who keep it. */
export interface DemoScenario {
  readonly name: string;
  /** The client manager who keeps the chronology, signed in as themselves to write it. */
  readonly manager: 'clientmanager' | 'clientmanager2';
  open(ctx: DemoContext): Promise<OpenedScenario>;
}

export interface OpenedScenario {
  readonly caseId: string;
  chronicle(): Promise<void>;
  /** Written afterwards by the clinical lead, signed in as them. */
  assess?(): Promise<void>;
  /**
   * The case's casework, step by step as each user signs in: the client managers, the clinical
   * lead, the appeals officer, and the director last (after every chronology is written).
   */
  casework?: Partial<Record<DemoLogin, () => Promise<void>>>;
}
