// Which CSV column feeds which contact field: a suggestion from the header names (the names
// phone systems and helpline exports commonly use), and the checks on a mapping the user chose.
import { CONTACT_IMPORT_FIELDS, CONTACT_IMPORT_FIELD_LABELS, type ContactImportField, type ContactImportMapping } from '../contract/transfer';
import { CoreError } from '../errors';
import { normalise } from './contact-values';

/** Header names per field, best first. A column is suggested for one field only. */
const HEADER_NAMES: Readonly<Record<ContactImportField, readonly string[]>> = {
  occurredAt: ['date and time', 'date time', 'datetime', 'occurred at', 'timestamp', 'time stamp', 'call start', 'start time', 'started', 'date'],
  time: ['time', 'call time', 'time of call'],
  medium: ['medium', 'contact type', 'call type', 'type', 'channel', 'method'],
  line: ['line', 'line used', 'phone line', 'queue', 'service line'],
  direction: ['direction', 'call direction', 'in out', 'inbound outbound'],
  purpose: ['purpose', 'reason', 'call reason', 'category', 'topic'],
  staffParties: ['staff', 'staff member', 'staff name', 'staff party', 'agent', 'agent name', 'answered by', 'handled by', 'adviser', 'advisor', 'worker', 'user'],
  clientParties: ['client', 'client name', 'client party', 'caller', 'caller name', 'contact name'],
  lengthMinutes: ['length', 'length minutes', 'length (minutes)', 'duration', 'duration minutes', 'call duration', 'call length', 'talk time', 'minutes'],
  fact: ['fact', 'notes', 'note', 'what happened', 'summary', 'description', 'details', 'comments', 'comment'],
  analysis: ['analysis', 'assessment', 'opinion'],
  significant: ['significant', 'significant event', 'flagged'],
  requestedByService: ['requested by service', 'requested by the service', 'requested'],
  withinAllocatedTimes: ['within allocated times', 'within allocated time', 'in allocated time', 'allocated time'],
  bringsNewInformation: ['brings new information', 'new information', 'new info'],
  toneMarkers: ['tone', 'tone markers', 'tone marker'],
};

const simplify = (header: string): string => normalise(header).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();

export function suggestMapping(columns: readonly string[]): ContactImportMapping {
  const mapping: ContactImportMapping = {};
  const free = new Map(columns.map((column) => [simplify(column), column]));
  // Rank by name, then by field, so "date" goes to the date only if no "date and time" exists.
  const longest = Math.max(...Object.values(HEADER_NAMES).map((names) => names.length));
  for (let rank = 0; rank < longest; rank++) {
    for (const field of CONTACT_IMPORT_FIELDS) {
      const name = HEADER_NAMES[field][rank];
      if (mapping[field] !== undefined || name === undefined) continue;
      const column = free.get(simplify(name));
      if (column === undefined) continue;
      mapping[field] = column;
      free.delete(simplify(name));
    }
  }
  return mapping;
}

/** Field -> column index. Refuses a mapping that names a column the file does not have. */
export type ColumnIndexes = Partial<Record<ContactImportField, number>>;

export function resolveMapping(columns: readonly string[], mapping: ContactImportMapping): ColumnIndexes {
  const indexes: ColumnIndexes = {};
  const issues: { field: ContactImportField; path: string; message: string }[] = [];
  for (const field of CONTACT_IMPORT_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    const index = columns.indexOf(column);
    if (index < 0) issues.push({ field, path: `mapping.${field}`, message: `names a column "${column}" that this file does not have` });
    else indexes[field] = index;
  }
  if (indexes.occurredAt === undefined && !issues.some((issue) => issue.field === 'occurredAt')) {
    issues.push({ field: 'occurredAt', path: 'mapping.occurredAt', message: 'is required: choose the column holding each contact’s date (and time)' });
  }
  if (issues.length > 0) {
    const text = issues.map((i) => `“${CONTACT_IMPORT_FIELD_LABELS[i.field]}” ${i.message}`).join('; ');
    throw new CoreError('invalid_input', `The column mapping cannot be used: ${text}.`, issues.map(({ path, message }) => ({ path, message })));
  }
  return indexes;
}
