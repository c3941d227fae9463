import { join, resolve } from 'node:path';
import type { Core } from '../../core';
import { call, CliError, requireValue, withUnlockedStore, type CliContext } from '../context';
import { writePrivateFile } from '../files';

/** A person id, or a case reference (TH-0007) or case id for that case's client. */
export async function resolveClient(core: Core, wanted: string): Promise<string> {
  const cases = await call(core, 'cases.list', {});
  const kase = cases.find((c) => c.id === wanted || c.reference.toLowerCase() === wanted.toLowerCase());
  if (kase) return kase.clientId;
  if (/^[0-9a-f-]{36}$/i.test(wanted)) return wanted;
  throw new CliError(`There is no case or person "${wanted}": give a case reference such as TH-0007, or a person id.`);
}

/**
 * Without --release: prepares a draft and writes it to --out for the director's review.
 * With --release DRAFT-ID --redactions-reviewed: releases that draft (JSON and PDF, and the PDF of each signed letter sent to the client) into --out.
 */
export function subjectAccess(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  const out = resolve(requireValue(v.out, '--out DIR', 'the folder to write to'));
  return withUnlockedStore(ctx, async (core) => {
    if (v.release !== undefined) {
      if (!v['redactions-reviewed']) throw new CliError('Add --redactions-reviewed to confirm you have reviewed the draft and its redactions; nothing was released.');
      const released = await call(core, 'dataProtection.subjectAccess.release', { draftId: v.release, redactionsConfirmed: true, outDir: out });
      const letters = released.letters.length ? `, with ${released.letters.length} signed letter(s) as sent beside them` : '';
      ctx.print(`Released to ${released.json.path} and ${released.pdf.path}${letters}.`, released);
      return 0;
    }
    const clientId = await resolveClient(core, requireValue(v.client, '--client ID-OR-REFERENCE', 'whose data to export'));
    const draft = await call(core, 'dataProtection.subjectAccess.draft', { clientId, includeRestricted: v['include-restricted'], extraRedactions: v.redact ?? [] });
    const file = writePrivateFile(join(out, `subject-access-draft-${draft.draftId.slice(0, 8)}.json`), `${JSON.stringify(draft.content, null, 2)}\n`);
    const records = draft.content.cases.reduce((n, c) => n + c.records.length, 0);
    const held = draft.content.redaction.restrictedLeftOut ? `; ${draft.content.redaction.restrictedLeftOut} safeguarding note(s) left out` : '';
    ctx.print(
      `Draft ${draft.draftId} written to ${file} (${draft.content.cases.length} case(s), ${records} record(s)${held}). Review it, then release it with --release ${draft.draftId} --redactions-reviewed --out DIR.`,
      { draftId: draft.draftId, file, cases: draft.content.cases.length, records, redaction: draft.content.redaction },
    );
    return 0;
  });
}
