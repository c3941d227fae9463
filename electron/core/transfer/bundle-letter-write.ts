// Step four of an import, for signed letters: each written as it was signed (the draft row with
// its content, then its signed row with the PDF, hash, render input, statement, signature and
// public key byte for byte, then its void if it has one), inside the caller's one transaction,
// with an audit row each (`letter.import`), as casework is. A letter this store already holds
// that the bundle's store has voided since gains its void (`letter.void`, noting the import).
import { appendAudit } from '../audit/chain';
import { personKeyId } from '../audit/data-keys';
import type { Writer } from '../records/record-service';
import type { LetterToWrite, VoidToWrite } from './bundle-letter-plan';

export function writeLetters(w: Writer, letters: readonly LetterToWrite[], voids: readonly VoidToWrite[]): void {
  const letter = w.db.prepare(
    `INSERT INTO letters (id, case_id, number, type, source_kind, source_id, content, revision, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const signed = w.db.prepare('INSERT INTO signed_letters (letter_id, pdf, sha256, signed_at, signed_by, signer_role, render_input, statement, signature, public_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const voided = w.db.prepare('INSERT INTO letter_voids (letter_id, voided_at, voided_by, reason) VALUES (?, ?, ?, ?)');
  for (const x of letters) {
    const l = x.letter;
    const s = l.signed;
    // Signing last saved the draft as signed, by its signer: the same here.
    letter.run(l.id, x.caseId, x.number, l.type, l.source.kind, l.source.id, JSON.stringify(l.content), l.revision, l.createdAt, x.createdBy, s.at, x.signedBy);
    signed.run(l.id, Buffer.from(s.pdf, 'base64'), s.sha256, s.at, x.signedBy, s.role, s.renderInput, s.statement, s.signature, s.publicKey);
    if (l.voided && x.voidedBy) voided.run(l.id, l.voided.at, x.voidedBy, l.voided.reason);
    appendAudit(
      w.db,
      {
        actorUserId: w.user.id,
        action: 'letter.import',
        entity: 'letter',
        entityId: l.id,
        keyId: personKeyId(x.clientId),
        before: null,
        after: {
          caseId: x.caseId,
          reference: x.reference,
          type: l.type,
          sha256: s.sha256,
          signedAt: s.at,
          signedBy: x.signedBy,
          digitallySigned: s.signature !== null,
          status: l.voided ? 'void' : 'signed',
          ...(l.voided ? { voided: { at: l.voided.at, by: x.voidedBy, reason: l.voided.reason } } : {}),
        },
      },
      w.at,
    );
  }
  for (const v of voids) {
    voided.run(v.letterId, v.voided.at, v.voidedBy, v.voided.reason);
    appendAudit(
      w.db,
      { actorUserId: w.user.id, action: 'letter.void', entity: 'letter', entityId: v.letterId, keyId: personKeyId(v.clientId), before: { status: 'signed' }, after: { status: 'void', reason: v.voided.reason, voidedAt: v.voided.at, voidedBy: v.voidedBy, imported: true, reference: v.reference } },
      w.at,
    );
  }
}
