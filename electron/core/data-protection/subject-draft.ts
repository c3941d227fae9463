// Subject access drafts. A draft row keeps what the content was built from (subject, time, the
// director's choice about safeguarding notes, the extra phrases to redact) and the SHA-256 of the
// content the director reviewed, never the content itself: the release rebuilds it and refuses if
// the hash differs, so what leaves is exactly what was reviewed, and no second copy of the
// client's data sits in the store. The extra phrases are encrypted under the subject's data key.
import { createHash, randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/chain';
import { dataKey, decryptValue, encryptValue, existingDataKey, ORG_KEY, personKeyId } from '../audit/data-keys';
import type { ParsedInput, SubjectAccessContent } from '../contract';
import { CoreError } from '../errors';
import type { Writer } from '../records/record-service';
import { buildContent, type DraftParams } from './subject-content';

const extrasAad = (draftId: string): string => JSON.stringify(['threshold subject access draft v1', draftId]);

export const contentHash = (content: SubjectAccessContent): string => createHash('sha256').update(JSON.stringify(content)).digest('hex');

const recordCount = (content: SubjectAccessContent): number => content.cases.reduce((n, c) => n + c.records.length, 0);

export function draftSubjectAccess(w: Writer, input: ParsedInput<'dataProtection.subjectAccess.draft'>): { draftId: string; content: SubjectAccessContent } {
  return w.db.transaction(() => {
    const params: DraftParams = { draftId: randomUUID(), subjectId: input.clientId, preparedAt: w.at.toISOString(), includeRestricted: input.includeRestricted, extraRedactions: [...new Set(input.extraRedactions)] };
    const content = buildContent(w, params);
    const key = dataKey(w.db, personKeyId(params.subjectId), w.at);
    const extras = encryptValue(key, Buffer.from(JSON.stringify(params.extraRedactions), 'utf8'), extrasAad(params.draftId));
    w.db
      .prepare('INSERT INTO subject_access_drafts (id, person_id, created_at, created_by, include_restricted, extra_redactions, content_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(params.draftId, params.subjectId, params.preparedAt, w.user.id, params.includeRestricted ? 1 : 0, extras, contentHash(content));
    appendAudit(
      w.db,
      {
        actorUserId: w.user.id,
        action: 'subject-access.draft',
        entity: 'person',
        entityId: params.subjectId,
        keyId: ORG_KEY,
        before: null,
        after: { draftId: params.draftId, caseIds: content.cases.map((c) => c.id), records: recordCount(content), includeRestricted: params.includeRestricted, restrictedLeftOut: content.redaction.restrictedLeftOut, restrictedIncluded: content.redaction.restrictedIncluded, extraPhrases: params.extraRedactions.length },
      },
      w.at,
    );
    return { draftId: params.draftId, content };
  })();
}

interface DraftRow {
  id: string;
  person_id: string;
  created_at: string;
  include_restricted: 0 | 1;
  extra_redactions: Buffer;
  content_sha256: string;
  released_at: string | null;
}

/** The reviewed draft's content, rebuilt and proved unchanged; refuses a released or stale draft. */
export function reviewedContent(w: Writer, draftId: string): SubjectAccessContent {
  const row = w.db.prepare('SELECT id, person_id, created_at, include_restricted, extra_redactions, content_sha256, released_at FROM subject_access_drafts WHERE id = ?').get(draftId) as DraftRow | undefined;
  if (!row) throw new CoreError('not_found', 'There is no such subject access draft. Prepare a draft and review it first.');
  if (row.released_at) throw new CoreError('conflict', `This draft was released on ${row.released_at.slice(0, 10)}. Prepare a new draft to release again.`);
  const key = existingDataKey(w.db, personKeyId(row.person_id));
  const plain = key ? decryptValue(key, row.extra_redactions, extrasAad(row.id)) : null;
  if (!plain) throw new CoreError('conflict', 'This draft can no longer be opened (its client was erased).');
  const extraRedactions = JSON.parse(plain.toString('utf8')) as string[];
  const content = buildContent(w, { draftId: row.id, subjectId: row.person_id, preparedAt: row.created_at, includeRestricted: row.include_restricted === 1, extraRedactions });
  if (contentHash(content) !== row.content_sha256) {
    throw new CoreError('conflict', "The client's records changed after this draft was prepared, so it is not what was reviewed. Prepare a new draft and review it again.");
  }
  return content;
}

export function markReleased(w: Writer, draftId: string): void {
  w.db.prepare('UPDATE subject_access_drafts SET released_at = ?, released_by = ? WHERE id = ?').run(w.at.toISOString(), w.user.id, draftId);
}
