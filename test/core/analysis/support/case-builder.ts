// Builds an AnalysisCase for flag tests without a store: records get their details through the
// contract's own schemas (so defaults apply exactly as in the app), and dates are London local
// times turned into UTC instants, so tests can write what a person in England would say.
import { TZDate } from '@date-fns/tz';
import { londonDate } from '../../../../electron/core/calendar';
import { RECORD_DETAILS, type RecordType, type Service, type StaffRole } from '../../../../electron/core/contract';
import type { AnalysisCase, AnalysisRecord, AnalysisStaff } from '../../../../electron/core/analysis/model';
import { asOfCase, evaluateCase, paramValues, type FlagConfig, type PolicyConfig } from '../../../../electron/core/analysis/evaluate';
import type { FlagDef, NewFinding, ParamSpec } from '../../../../electron/core/analysis/flag';
import { workingCalendar, type Holiday } from '../../../../electron/core/analysis/working-days';
import type { z } from 'zod';

/** Fixed staff ids, so tests can name who a contact was with. */
export const STAFF = {
  tutor: '00000000-0000-4000-8000-000000000001',
  tutor2: '00000000-0000-4000-8000-000000000002',
  clientManager: '00000000-0000-4000-8000-000000000003',
  clientManager2: '00000000-0000-4000-8000-000000000004',
  mentor: '00000000-0000-4000-8000-000000000005',
  reception: '00000000-0000-4000-8000-000000000006',
  counsellor: '00000000-0000-4000-8000-000000000007',
  supportWorker: '00000000-0000-4000-8000-000000000008',
  supportWorker2: '00000000-0000-4000-8000-000000000009',
  supportWorker3: '00000000-0000-4000-8000-00000000000a',
  clinicalLead: '00000000-0000-4000-8000-00000000000b',
} as const;
export const CLIENT = '00000000-0000-4000-8000-0000000000c1';

const ROLES: Record<keyof typeof STAFF, StaffRole> = {
  tutor: 'tutor',
  tutor2: 'tutor',
  clientManager: 'client_manager',
  clientManager2: 'client_manager',
  mentor: 'mentor',
  reception: 'reception',
  counsellor: 'counsellor',
  supportWorker: 'support_worker',
  supportWorker2: 'support_worker',
  supportWorker3: 'support_worker',
  clinicalLead: 'clinical_lead',
};

let counter = 0;
/** A fresh record id: ids sort in creation order, like the store's tie-break. */
export function nextId(): string {
  counter += 1;
  return `10000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

/** "2026-01-15 10:00" (London local) → UTC ISO instant. "2026-01-15" means 10:00 that day. */
export function london(local: string): string {
  const [date, time = '10:00'] = local.split(' ');
  const [y, m, d] = date!.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, ZONE).getTime()).toISOString();
}
const ZONE = 'Europe/London';

type DetailsInput<T extends RecordType> = z.input<(typeof RECORD_DETAILS)[T]>;

export class CaseBuilder {
  readonly records: AnalysisRecord[] = [];
  constructor(
    readonly service: Service,
    readonly startDate = '2026-01-05',
  ) {}

  /** Adds a record at a London local time; returns its id. */
  add<T extends RecordType>(type: T, at: string, details: DetailsInput<T>, id = nextId()): string {
    const occurredAt = london(at);
    const parsed = RECORD_DETAILS[type].parse(details);
    this.records.push({ id, type, occurredAt, date: londonDate(occurredAt), details: parsed } as AnalysisRecord);
    return id;
  }

  /** A contact from the client to a staff person (or the desk), with any detail overridden. */
  contactFromClient(at: string, staffId: string | null, details: Partial<DetailsInput<'contact'>> = {}): string {
    return this.add('contact', at, {
      medium: 'phone_call',
      line: 'main_desk_phone',
      direction: 'from_client_side',
      clientParties: [CLIENT],
      staffParties: staffId ? [staffId] : [],
      purpose: 'enquiry',
      ...details,
    });
  }

  build(): AnalysisCase {
    const sorted = [...this.records].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id));
    const staff = new Map<string, AnalysisStaff>(
      (Object.keys(STAFF) as (keyof typeof STAFF)[]).map((k) => [STAFF[k], { id: STAFF[k], fullName: `Staff ${k}`, staffRole: ROLES[k] }]),
    );
    return {
      caseId: '20000000-0000-4000-8000-000000000001',
      reference: 'TH-0001',
      service: this.service,
      startDate: this.startDate,
      clientId: CLIENT,
      clientName: 'Client Example',
      allocatedWorkerId: this.service.startsWith('counselling') ? STAFF.counsellor : STAFF.tutor,
      clientManagerId: STAFF.clientManager,
      mentorId: STAFF.mentor,
      staff,
      records: sorted,
    };
  }

  /** Evaluates every flag as of a date with the default settings (or the given ones). */
  flags(asOf: string, flags: PolicyConfig['flags'] = {}, extraHolidays: PolicyConfig['extraHolidays'] = []) {
    return evaluateCase(this.build(), { flags, extraHolidays }, asOf).flags;
  }

  /** The one flag's result, or undefined when it found nothing. */
  flag(id: string, asOf: string, config?: FlagConfig) {
    return this.flags(asOf, config ? { [id]: config } : {}).find((f) => f.id === id);
  }

  /** An issue opened on a date (10:00 London), optionally resolved; returns its id. */
  issue(openedOn: string, title = 'School named in the plan', resolvedOn: string | null = null): string {
    return this.add('issue', openedOn, { title, openedOn, resolvedOn });
  }

  /** A contact from a staff person to the client, with any detail overridden. */
  contactToClient(at: string, staffId: string, details: Partial<DetailsInput<'contact'>> = {}): string {
    return this.contactFromClient(at, staffId, { direction: 'to_client', line: 'company_email', medium: 'email', ...details });
  }

  /**
   * Runs one flag directly, as evaluateCase would (records after `asOf` left out), with its
   * defaults overridden by `params` and the hand-added days in the calendar: for flags not yet
   * in the registry. Returns its findings as the flag made them.
   */
  run<S extends Record<string, ParamSpec>>(def: FlagDef<S>, asOf: string, params: Readonly<Record<string, number | string>> = {}, extraHolidays: readonly Holiday[] = []): NewFinding[] {
    return def.evaluate(asOfCase(this.build(), asOf), paramValues(def.params, params), { asOf, calendar: workingCalendar(extraHolidays) });
  }
}
