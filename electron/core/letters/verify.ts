// Re-verifying every signed letter (the CLI's verify-letters): the stored PDF still has its
// stored SHA-256, rendering its stored input again gives the same bytes, the statement matches
// the letter, and the director's Ed25519 signature verifies; and every signed audit head still
// verifies against the chain.
import type { LetterVerification } from '../contract';
import { pageCount, renderPdf } from '../pdf/render';
import type { Writer } from '../records/record-service';
import { letterDocument, type RenderInput } from './document';
import { letterReference } from './repo';
import { sha256, signingPublicKey, verifyHead, verifyStatement, type Statement } from './signing';

interface SignedRow {
  letter_id: string;
  case_reference: string;
  number: number;
  pdf: Buffer;
  sha256: string;
  signer_role: string;
  render_input: string;
  statement: string;
  signature: string | null;
  public_key: string | null;
}

async function problemOf(r: SignedRow): Promise<string | null> {
  if (sha256(r.pdf) !== r.sha256) return 'the stored PDF does not match its stored SHA-256';
  const statement = JSON.parse(r.statement) as Statement;
  if (statement.letterId !== r.letter_id) return 'the signed statement is for another letter';
  if (statement.inputSha256 !== sha256(r.render_input)) return 'the stored content does not match what was signed';
  if (r.signer_role === 'director' || r.signature) {
    if (!r.signature) return 'a director’s letter without its digital signature';
    if (!r.public_key || !verifyStatement(r.public_key, r.statement, r.signature)) return 'the digital signature does not verify';
  }
  const again = await renderPdf(letterDocument(JSON.parse(r.render_input) as RenderInput, r.signature));
  if (!again.equals(r.pdf)) return 'rendering the signed content again does not give the stored PDF';
  return pageCount(r.pdf) > 0 ? null : 'the stored PDF has no pages';
}

export async function verifyLetters(w: Writer): Promise<LetterVerification> {
  const publicKey = signingPublicKey(w.vault);
  const rows = w.db
    .prepare('SELECT s.letter_id, c.reference AS case_reference, l.number, s.pdf, s.sha256, s.signer_role, s.render_input, s.statement, s.signature, s.public_key FROM signed_letters s JOIN letters l ON l.id = s.letter_id JOIN cases c ON c.id = l.case_id ORDER BY s.signed_at')
    .all() as SignedRow[];
  const failures: LetterVerification['failures'] = [];
  for (const r of rows) {
    const problem = await problemOf(r);
    if (problem) failures.push({ letterId: r.letter_id, reference: letterReference(r.case_reference, r.number), problem });
  }
  const heads = w.db.prepare('SELECT h.seq, h.hash, h.signature, a.hash AS chain_hash FROM audit_head_signatures h LEFT JOIN audit_log a ON a.seq = h.seq').all() as { seq: number; hash: string; signature: string; chain_hash: string | null }[];
  // seq 0 is the empty chain's head (no row), signed when the very first thing was a signature.
  const validHeads = heads.filter((h) => publicKey && (h.chain_hash === h.hash || h.seq === 0) && verifyHead(publicKey, w.vault.storeId, h.seq, h.hash, h.signature)).length;
  return { checked: rows.length, valid: rows.length - failures.length, failures, auditHeads: { checked: heads.length, valid: validHeads } };
}
