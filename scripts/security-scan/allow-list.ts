// The scanner's findings against the allow-list (security/electronegativity-allow.json): every
// finding must be explained by an entry with a written reason, and every entry must still
// explain something, so a stale entry cannot quietly cover a future finding. Pure: no disk.
import { z } from 'zod';

/** One finding, as read from the scanner's SARIF and the staged file it points at. */
export interface Finding {
  /** The scanner's check id, e.g. CONTEXT_ISOLATION_JS_CHECK. */
  readonly check: string;
  /** Path inside the staged folder, e.g. source/electron/main/window.ts; "(global)" for app-wide checks. */
  readonly file: string;
  readonly line: number;
  /** The flagged line of code, trimmed ('' for app-wide checks). */
  readonly code: string;
  readonly message: string;
  /** The scanner marks some findings "review required" rather than "vulnerable". */
  readonly manualReview: boolean;
}

const reason = z.string().trim().min(40, 'a reason must say why, in a sentence or two');

const allowedFinding = z.strictObject({
  check: z.string().regex(/^[A-Z0-9_]+$/, 'the check id as the scanner prints it, e.g. SANDBOX_JS_CHECK'),
  file: z.string().min(1),
  /** Optional: the flagged line must contain this text (line numbers move; code rarely does). */
  code: z.string().min(1).optional(),
  reason,
});

const excludedCheck = z.strictObject({
  /** The class name the scanner's -x option takes, e.g. AvailableSecurityFixesGlobalCheck. */
  check: z.string().regex(/^[A-Za-z]+Check$/),
  reason,
});

export const allowListSchema = z.strictObject({
  tool: z.literal('@doyensec/electronegativity@1.10.3'),
  excludedChecks: z.array(excludedCheck),
  allowed: z.array(allowedFinding),
});

export type AllowList = z.infer<typeof allowListSchema>;
export type AllowedFinding = AllowList['allowed'][number];

export interface Verdict {
  readonly explained: readonly { readonly finding: Finding; readonly by: AllowedFinding }[];
  readonly unexplained: readonly Finding[];
  /** Entries that matched no finding: the code changed, or the scan no longer sees it. */
  readonly stale: readonly AllowedFinding[];
}

export function parseAllowList(json: unknown): AllowList {
  const parsed = allowListSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`The allow-list is not valid:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

export function matches(entry: AllowedFinding, finding: Finding): boolean {
  return entry.check === finding.check && entry.file === finding.file && (entry.code === undefined || finding.code.includes(entry.code));
}

export function judge(findings: readonly Finding[], allowList: AllowList): Verdict {
  const explained: { finding: Finding; by: AllowedFinding }[] = [];
  const unexplained: Finding[] = [];
  const used = new Set<AllowedFinding>();
  for (const finding of findings) {
    const by = allowList.allowed.find((entry) => matches(entry, finding));
    if (by) {
      explained.push({ finding, by });
      used.add(by);
    } else {
      unexplained.push(finding);
    }
  }
  return { explained, unexplained, stale: allowList.allowed.filter((entry) => !used.has(entry)) };
}
