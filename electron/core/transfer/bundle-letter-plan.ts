// Step three of an import, for a case's signed letters: which letters the store already holds
// (matched when they are the same signed letter, a conflict when not), which to write, and under
// which number. A signature, like casework, is someone's act: whoever signed a letter (or voided
// it) must be a user here, in the role the act needs; only the drafting is an authorship that
// may pass to the importer. Reads the store, writes nothing.
import { LETTER_SIGNERS, LETTER_TYPE_LABELS, type BundleCase, type BundleImportResult, type BundleLetter, type CaseBundle, type Role } from '../contract';
import type { Writer } from '../records/record-service';
import { canonical } from './bundle-compare';
import type { Issues, Path } from './bundle-issues';
import { letterName } from './bundle-letter-check';
import type { TargetUser } from './bundle-map';

export interface LetterToWrite {
  readonly caseId: string;
  readonly clientId: string;
  readonly letter: BundleLetter;
  /** Its number in this store's copy of the case: the bundle's unless that is taken. */
  readonly number: number;
  readonly reference: string;
  readonly createdBy: string;
  readonly signedBy: string;
  readonly voidedBy: string | null;
}

/** A letter this store holds as signed, voided since in the bundle's store. */
export interface VoidToWrite {
  readonly clientId: string;
  readonly letterId: string;
  readonly reference: string;
  readonly voided: NonNullable<BundleLetter['voided']>;
  readonly voidedBy: string;
}

export interface LettersContext {
  readonly bundle: CaseBundle;
  readonly userOf: (id: string) => TargetUser | null;
  /** This store's user for a drafting author, or the importer (noted). */
  readonly author: (id: string) => string;
  /** The case's reference in this store (a new case's as it will be written). */
  readonly caseReference: string;
}

const ROLE_WORDS: Record<Role, string> = { director: 'the director', client_manager: 'a client manager', clinical_lead: 'a clinical lead', appeals_officer: 'an appeals officer' };
const instant = (iso: string): string => new Date(iso).toISOString();

interface StoredLetter {
  case_id: string;
  number: number;
  type: string;
  content: string;
  signed_at: string | null;
  signed_by: string | null;
  signer_role: string | null;
  sha256: string | null;
  render_input: string | null;
  statement: string | null;
  signature: string | null;
  public_key: string | null;
  voided_at: string | null;
  voided_by: string | null;
  reason: string | null;
}

export function planLetters(w: Writer, kase: BundleCase, at: Path, ctx: LettersContext, issues: Issues, result: BundleImportResult['letters']): { toWrite: LetterToWrite[]; voids: VoidToWrite[] } {
  const stored = w.db.prepare(
    `SELECT l.case_id, l.number, l.type, l.content, s.signed_at, s.signed_by, s.signer_role, s.sha256, s.render_input, s.statement, s.signature, s.public_key,
            v.voided_at, v.voided_by, v.reason
       FROM letters l LEFT JOIN signed_letters s ON s.letter_id = l.id LEFT JOIN letter_voids v ON v.letter_id = l.id WHERE l.id = ?`,
  );
  const taken = new Set((w.db.prepare('SELECT number FROM letters WHERE case_id = ?').all(kase.id) as { number: number }[]).map((r) => r.number));
  const toWrite: LetterToWrite[] = [];
  const voids: VoidToWrite[] = [];
  const clashing: { letter: BundleLetter; fields: Omit<LetterToWrite, 'number' | 'reference'> }[] = [];

  /** This store's user for a signer or voider, who must be here in one of `roles`; null (and an issue) otherwise. */
  const actor = (userId: string, path: Path, roles: readonly Role[], doing: string): string | null => {
    const here = ctx.userOf(userId);
    const who = ctx.bundle.users.find((u) => u.id === userId);
    const named = who ? `${who.fullName} (login ${who.login})` : userId;
    if (!here) issues.add(path, `is ${named}, who is not a user of this store: a letter’s ${doing} is never re-attributed, so add them as a user, then import again`);
    else if (!roles.includes(here.role)) issues.add(path, `is ${named}, who is not ${roles.map((r) => ROLE_WORDS[r]).join(' or ')} in this store`);
    return here?.id ?? null;
  };

  kase.letters.forEach((l, li) => {
    const lat: Path = [...at, 'letters', li];
    const signer = LETTER_SIGNERS[l.type];
    const signedBy = actor(l.signed.by, [...lat, 'signed', 'by'], [signer], 'signature');
    // As the API allows: the director voids any signed letter, the client manager their own kind.
    const voiders: readonly Role[] = signer === 'director' ? ['director'] : ['director', 'client_manager'];
    const voidedBy = l.voided ? actor(l.voided.by, [...lat, 'voided', 'by'], voiders, 'voiding') : null;
    const row = stored.get(l.id) as StoredLetter | undefined;
    if (row) {
      result.matched += 1;
      const why = difference(row, kase, l, signedBy);
      if (why) return void issues.add([...lat, 'id'], `${why} (letter ${letterName(kase, l)})`, 'conflict');
      if (l.voided && row.voided_at === null && voidedBy) {
        voids.push({ clientId: kase.clientId, letterId: l.id, reference: `${ctx.caseReference}/L${row.number}`, voided: l.voided, voidedBy });
        result.voided += 1;
      } else if (l.voided && row.voided_at !== null) {
        const same = instant(row.voided_at) === instant(l.voided.at) && row.voided_by === voidedBy && row.reason === l.voided.reason;
        if (!same) issues.add([...lat, 'voided'], `differs from this store’s record of when, by whom or why letter ${letterName(kase, l)} was voided`, 'conflict');
      }
      return;
    }
    result.created += 1;
    const fields = { caseId: kase.id, clientId: kase.clientId, letter: l, createdBy: ctx.author(l.createdBy), signedBy: signedBy ?? '', voidedBy };
    if (taken.has(l.number)) return void clashing.push({ letter: l, fields });
    taken.add(l.number);
    toWrite.push({ ...fields, number: l.number, reference: `${ctx.caseReference}/L${l.number}` });
  });
  // A number this store's copy of the case already uses: the case's next, as drafting would give.
  let next = Math.max(0, ...taken);
  for (const { letter, fields } of clashing) {
    next += 1;
    const reference = `${ctx.caseReference}/L${next}`;
    result.renumbered.push({ letterId: letter.id, from: `${kase.reference}/L${letter.number}`, to: reference });
    toWrite.push({ ...fields, number: next, reference });
  }
  if ((toWrite.length || voids.length) && w.db.prepare('SELECT 1 FROM erased_cases WHERE case_id = ?').get(kase.id)) {
    issues.add(at, 'is a case whose client was erased in this store: it takes no letters', 'conflict');
  }
  return { toWrite, voids };
}

/** Why the store's letter of this id is not the bundle's, or null when it is. */
function difference(row: StoredLetter, kase: BundleCase, l: BundleLetter, signedBy: string | null): string | null {
  if (row.case_id !== kase.id) return 'has the id of a letter of another case in this store';
  if (row.type !== l.type) return `has the id of a ${LETTER_TYPE_LABELS[row.type as BundleLetter['type']]?.toLowerCase() ?? row.type} letter in this store`;
  if (row.signed_at === null) return 'has the id of a letter this store holds unsigned';
  const s = l.signed;
  const same =
    row.sha256 === s.sha256 &&
    row.render_input === s.renderInput &&
    row.statement === s.statement &&
    row.signature === s.signature &&
    row.public_key === s.publicKey &&
    row.signer_role === s.role &&
    instant(row.signed_at) === instant(s.at) &&
    (signedBy === null || row.signed_by === signedBy) &&
    canonical(JSON.parse(row.content)) === canonical(l.content);
  return same ? null : "differs from this store's copy";
}
