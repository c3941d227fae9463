import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LETTER_TYPES, type LetterType } from '../../core/contract';
import { call, CliError, openStore, passphraseFor, requireValue, type CliContext } from '../context';
import { oneCaseOption, onlyOptions, requireChoice, resolveCase } from './casework-options';

/**
 * `letter --case C --type T --out FILE [--source ID] [--sign]` (SPEC section 5): drafts the letter
 * from its newest source (or --source: a warning, decision or agreement id, or a flag id) with the
 * reasons filled in from the evidence, and writes its PDF: a draft marked DRAFT, or with --sign the
 * signed letter, signed as --login with the same passphrase (the signer's rights are the core's).
 */
export async function letter(ctx: CliContext): Promise<number> {
  const v = ctx.values;
  onlyOptions(ctx, 'letter', ['case', 'type', 'out', 'source', 'sign']);
  const wanted = oneCaseOption(v);
  const type = requireChoice(v.type, '--type', LETTER_TYPES, 'the letter type') satisfies LetterType;
  const out = resolve(requireValue(v.out, '--out FILE', 'the PDF file to write'));
  if (existsSync(out)) throw new CliError(`${out} already exists; choose another --out.`);
  const core = openStore(ctx);
  try {
    const passphrase = await passphraseFor(ctx);
    await call(core, 'session.unlock', { login: requireValue(v.login, '--login NAME', 'the login name to unlock with'), passphrase });
    const kase = await resolveCase(core, wanted);
    const options = await call(core, 'letters.options', { caseId: kase.id });
    const source = v.source ? options.find((o) => o.type === type && o.source.id === v.source)?.source : undefined;
    if (v.source && !source) throw new CliError(`--source ${v.source} is not something a ${type.replaceAll('_', ' ')} letter can be drafted from on ${kase.reference}. Drafting options: ${options.filter((o) => o.type === type).map((o) => o.source.id ?? o.source.kind).join(', ') || 'none'}.`);
    let view = await call(core, 'letters.draft', { caseId: kase.id, type, ...(source ? { source } : {}) });
    if (v.sign) view = await call(core, 'letters.sign', { letterId: view.id, expectedRevision: view.revision, passphrase });
    const pdf = await call(core, 'letters.preview', { letterId: view.id });
    writeFileSync(out, Buffer.from(pdf.pdf, 'base64'), { mode: 0o600, flag: 'wx' });
    const state = view.signed ? `signed by ${view.signed.by.fullName}${view.signed.digitallySigned ? ' (Ed25519)' : ''}, SHA-256 ${view.signed.sha256}` : 'draft (not signed)';
    const problems = view.problems.map((p) => `  to fix before signing: ${p.message}`);
    ctx.print([`${view.reference} ${type.replaceAll('_', ' ')}: ${state}; ${pdf.pages} page(s) written to ${out}`, ...problems].join('\n'), { letter: view, path: out, pages: pdf.pages, sha256: pdf.sha256 });
    return 0;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') throw new CliError(`${out} already exists; choose another --out.`);
    throw error;
  } finally {
    core.close();
  }
}

/** `verify-letters`: re-verifies every signed letter's stored SHA-256, Ed25519 signature and reproducible PDF. */
export async function verifyLetters(ctx: CliContext): Promise<number> {
  onlyOptions(ctx, 'verify-letters', []);
  const core = openStore(ctx);
  try {
    await call(core, 'session.unlock', { login: requireValue(ctx.values.login, '--login NAME', 'the login name to unlock with'), passphrase: await passphraseFor(ctx) });
    const out = await call(core, 'letters.verify', {});
    const lines = [
      `${out.valid} of ${out.checked} signed letters verify; ${out.auditHeads.valid} of ${out.auditHeads.checked} signed audit heads verify.`,
      ...out.failures.map((f) => `  ${f.reference}: ${f.problem}`),
    ];
    ctx.print(lines.join('\n'), out);
    return out.failures.length || out.auditHeads.valid !== out.auditHeads.checked ? 1 : 0;
  } finally {
    core.close();
  }
}
