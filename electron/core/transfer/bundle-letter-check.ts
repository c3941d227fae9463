// Step two of an import, for a case's signed letters: each letter must agree with itself and with
// its case, and must still be the letter that was signed. Checked here, before anything reads the
// store: the PDF has its SHA-256, the statement names this letter, its type and signer and the
// hash of the render input, the director's Ed25519 signature over the statement verifies with
// the letter's own public key, and rendering the render input again gives the PDF byte for byte
// (the signature covers the render input, not the PDF, so only this proves the PDF is the one
// signed). A letter that fails any of these was changed after it was signed and is never imported.
import { LETTER_SIGNERS, LETTER_TYPE_LABELS, letterContent, type BundleCase, type BundleLetter, type CaseBundle } from '../contract';
import { letterDocument, type RenderInput } from '../letters/document';
import { sha256, verifyStatement, type Statement } from '../letters/signing';
import { renderPdf } from '../pdf/render';
import { canonical } from './bundle-compare';
import type { Issues, Path } from './bundle-issues';

/** The letter as people know it: "TH-0001/L2 (written warning)". */
export const letterName = (kase: Pick<BundleCase, 'reference'>, l: Pick<BundleLetter, 'number' | 'type'>): string => `${kase.reference}/L${l.number} (${LETTER_TYPE_LABELS[l.type].toLowerCase()})`;

const NEVER = 'a letter changed after it was signed is never imported';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a letter's source must be in the bundle's copy of its case. */
function sourceProblem(kase: BundleCase, l: BundleLetter): string | null {
  const { kind, id } = l.source;
  if (kind === 'case') return id === null ? null : 'must be null for a letter drafted from the case';
  if (id === null) return `must name the ${kind} the letter was drafted from`;
  if (kind === 'warning') return kase.actions.some((a) => a.id === id && a.kind === 'warning') ? null : 'must be a warning in this case’s actions';
  if (kind === 'decision') return kase.actions.some((a) => a.id === id && a.kind === 'proposal') ? null : 'must be a proposal in this case’s actions';
  if (kind === 'agreement') return kase.records.some((r) => r.id === id && r.type === 'communication_agreement') ? null : 'must be a communication agreement of this case';
  return null; // a flag: computed from the records, not stored
}

/** The bundle's own consistency for one case's letters; reads nothing. */
export function checkLetters(bundle: CaseBundle, kase: BundleCase, at: Path, issues: Issues): void {
  const users = new Set(bundle.users.map((u) => u.id));
  const numbers = new Set<number>();
  kase.letters.forEach((l, li) => {
    const lat: Path = [...at, 'letters', li];
    const name = letterName(kase, l);
    if (numbers.has(l.number)) issues.add([...lat, 'number'], `repeats letter number ${l.number} of this case`);
    numbers.add(l.number);
    for (const [path, userId] of [[['createdBy'], l.createdBy], [['signed', 'by'], l.signed.by], ...(l.voided ? [[['voided', 'by'], l.voided.by]] : [])] as [Path, string][]) {
      if (!users.has(userId)) issues.add([...lat, ...path], 'must be a user listed in users');
    }
    const source = sourceProblem(kase, l);
    if (source) issues.add([...lat, 'source', 'id'], source);
    const s = l.signed;
    const needs = LETTER_SIGNERS[l.type];
    if (s.role !== needs) issues.add([...lat, 'signed', 'role'], `must be ${needs}: a ${LETTER_TYPE_LABELS[l.type].toLowerCase()} letter is signed by the ${needs.replaceAll('_', ' ')}`);
    if ((s.signature === null) !== (s.publicKey === null)) issues.add([...lat, 'signed', s.signature === null ? 'publicKey' : 'signature'], 'goes with a signature and a public key, or neither');
    if (needs === 'director' && s.signature === null) issues.add([...lat, 'signed', 'signature'], `is missing: letter ${name} is the director’s and carries their digital signature`);
    if (l.voided && Date.parse(l.voided.at) < Date.parse(s.at)) issues.add([...lat, 'voided', 'at'], 'must not be before the letter was signed');

    const render = parseJson(s.renderInput);
    if (!isObject(render) || render.type !== l.type || !isObject(render.content) || !letterContent.safeParse(render.content).success) {
      issues.add([...lat, 'signed', 'renderInput'], `is not the render input of a ${LETTER_TYPE_LABELS[l.type].toLowerCase()} letter`);
    } else if (canonical(letterContent.parse(render.content)) !== canonical(l.content)) {
      issues.add([...lat, 'content'], `differs from what letter ${name} was signed with (its render input): ${NEVER}`);
    }
    const statement = parseJson(s.statement) as Partial<Statement> | undefined;
    if (!isObject(statement) || statement.format !== 'threshold-letter-signature') {
      issues.add([...lat, 'signed', 'statement'], 'is not a Threshold letter signature statement');
      return;
    }
    const mismatch =
      statement.letterId !== l.id
        ? 'is for another letter'
        : statement.type !== l.type
          ? 'is for another type of letter'
          : statement.inputSha256 !== sha256(s.renderInput)
            ? 'does not match the render input: the content was changed after it was signed'
            : statement.signedAt !== s.at
              ? 'was signed at another time'
              : statement.signer?.role !== s.role
                ? 'was signed in another role'
                : null;
    if (mismatch) issues.add([...lat, 'signed', 'statement'], `${mismatch} (letter ${name}): ${NEVER}`);
  });
}

/**
 * The letters are still the ones signed: each PDF has its SHA-256, each signature verifies, and
 * each render input draws its PDF again byte for byte. Run only once the bundle agrees with itself.
 */
export async function proveLetters(bundle: CaseBundle, issues: Issues): Promise<void> {
  for (const [ci, kase] of bundle.cases.entries()) {
    for (const [li, l] of kase.letters.entries()) {
      const lat: Path = ['cases', ci, 'letters', li, 'signed'];
      const name = letterName(kase, l);
      const pdf = Buffer.from(l.signed.pdf, 'base64');
      if (sha256(pdf) !== l.signed.sha256) {
        issues.add([...lat, 'pdf'], `does not match its SHA-256: the PDF of letter ${name} was changed after it was signed, and ${NEVER}`);
        continue;
      }
      if (l.signed.signature !== null && l.signed.publicKey !== null && !verifies(l.signed.publicKey, l.signed.statement, l.signed.signature)) {
        issues.add([...lat, 'signature'], `does not verify with the letter’s public key: letter ${name} is not as its signer signed it, and ${NEVER}`);
        continue;
      }
      if (!(await rendersAs(l, pdf))) issues.add([...lat, 'pdf'], `is not what letter ${name}'s signed render input draws: its PDF was changed after it was signed, and ${NEVER}`);
    }
  }
}

function verifies(publicKey: string, statement: string, signature: string): boolean {
  try {
    return verifyStatement(publicKey, statement, signature);
  } catch {
    return false; // not a key or not a signature at all
  }
}

async function rendersAs(l: BundleLetter, pdf: Buffer): Promise<boolean> {
  try {
    const again = await renderPdf(letterDocument(JSON.parse(l.signed.renderInput) as RenderInput, l.signed.signature));
    return again.equals(pdf);
  } catch {
    return false;
  }
}
