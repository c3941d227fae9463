// Analyses domain (SPEC section 3): the flags computed from a case's chronology, the policy
// settings every flag reads (each parameter with its default and where the default comes from),
// the dashboard and the pairing-dynamic chart's data.
import { z } from 'zod';
import { method } from './define';
import { caseStatus, service, SERVICES } from './records';
import { id, isoDate, staffRole } from './schemas';

export const FLAG_IDS = [
  'PAIR-1',
  'PAIR-2',
  'PAIR-3',
  'PAIR-4',
  'COMM-1',
  'COMM-2',
  'COMM-3',
  'COMM-4',
  'COMM-5',
  'COMM-6',
  'COMM-7',
  'COMP-1',
  'COMP-2',
  'COMP-3',
  'SESS-1',
  'SESS-2',
  'SESS-3',
  'TECH-1',
  'TECH-2',
  'TECH-3',
  'BND-1',
  'SAFE-1',
] as const;
export const flagId = z.enum(FLAG_IDS);
export type FlagId = z.infer<typeof flagId>;

/** Where a default comes from: one of the five policies, or Threshold's own choice. */
export const origin = z.enum(['policy', 'threshold']);
export type Origin = z.infer<typeof origin>;

export const citation = z.object({ policy: z.string(), section: z.string() });

export const finding = z.object({
  /** One sentence saying what was found, with dates and names. */
  summary: z.string(),
  /** The window or period the finding covers (London dates, both ends included). */
  from: isoDate,
  to: isoDate,
  /** The records the finding rests on, in time order. */
  evidence: z.array(id),
  /** The staff person the finding is about, where it is about one (PAIR-1's worker, BND-1's). */
  staffId: id.nullable(),
});
export type Finding = z.infer<typeof finding>;

export const flagResult = z.object({
  id: flagId,
  title: z.string(),
  citation,
  /** What the user should do or bear in mind (PAIR-4: gather evidence before acting). */
  prompt: z.string().nullable(),
  findings: z.array(finding),
  /** Every evidence record of every finding, once each, in time order. */
  evidence: z.array(id),
});
export type FlagResult = z.infer<typeof flagResult>;

export const caseFlags = z.object({
  caseId: id,
  asOf: isoDate,
  /** Only flags that found something, in FLAG_IDS order. */
  flags: z.array(flagResult),
  /** Flags not applied because the case's service is not among the services they apply to. */
  notApplicable: z.array(flagId),
  /** True when the user cannot read the case's restricted records, so SAFE-1 could not be checked. */
  restrictedUnchecked: z.boolean(),
});
export type CaseFlags = z.infer<typeof caseFlags>;

export const paramSetting = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('integer'),
    key: z.string(),
    label: z.string(),
    value: z.number(),
    default: z.number(),
    origin,
    min: z.number(),
    max: z.number(),
    unit: z.string(),
  }),
  z.object({
    kind: z.literal('choice'),
    key: z.string(),
    label: z.string(),
    value: z.string(),
    default: z.string(),
    origin,
    choices: z.array(z.object({ value: z.string(), label: z.string() })),
  }),
]);
export type ParamSetting = z.infer<typeof paramSetting>;

export const flagSetting = z.object({
  id: flagId,
  title: z.string(),
  definition: z.string(),
  citation,
  services: z.object({ value: z.array(service), default: z.array(service), origin }),
  params: z.array(paramSetting),
  updatedAt: z.string().nullable(),
});
export type FlagSetting = z.infer<typeof flagSetting>;

export const extraHoliday = z.object({ date: isoDate, name: z.string().trim().min(1, 'is required').max(100) });

export const policySettings = z.object({
  flags: z.array(flagSetting),
  /** One-off bank holidays added by hand (a coronation, a state funeral): no feed is reachable offline. */
  extraHolidays: z.array(extraHoliday),
});
export type PolicySettings = z.infer<typeof policySettings>;

export const dashboardRow = z.object({
  caseId: id,
  reference: z.string(),
  clientName: z.string(),
  service,
  status: caseStatus,
  clientManager: z.object({ id, fullName: z.string() }),
  mine: z.boolean(),
  flags: z.array(z.object({ id: flagId, title: z.string(), summary: z.string(), count: z.number().int(), latest: isoDate, evidence: z.array(id) })),
  /** The date of the most recent finding of any flag: "new flags first". */
  latest: isoDate.nullable(),
  /** Casework waiting on the case: restrictions due or lapsed, warnings expiring, open proposals and appeals. */
  due: z.array(z.string()),
});
export type DashboardRow = z.infer<typeof dashboardRow>;

export const pairingWeek = z.object({
  /** The Monday that starts the week (London date). */
  week: isoDate,
  /** Contacts that week per staff person id. */
  byStaff: z.record(z.string(), z.number().int()),
  /** Contacts that week with no staff person named (the main desk, an inbox). */
  unnamed: z.number().int(),
});

export const pairingMarker = z.object({
  recordId: id,
  /** A chronology record's kind, or a casework action's (a warning, a decision: recordId is then the action's id). */
  kind: z.enum(['complaint', 'boundary_incident', 'behaviour_incident', 'warning', 'decision']),
  date: isoDate,
  week: isoDate,
  label: z.string(),
  staffId: id.nullable(),
});

export const pairingData = z.object({
  caseId: id,
  clientName: z.string(),
  from: isoDate,
  to: isoDate,
  staff: z.array(z.object({ id, fullName: z.string(), staffRole })),
  weeks: z.array(pairingWeek),
  markers: z.array(pairingMarker),
  /** Edges between the client and each staff person, weighted by contacts in [from, to]. */
  edges: z.array(z.object({ staffId: id, contacts: z.number().int() })),
});
export type PairingData = z.infer<typeof pairingData>;

const asOf = isoDate.optional();
const DIRECTOR = ['director'] as const;

export const analysisMethods = {
  'flags.forCase': method({
    summary: "A case's flags as of a date (today by default), each with its findings and evidence",
    access: 'signed-in',
    input: z.object({ caseId: id, asOf }),
    output: caseFlags,
  }),
  'flags.dashboard': method({
    summary: 'Every active case with its flags as of a date',
    access: 'signed-in',
    input: z.object({ asOf, includeClosed: z.boolean().default(false) }),
    output: z.object({ asOf: isoDate, rows: z.array(dashboardRow) }),
  }),
  'policy.get': method({
    summary: 'Every flag parameter and the services each flag applies to, with defaults and their origin',
    access: 'signed-in',
    input: z.object({}),
    output: policySettings,
  }),
  'policy.updateFlag': method({
    summary: "Change a flag's parameters or the services it applies to",
    access: DIRECTOR,
    input: z.object({
      id: flagId,
      services: z.array(z.enum(SERVICES)),
      params: z.record(z.string(), z.union([z.number(), z.string()])),
    }),
    output: flagSetting,
  }),
  'policy.resetFlag': method({
    summary: "Put a flag's parameters and services back to their defaults",
    access: DIRECTOR,
    input: z.object({ id: flagId }),
    output: flagSetting,
  }),
  'policy.setExtraHolidays': method({
    summary: 'Set the one-off bank holidays added by hand',
    access: DIRECTOR,
    input: z.object({ holidays: z.array(extraHoliday).max(200) }),
    output: z.array(extraHoliday),
  }),
  'pairing.get': method({
    summary: "The pairing-dynamic chart's data for a case: weekly contacts per staff person, incidents, edges",
    access: 'signed-in',
    input: z.object({ caseId: id, from: isoDate.optional(), to: isoDate.optional() }),
    output: pairingData,
  }),
};
