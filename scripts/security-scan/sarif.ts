// Reads electronegativity's SARIF (-o <file>.sarif, with -r for paths relative to the scanned
// folder) into findings. The SARIF names the line but not its code, so the code is read back
// from the scanned file: the allow-list matches on it, and the report shows it.
import { z } from 'zod';
import type { Finding } from './allow-list';

const sarifSchema = z.object({
  runs: z
    .array(
      z.object({
        results: z.array(
          z.object({
            ruleId: z.string(),
            level: z.string(),
            message: z.object({ text: z.string() }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string() }),
                    region: z.object({ startLine: z.number().int(), startColumn: z.number().int().optional() }),
                  }),
                }),
              )
              .min(1),
          }),
        ),
      }),
    )
    .length(1),
});

/** App-wide findings (no CSP found at all, for example) point at no file; the SARIF says file:///. */
export const GLOBAL_FILE = '(global)';

/** A minified bundle is one long line: keep the part the finding points at. */
const LONG_LINE = 300;
const EXCERPT = 160;

export function codeAt(text: string, column: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= LONG_LINE) return trimmed;
  const start = Math.max(0, column - 1);
  return text.slice(start, start + EXCERPT).trim();
}

export function readSarif(json: unknown, lineOf: (file: string, line: number) => string): Finding[] {
  const parsed = sarifSchema.safeParse(json);
  if (!parsed.success) throw new Error(`The scanner's SARIF output has an unexpected shape: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  const [run] = parsed.data.runs;
  return (run?.results ?? []).map((result) => {
    const location = result.locations[0]?.physicalLocation;
    const uri = location?.artifactLocation.uri ?? '';
    const file = uri === '' || uri.startsWith('file:') ? GLOBAL_FILE : uri.replaceAll('\\', '/');
    const line = location?.region.startLine ?? 0;
    const column = location?.region.startColumn ?? 1;
    return {
      check: result.ruleId,
      file,
      line,
      code: file === GLOBAL_FILE ? '' : codeAt(lineOf(file, line), column),
      message: result.message.text,
      // electronegativity writes "note" for review-required findings and "warning" for the rest.
      manualReview: result.level === 'note',
    };
  });
}
