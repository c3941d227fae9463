// Step one of an import: the text must be JSON and match the schema of a bundle format this
// Threshold reads. Every schema problem is reported at its JSON path, not just the first. A
// format 1 bundle (from before casework travelled) is read as the current format with no actions
// and no letters; a format 2 bundle (from before letters travelled) with no letters.
import type { z } from 'zod';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, caseBundle, caseBundleV1, caseBundleV2, type CaseBundle } from '../contract';
import { findIllFormedText, ILL_FORMED_MESSAGE } from '../well-formed';
import type { Issues } from './bundle-issues';
import { strayKeys } from './bundle-stray';

export interface ParsedBundle {
  readonly bundle: CaseBundle;
  /** The format version as written (1 has no casework, 2 no letters). */
  readonly formatVersion: number;
}

export function parseBundle(text: string, issues: Issues): ParsedBundle | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // A bundle re-saved as UTF-16 (with a byte-order mark: U+FFFD after a lenient decode;
    // without one: a NUL beside every character) would otherwise get a puzzling JSON complaint.
    const reason = error instanceof Error ? error.message : String(error);
    issues.add([], /[\u0000\uFFFD]/.test(text.slice(0, 4096)) ? `is not JSON: it is not UTF-8 text (saved again in another encoding?), so import the file as Threshold wrote it (${reason})` : `is not JSON (${reason})`);
    return null;
  }
  // A file that is not a bundle at all gets one plain sentence, not a hundred schema complaints.
  if (typeof json !== 'object' || json === null || !('format' in json) || json.format !== BUNDLE_FORMAT) {
    issues.add(['format'], `must be "${BUNDLE_FORMAT}": this is not a Threshold case bundle`);
    return null;
  }
  if ('formatVersion' in json && typeof json.formatVersion === 'number' && json.formatVersion > BUNDLE_FORMAT_VERSION) {
    issues.add(['formatVersion'], `is ${json.formatVersion}, newer than this version of Threshold reads (${BUNDLE_FORMAT_VERSION}): update Threshold first`);
    return null;
  }
  const written = (json as { formatVersion?: unknown }).formatVersion;
  const version = written === 1 ? 1 : written === 2 ? 2 : BUNDLE_FORMAT_VERSION;
  const bundle = version === 1 ? fromV1(caseBundleV1.safeParse(json), issues) : version === 2 ? fromV2(caseBundleV2.safeParse(json), issues) : fromV3(caseBundle.safeParse(json), issues);
  if (!bundle) return null;
  noStrayKeys(json, bundle, issues);
  if (!issues.empty) return null;
  // JSON escapes ("\ud800") can carry a lone surrogate past the router's check of the text.
  const illFormed = findIllFormedText(bundle);
  if (illFormed) {
    issues.add(illFormed, ILL_FORMED_MESSAGE);
    return null;
  }
  return { bundle, formatVersion: version };
}

function schemaIssues(error: z.ZodError, issues: Issues): null {
  for (const issue of error.issues) issues.add(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), issue.message);
  return null;
}

function fromV1(parsed: z.ZodSafeParseResult<z.output<typeof caseBundleV1>>, issues: Issues): CaseBundle | null {
  if (!parsed.success) return schemaIssues(parsed.error, issues);
  return { ...parsed.data, formatVersion: BUNDLE_FORMAT_VERSION, cases: parsed.data.cases.map((c) => ({ ...c, actions: [], letters: [] })) };
}

function fromV2(parsed: z.ZodSafeParseResult<z.output<typeof caseBundleV2>>, issues: Issues): CaseBundle | null {
  if (!parsed.success) return schemaIssues(parsed.error, issues);
  return { ...parsed.data, formatVersion: BUNDLE_FORMAT_VERSION, cases: parsed.data.cases.map((c) => ({ ...c, letters: [] })) };
}

function fromV3(parsed: z.ZodSafeParseResult<CaseBundle>, issues: Issues): CaseBundle | null {
  return parsed.success ? parsed.data : schemaIssues(parsed.error, issues);
}

interface RawBundle {
  cases: { records: { versions: { details: unknown }[] }[]; actions?: { payload: unknown }[]; letters?: { content: unknown }[] }[];
}

/**
 * Record details and action payloads are the API's own schemas, which drop keys they do not know,
 * so a mistyped key would vanish and a default take its place; here it is an error, as it is
 * everywhere else in a bundle. The schema passed, so the raw JSON has the same shape.
 */
function noStrayKeys(json: object, bundle: CaseBundle, issues: Issues): void {
  const raw = json as RawBundle;
  bundle.cases.forEach((c, ci) => {
    const rawCase = raw.cases[ci]!;
    c.records.forEach((r, ri) => r.versions.forEach((v, vi) => strayKeys(rawCase.records[ri]!.versions[vi]!.details, v.details, ['cases', ci, 'records', ri, 'versions', vi, 'details'], issues)));
    c.actions.forEach((a, ai) => strayKeys(rawCase.actions?.[ai]?.payload, a.payload, ['cases', ci, 'actions', ai, 'payload'], issues));
    c.letters.forEach((l, li) => strayKeys(rawCase.letters?.[li]?.content, l.content, ['cases', ci, 'letters', li, 'content'], issues));
  });
}
