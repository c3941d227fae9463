// The chronology list: every record of a case the user may see, filtered, in date order, with a
// one-line summary, and the gaps in contact. Restricted records appear only for users allowed
// to read them, decrypted with their case key; for anyone else they are not listed at all.
import { londonDate, londonDayEnd, londonDayStart, daysBetween } from '../calendar';
import { recordPayload, type ChronologyEntry, type Output, type ParsedInput, type RecordType } from '../contract';
import type { Writer } from './record-service';
import { caseKeyFor, mayReadRestricted } from './restricted-keys';
import { openSealed } from './record-rows';
import { summarise } from './summaries';
import { loadCasework } from '../decisions/actions';
import { caseworkMarkers } from '../decisions/markers';

interface ListRow {
  id: string;
  type: RecordType;
  version: number;
  occurred_at: string;
  significant: 0 | 1;
  restricted: 0 | 1;
  fact: string | null;
  details: string | null;
  sealed: Buffer | null;
}

interface GapRow {
  occurred_at: string;
  type: RecordType;
  outcome: string | null;
}


// The records a query asks for, filtered in SQL so a narrow question (the record form's issues
// and sessions, a date range) reads only its rows, in time order from records_case_time. Search
// is not here: a restricted record's fact is sealed and only readable once opened.
export const LIST_ROWS = `
  SELECT r.id, r.type, r.version, r.occurred_at, r.significant, r.restricted, v.fact, v.details, v.sealed
  FROM records r JOIN record_versions v ON v.record_id = r.id AND v.version = r.version
  WHERE r.case_id = @caseId AND r.merged_into IS NULL
    AND (@restricted = 1 OR r.restricted = 0)
    AND (@types IS NULL OR r.type IN (SELECT value FROM json_each(@types)))
    AND (@significant = 0 OR r.significant = 1)
    AND (@from IS NULL OR r.occurred_at >= @from)
    AND (@to IS NULL OR r.occurred_at < @to)
    AND (@party IS NULL OR r.id IN (SELECT record_id FROM record_parties WHERE person_id = @party))
  ORDER BY r.occurred_at, r.id`;

// What gaps in contact are measured from: every contact and attended session of the case,
// whatever the filters (a gap is a fact about the case, not about what is on screen).
// Only a session's version is read (for its outcome): a contact's date is on the records row.
export const CONTACT_DATES = `
  SELECT r.occurred_at, r.type,
         CASE WHEN r.type = 'session' THEN (SELECT json_extract(v.details, '$.outcome') FROM record_versions v WHERE v.record_id = r.id AND v.version = r.version) END AS outcome
  FROM records r
  WHERE r.case_id = ? AND r.merged_into IS NULL AND r.type IN ('contact', 'session')
  ORDER BY r.occurred_at, r.id`;

export function listChronology(w: Writer, query: ParsedInput<'chronology.list'>): Output<'chronology.list'> {
  const { db } = w;
  const caseRow = db.prepare('SELECT status FROM cases WHERE id = ?').get(query.caseId) as { status: string } | undefined;
  if (!caseRow) return { entries: [], gaps: [], casework: [], total: 0 };
  const mayRestricted = mayReadRestricted(db, w.user, query.caseId);
  const key = mayRestricted && db.prepare('SELECT 1 FROM records WHERE case_id = ? AND restricted = 1 LIMIT 1').get(query.caseId) ? caseKeyFor(db, w.vault, query.caseId, false) : null;
  const names = new Map((db.prepare('SELECT id, full_name FROM people').all() as { id: string; full_name: string }[]).map((p) => [p.id, p.full_name]));
  const nameOf = (id: string): string => names.get(id) ?? 'someone not on record';

  const rows = db
    .prepare(LIST_ROWS)
    .all({
      caseId: query.caseId,
      restricted: mayRestricted ? 1 : 0,
      types: query.types ? JSON.stringify(query.types) : null,
      significant: query.significantOnly ? 1 : 0,
      from: query.from ? londonDayStart(query.from) : null,
      to: query.to ? londonDayEnd(query.to) : null,
      party: query.partyId ?? null,
    }) as ListRow[];

  const contactRows = db.prepare(CONTACT_DATES).all(query.caseId) as GapRow[];
  const gaps = contactGaps(contactRows, query.gapDays, ['closed', 'withdrawn'].includes(caseRow.status) ? null : londonDate(w.at), query.from, query.to);
  const needle = query.search.toLowerCase();
  const parties = partiesOf(w, query.caseId, rows.length < PARTIES_BY_RECORD ? rows.map((r) => r.id) : null, nameOf);

  const entries: ChronologyEntry[] = [];
  for (const row of rows) {
    const content = row.sealed ? open(row, row.sealed, key) : { fact: row.fact ?? '', details: JSON.parse(row.details ?? '{}') as unknown };
    const summary = summarise(recordPayload.parse({ type: row.type, details: content.details }), nameOf);
    if (needle && !content.fact.toLowerCase().includes(needle) && !summary.toLowerCase().includes(needle)) continue;
    entries.push({ id: row.id, type: row.type, version: row.version, occurredAt: row.occurred_at, significant: row.significant === 1, restricted: row.restricted === 1, summary, fact: content.fact, parties: parties.get(row.id) ?? [] });
  }
  const unfiltered = !query.types && !query.partyId && !needle;
  const casework = unfiltered ? caseworkEntries(db, query.caseId).filter((c) => (!query.from || c.date >= query.from) && (!query.to || c.date <= query.to)) : [];
  const { total } = db.prepare('SELECT count(*) AS total FROM records WHERE case_id = ? AND merged_into IS NULL AND (? = 1 OR restricted = 0)').get(query.caseId, mayRestricted ? 1 : 0) as { total: number };
  return { entries, gaps, casework, total };
}

function open(row: ListRow, sealed: Buffer, key: Buffer | null): { fact: string; details: unknown } {
  return openSealed(key, sealed, row.id, row.version) ?? { fact: '(restricted)', details: {} };
}

/** Below this many records listed, their parties are looked up one by one rather than the whole case's read. */
const PARTIES_BY_RECORD = 500;

function partiesOf(w: Writer, caseId: string, recordIds: readonly string[] | null, nameOf: (id: string) => string): Map<string, ChronologyEntry['parties']> {
  const rows = (
    recordIds
      ? w.db.prepare('SELECT rp.record_id, rp.person_id, rp.side FROM record_parties rp WHERE rp.record_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(recordIds))
      : w.db.prepare('SELECT rp.record_id, rp.person_id, rp.side FROM record_parties rp JOIN records r ON r.id = rp.record_id WHERE r.case_id = ?').all(caseId)
  ) as { record_id: string; person_id: string; side: 'client' | 'staff' }[];
  const map = new Map<string, ChronologyEntry['parties']>();
  for (const r of rows) {
    const list = map.get(r.record_id) ?? [];
    list.push({ id: r.person_id, fullName: nameOf(r.person_id), side: r.side });
    map.set(r.record_id, list);
  }
  return map;
}

/** Periods longer than gapDays between contacts or attended sessions (London dates). */
function contactGaps(rows: readonly GapRow[], gapDays: number, today: string | null, from?: string, to?: string): Output<'chronology.list'>['gaps'] {
  const dates = rows.filter((r) => r.type === 'contact' || (r.type === 'session' && r.outcome === 'attended')).map((r) => londonDate(r.occurred_at));
  if (today && dates.length) dates.push(today);
  const gaps: Output<'chronology.list'>['gaps'] = [];
  for (let i = 1; i < dates.length; i++) {
    const days = daysBetween(dates[i - 1]!, dates[i]!);
    if (days > gapDays && (!from || dates[i]! >= from) && (!to || dates[i - 1]! <= to)) gaps.push({ from: dates[i - 1]!, to: dates[i]!, days });
  }
  return gaps;
}

/** The case's warnings and decisions as the chronology shows them: the pairing chart's markers. */
function caseworkEntries(db: Writer['db'], caseId: string): Output<'chronology.list'>['casework'] {
  const cw = loadCasework(db, [caseId]).get(caseId);
  return cw ? caseworkMarkers(cw).map((m) => ({ id: m.recordId, kind: m.kind as 'warning' | 'decision', date: m.date, label: m.label })) : [];
}
