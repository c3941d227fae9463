// Step one of an import: the text must be JSON and match the bundle schema. Every schema problem
// is reported at its JSON path, not just the first.
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, caseBundle, type CaseBundle } from '../contract';
import { findIllFormedText, ILL_FORMED_MESSAGE } from '../well-formed';
import { Issues } from './bundle-issues';

export function parseBundle(text: string, issues: Issues): CaseBundle | null {
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
  const parsed = caseBundle.safeParse(json);
  if (parsed.success) {
    // JSON escapes ("\ud800") can carry a lone surrogate past the router's check of the text.
    const illFormed = findIllFormedText(parsed.data);
    if (!illFormed) return parsed.data;
    issues.add(illFormed, ILL_FORMED_MESSAGE);
    return null;
  }
  for (const issue of parsed.error.issues) issues.add(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), issue.message);
  return null;
}
