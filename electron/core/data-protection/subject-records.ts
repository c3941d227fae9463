// A record as a subject access export shows it: the current version, people as their labels,
// every free-text field (fact, analysis and the text in the details) redacted.
import type { ChronologyRecord, RecordPayload, SubjectAccessRecord } from '../contract';
import { summarise } from '../records/summaries';
import type { Redactor } from './redactor';
import type { CaseCast } from './subject-people';

/** Detail fields holding person ids, and the name each is shown under once it holds a label. */
const PERSON_FIELDS: Readonly<Record<string, string>> = {
  clientParties: 'clientParties',
  staffParties: 'staffParties',
  workerId: 'worker',
  aboutPersonId: 'aboutPerson',
  singlePointOfContactId: 'singlePointOfContact',
};
const USER_FIELDS: Readonly<Record<string, string>> = { assessedByUserId: 'assessedBy', signedOffByUserId: 'signedOffBy' };
/** Record ids (the issue, the session replaced): kept, they point at records of the same export. */
const RECORD_FIELDS = new Set(['issueId', 'replacementForId']);

function redactValue(value: unknown, redactor: Redactor): unknown {
  if (typeof value === 'string') return redactor.text(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, redactor));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, redactor)]));
  return value;
}

export function redactDetails(details: Readonly<Record<string, unknown>>, cast: CaseCast, redactor: Redactor): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    const personField = PERSON_FIELDS[key];
    const userField = USER_FIELDS[key];
    if (personField !== undefined) out[personField] = Array.isArray(value) ? value.map((v) => cast.personLabel(String(v))) : value === null ? null : cast.personLabel(String(value));
    else if (userField !== undefined) out[userField] = value === null ? null : cast.userLabel(String(value));
    else if (RECORD_FIELDS.has(key)) out[key] = value;
    else out[key] = redactValue(value, redactor);
  }
  return out;
}

export function toSubjectRecord(record: ChronologyRecord, cast: CaseCast, redactor: Redactor): SubjectAccessRecord {
  const payload: RecordPayload = record;
  return {
    id: record.id,
    type: record.type,
    version: record.version,
    occurredAt: record.occurredAt,
    significant: record.significant,
    restricted: record.restricted,
    summary: redactor.text(summarise(payload, cast.personLabel)),
    fact: redactor.text(record.fact),
    analysis: redactor.text(record.analysis),
    details: redactDetails(record.details, cast, redactor),
    recordedAt: record.recordedAt,
    recordedBy: cast.userLabel(record.recordedBy.userId),
    correctionReason: record.correctionReason === null ? null : redactor.text(record.correctionReason),
  };
}
