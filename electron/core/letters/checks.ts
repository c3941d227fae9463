// What signing refuses, computed for any content (SPEC section 5; G-6): text quoting an analysis
// field or a restricted record, characters the fonts cannot draw, and, in a letter sent in the
// organisation's name, any staff member named. The editor shows these live; signing refuses them.
import type { LetterContent, LetterProblem } from '../contract';
import { CoreError } from '../errors';
import { scriptProblem } from '../pdf/scripts';
import { guardClientFacing } from '../policy/guards';
import type { Forbidden } from './case-texts';

/** Every piece of text a letter prints, with the path of its field. */
export function letterTexts(c: LetterContent): { path: string; what: string; text: string }[] {
  return [
    { path: 'recipient.name', what: 'The recipient’s name', text: c.recipient.name },
    { path: 'recipient.address', what: 'The recipient’s address', text: c.recipient.address },
    { path: 'salutation', what: 'The salutation', text: c.salutation },
    { path: 'subject', what: 'The subject', text: c.subject },
    { path: 'reasonsIntro', what: 'The reasons’ introduction', text: c.reasonsIntro },
    ...c.reasons.map((r, i) => ({ path: `reasons.${i}.text`, what: `Reason ${i + 1}`, text: r.text })),
    ...c.sections.map((s, i) => ({ path: `sections.${i}.text`, what: `The ${s.key.replace('_', ' ')} paragraph`, text: s.text })),
    { path: 'signOff.name', what: 'The signer’s name', text: c.signOff.name },
    { path: 'signOff.title', what: 'The signer’s title', text: c.signOff.title },
  ].filter((t) => t.text);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches a staff member's full name (any case) or a name of theirs of 3+ letters written with its capital. */
export function staffNameMatcher(names: readonly string[]): RegExp | null {
  const full = [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!full.length) return null;
  const tokens = [...new Set(full.flatMap((n) => n.split(/\s+/)).filter((t) => t.length >= 3 && /^\p{Lu}/u.test(t)))];
  const fullPart = full.map((n) => `(?i:${escape(n)})`);
  return new RegExp(`(?<!\\p{L})(?:${[...fullPart, ...tokens.map(escape)].join('|')})(?!\\p{L})`, 'gu');
}

/** Replaces staff names with a neutral phrase: for letters sent in the organisation's name. */
export function withoutStaffNames(text: string, matcher: RegExp | null): string {
  return matcher ? text.replace(matcher, 'a member of our staff') : text;
}

function g6Message(text: string, forbidden: readonly Forbidden[]): string | null {
  try {
    guardClientFacing(text, forbidden);
    return null;
  } catch (error) {
    if (error instanceof CoreError) return error.message;
    throw error;
  }
}

export function letterProblems(c: LetterContent, forbidden: readonly Forbidden[], staff: RegExp | null): LetterProblem[] {
  const problems: LetterProblem[] = [];
  for (const t of letterTexts(c)) {
    const g6 = g6Message(t.text, forbidden);
    if (g6) problems.push({ code: 'G-6', path: t.path, message: `${t.what}: ${g6}` });
    const script = scriptProblem(t.what, t.text);
    if (script) problems.push({ code: 'script', path: t.path, message: script });
    if (c.inOrganisationName && staff && !t.path.startsWith('signOff') && new RegExp(staff.source, 'u').test(t.text)) {
      problems.push({ code: 'staff_named', path: t.path, message: `${t.what} names a member of staff, but this letter is sent in the organisation’s name so that no staff member is named (Sue Lambert Trust 4.4). Remove the name.` });
    }
  }
  return problems;
}

/** Signing refuses the first problem: G-6 as the guard it is, the others as invalid input at their field. */
export function refuseProblems(problems: readonly LetterProblem[]): void {
  const first = problems[0];
  if (!first) return;
  if (first.code === 'G-6') throw new CoreError('guard_refused', `${first.message} Edit the letter so that it quotes only facts; nothing was signed.`);
  throw new CoreError('invalid_input', `${first.message} Nothing was signed.`, problems.map((p) => ({ path: `content.${p.path}`, message: p.message })));
}
