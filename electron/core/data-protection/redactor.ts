// Redaction for subject access (docs/data-protection.md, "Redaction rule"). Names known to the store
// are replaced in free text: a whole name anywhere (any case), and the given and family names of
// the people around the subject's cases on their own (capitalised, whole words), except parts the
// subject's own name shares. Other client-side people's contact details go too, and any phrase the
// director adds after review. The subject's own name and details are theirs and stay.

export type MentionKind = 'third_party' | 'staff' | 'extra';

export interface NameToRedact {
  readonly fullName: string;
  readonly label: string;
  readonly kind: Exclude<MentionKind, 'extra'>;
  /** Also redact the given and family names on their own (people around the subject's cases). */
  readonly parts: boolean;
  /** Contact details to redact wherever they appear (other client-side people). */
  readonly contacts?: readonly (string | null)[];
}

export interface RedactionCounts {
  thirdPartyMentions: number;
  staffMentions: number;
  extraPhrases: number;
}

export interface Redactor {
  text(value: string): string;
  readonly counts: RedactionCounts;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const nameParts = (fullName: string): string[] => fullName.split(/[\s-]+/u).filter((p) => p.length >= 3);

interface Term {
  readonly kind: MentionKind;
  readonly label: string;
}

/** One alternation, longest first, so a full name wins over its parts. */
function pattern(terms: ReadonlyMap<string, Term>, flags: string): RegExp | null {
  const keys = [...terms.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (!keys.length) return null;
  return new RegExp(`${LETTER_BEFORE}(?:${keys.map(escape).join('|')})${LETTER_AFTER}`, flags);
}

export const noCounts = (): RedactionCounts => ({ thirdPartyMentions: 0, staffMentions: 0, extraPhrases: 0 });

/** `counts` is shared when one export uses a redactor per case. */
export function createRedactor(subjectName: string, names: readonly NameToRedact[], extraPhrases: readonly string[], counts: RedactionCounts = noCounts()): Redactor {
  const own = new Set(nameParts(subjectName).map((p) => p.toLowerCase()));
  const whole = new Map<string, Term>(); // matched case-insensitively (keys lower-cased)
  const parts = new Map<string, Term>(); // matched as written
  for (const name of names) {
    const key = name.fullName.trim().toLowerCase();
    if (key && key !== subjectName.trim().toLowerCase() && !whole.has(key)) whole.set(key, { kind: name.kind, label: name.label });
    for (const contact of name.contacts ?? []) {
      const c = contact?.trim().toLowerCase();
      if (c && c.length >= 4 && !whole.has(c)) whole.set(c, { kind: name.kind, label: '[contact details of another person]' });
    }
    if (!name.parts) continue;
    for (const part of nameParts(name.fullName)) {
      if (!own.has(part.toLowerCase()) && !parts.has(part)) parts.set(part, { kind: name.kind, label: name.label });
    }
  }
  for (const phrase of extraPhrases) {
    const key = phrase.trim().toLowerCase();
    if (key) whole.set(key, { kind: 'extra', label: '[redacted]' });
  }
  const wholePattern = pattern(whole, 'giu');
  const partPattern = pattern(parts, 'gu');
  const count = (term: Term): string => {
    if (term.kind === 'extra') counts.extraPhrases++;
    else if (term.kind === 'staff') counts.staffMentions++;
    else counts.thirdPartyMentions++;
    return term.label;
  };
  return {
    counts,
    text(value) {
      let out = value;
      if (wholePattern) out = out.replace(wholePattern, (m) => count(whole.get(m.toLowerCase()) ?? { kind: 'extra', label: '[redacted]' }));
      if (partPattern) out = out.replace(partPattern, (m) => count(parts.get(m) ?? { kind: 'extra', label: '[redacted]' }));
      return out;
    },
  };
}
