// Importing a case bundle: parse, check the bundle against itself, plan against the store, and
// only when no step found a problem, write everything in one transaction. Any problem, in any
// step, is reported with its JSON path and nothing is written. Signed letters are proved to be
// the letters signed (their PDFs drawn again from what was signed) before the transaction: that is
// the one slow, asynchronous step, and it reads nothing from the store.
import type { BundleImportResult } from '../contract';
import type { Writer } from '../records/record-service';
import { checkBundle } from './bundle-check';
import { Issues } from './bundle-issues';
import { proveLetters } from './bundle-letter-check';
import { parseBundle } from './bundle-parse';
import { planImport } from './bundle-plan';
import { writePlan } from './bundle-write';

export async function importBundle(w: Writer, text: string): Promise<BundleImportResult> {
  const issues = new Issues();
  const parsed = parseBundle(text, issues);
  if (!parsed) return issues.fail();
  const { bundle, formatVersion } = parsed;
  checkBundle(bundle, issues);
  issues.throwIfAny();
  await proveLetters(bundle, issues);
  issues.throwIfAny();
  // Planning reads what writing changes: both run in the one transaction, so nothing can slip
  // between the check and the write.
  return w.db.transaction(() => {
    const plan = planImport(w, bundle, issues);
    issues.throwIfAny();
    writePlan(w, plan, bundle, formatVersion);
    return plan.result;
  })();
}
