// The texts of a case a letter may and may not quote (G-6). Facts of unrestricted records may be
// quoted; analysis fields and anything in a restricted (safeguarding) record never. Restricted
// records are opened only with the user's case key, so someone who cannot read them cannot have
// quoted them either; the signer (director or the case's client manager) always can.
import type { Writer } from '../records/record-service';
import { openSealed } from '../records/record-rows';
import { caseKeyFor, mayReadRestricted } from '../records/restricted-keys';

export interface Forbidden {
  readonly recordId: string;
  readonly field: 'analysis' | 'restricted';
  readonly text: string;
}

export interface CaseTexts {
  /** The fact of each unrestricted record, by id: what a letter quotes as a reason. */
  readonly facts: ReadonlyMap<string, string>;
  readonly forbidden: readonly Forbidden[];
  /** The user could not open every restricted record, so the check is partial. */
  readonly partial: boolean;
}

interface Row {
  id: string;
  version: number;
  restricted: 0 | 1;
  fact: string | null;
  analysis: string | null;
  details: string | null;
  sealed: Buffer | null;
}

const CURRENT = `SELECT r.id, r.version, r.restricted, v.fact, v.analysis, v.details, v.sealed
                 FROM records r JOIN record_versions v ON v.record_id = r.id AND v.version = r.version
                 WHERE r.case_id = ? AND r.merged_into IS NULL`;

/** Every string inside a record's details (a restricted record's details are as secret as its text). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

export function caseTexts(w: Writer, caseId: string): CaseTexts {
  const rows = w.db.prepare(CURRENT).all(caseId) as Row[];
  const facts = new Map<string, string>();
  const forbidden: Forbidden[] = [];
  let key: Buffer | null | undefined;
  let partial = false;
  for (const row of rows) {
    if (row.restricted || row.sealed) {
      if (key === undefined) key = mayReadRestricted(w.db, w.user, caseId) ? caseKeyFor(w.db, w.vault, caseId, false) : null;
      const content = row.sealed ? openSealed(key, row.sealed, row.id, row.version) : null;
      if (!content) {
        partial = true;
        continue;
      }
      for (const text of [content.fact, content.analysis, ...strings(content.details)]) if (text.trim()) forbidden.push({ recordId: row.id, field: 'restricted', text });
      continue;
    }
    facts.set(row.id, row.fact ?? '');
    if (row.analysis?.trim()) forbidden.push({ recordId: row.id, field: 'analysis', text: row.analysis });
  }
  return { facts, forbidden, partial };
}
