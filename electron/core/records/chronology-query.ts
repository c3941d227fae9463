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
  outcome: string | null;
}


export function listChronology(w: Writer, query: ParsedInput<'chronology.list'>): Output<'chronology.list'> {
  const { db } = w;
  const caseRow = db.prepare('SELECT status FROM cases WHERE id = ?').get(query.caseId) as { status: string } | undefined;
  if (!caseRow) return { entries: [], gaps: [], casework: [], total: 0 };
  const mayRestricted = mayReadRestricted(db, w.user, query.caseId);
  const key = mayRestricted && db.prepare('SELECT 1 FROM records WHERE case_id = ? AND restricted = 1 LIMIT 1').get(query.caseId) ? caseKeyFor(db, w.vault, query.caseId, false) : null;
  const names = new Map((db.prepare('SELECT id, full_name FROM people').all() as { id: string; full_name: string }[]).map((p) => [p.id, p.full_name]));
  const nameOf = (id: string): string => names.get(id) ?? 'someone not on record';

  const rows = db
    .prepare(
      `SELECT r.id, r.type, r.version, r.occurred_at, r.significant, r.restricted, v.fact, v.details, v.sealed,
              json_extract(v.details, '$.outcome') AS outcome
       FROM records r JOIN record_versions v ON v.record_id = r.id AND v.version = r.version
       WHERE r.case_id = @caseId AND r.merged_into IS NULL`,
    )
    .all({ caseId: query.caseId }) as ListRow[];
  rows.sort((a, b) => (a.occurred_at < b.occurred_at ? -1 : a.occurred_at > b.occurred_at ? 1 : a.id < b.id ? -1 : 1));

  const gaps = contactGaps(rows, query.gapDays, ['closed', 'withdrawn'].includes(caseRow.status) ? null : londonDate(w.at), query.from, query.to);
  const from = query.from ? londonDayStart(query.from) : null;
  const to = query.to ? londonDayEnd(query.to) : null;
  const types = query.types ? new Set(query.types) : null;
  const partyRecords = query.partyId
    ? new Set((db.prepare('SELECT record_id FROM record_parties WHERE person_id = ?').all(query.partyId) as { record_id: string }[]).map((r) => r.record_id))
    : null;
  const needle = query.search.toLowerCase();
  const parties = partiesOf(w, query.caseId, nameOf);

  const entries: ChronologyEntry[] = [];
  for (const row of rows) {
    if (row.restricted && !mayRestricted) continue;
    if (types && !types.has(row.type)) continue;
    if (query.significantOnly && !row.significant) continue;
    if ((from && row.occurred_at < from) || (to && row.occurred_at >= to)) continue;
    if (partyRecords && !partyRecords.has(row.id)) continue;
    const content = row.sealed ? open(row, row.sealed, key) : { fact: row.fact ?? '', details: JSON.parse(row.details ?? '{}') as unknown };
    const summary = summarise(recordPayload.parse({ type: row.type, details: content.details }), nameOf);
    if (needle && !content.fact.toLowerCase().includes(needle) && !summary.toLowerCase().includes(needle)) continue;
    entries.push({ id: row.id, type: row.type, version: row.version, occurredAt: row.occurred_at, significant: row.significant === 1, restricted: row.restricted === 1, summary, fact: content.fact, parties: parties.get(row.id) ?? [] });
  }
  const unfiltered = !types && !partyRecords && !needle;
  const casework = unfiltered ? caseworkEntries(db, query.caseId).filter((c) => (!query.from || c.date >= query.from) && (!query.to || c.date <= query.to)) : [];
  return { entries, gaps, casework, total: rows.filter((r) => mayRestricted || !r.restricted).length };
}

function open(row: ListRow, sealed: Buffer, key: Buffer | null): { fact: string; details: unknown } {
  return openSealed(key, sealed, row.id, row.version) ?? { fact: '(restricted)', details: {} };
}

function partiesOf(w: Writer, caseId: string, nameOf: (id: string) => string): Map<string, ChronologyEntry['parties']> {
  const rows = w.db
    .prepare('SELECT rp.record_id, rp.person_id, rp.side FROM record_parties rp JOIN records r ON r.id = rp.record_id WHERE r.case_id = ?')
    .all(caseId) as { record_id: string; person_id: string; side: 'client' | 'staff' }[];
  const map = new Map<string, ChronologyEntry['parties']>();
  for (const r of rows) {
    const list = map.get(r.record_id) ?? [];
    list.push({ id: r.person_id, fullName: nameOf(r.person_id), side: r.side });
    map.set(r.record_id, list);
  }
  return map;
}

/** Periods longer than gapDays between contacts or attended sessions (London dates). */
function contactGaps(rows: readonly ListRow[], gapDays: number, today: string | null, from?: string, to?: string): Output<'chronology.list'>['gaps'] {
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
