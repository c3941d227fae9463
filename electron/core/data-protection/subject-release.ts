// Releasing a reviewed subject access draft: the content is rebuilt and proved to be what the
// director reviewed, then written as JSON and PDF into the folder the director named, and nowhere
// else (no temporary file: both are made in memory first). The release is audited under the
// organisation's key (who, when, which client by id, what was included, each file's SHA-256), so
// the record of it outlives an erasure of the client.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { appendAudit } from '../audit/chain';
import { ORG_KEY } from '../audit/data-keys';
import type { Output, ParsedInput, SubjectAccessContent } from '../contract';
import { CoreError } from '../errors';
import type { Writer } from '../records/record-service';
import { renderPdf } from '../pdf/render';
import { markReleased, reviewedContent } from './subject-draft';
import { subjectAccessPdf } from './subject-pdf';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function requireFolder(outDir: string): string {
  const problem = (message: string) => new CoreError('invalid_input', `${message} Nothing was written.`, [{ path: 'outDir', message }]);
  if (!isAbsolute(outDir)) throw problem('The folder must be given as a full (absolute) path.');
  let isDir = false;
  try {
    isDir = statSync(outDir).isDirectory();
  } catch {
    throw problem('That folder does not exist.');
  }
  if (!isDir) throw problem('That path is not a folder.');
  return outDir;
}

/** Creates the file (never replacing one), readable by its owner only, and flushes it to disk. */
function writeNew(path: string, bytes: Buffer): void {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') throw new CoreError('conflict', `${path} already exists; it was left as it is. Choose another folder.`);
    throw error;
  }
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * What leaves: the reviewed content, stamped with the release time. Whether safeguarding notes
 * were held back is the director's record (the draft and the audit), not the released copy's:
 * saying so could itself reveal a safeguarding concern (DPA 2018 Schedule 3, serious harm).
 */
function releasedCopy(content: SubjectAccessContent, at: string): SubjectAccessContent {
  return { ...content, releasedAt: at };
}

function jsonForRelease(content: SubjectAccessContent): Buffer {
  const { restricted: _r, restrictedLeftOut: _l, restrictedIncluded: _i, ...redaction } = content.redaction;
  return Buffer.from(`${JSON.stringify({ ...content, redaction }, null, 2)}\n`, 'utf8');
}

export async function releaseSubjectAccess(w: Writer, input: ParsedInput<'dataProtection.subjectAccess.release'>): Promise<Output<'dataProtection.subjectAccess.release'>> {
  const folder = requireFolder(input.outDir);
  const reviewed = reviewedContent(w, input.draftId);
  const content = releasedCopy(reviewed, w.at.toISOString());
  const json = jsonForRelease(content);
  const pdf = await renderPdf(subjectAccessPdf(content));
  const stem = `subject-access-${w.at.toISOString().slice(0, 10)}-${input.draftId.slice(0, 8)}`;
  const files = { json: join(folder, `${stem}.json`), pdf: join(folder, `${stem}.pdf`) };
  const written: string[] = [];
  try {
    writeNew(files.json, json);
    written.push(files.json);
    writeNew(files.pdf, pdf);
    written.push(files.pdf);
    w.db.transaction(() => {
      reviewedContent(w, input.draftId); // still unreleased and unchanged after the PDF was made
      markReleased(w, input.draftId);
      appendAudit(
        w.db,
        {
          actorUserId: w.user.id,
          action: 'subject-access.release',
          entity: 'person',
          entityId: content.subject.id,
          keyId: ORG_KEY,
          before: null,
          after: {
            draftId: input.draftId,
            caseIds: content.cases.map((c) => c.id),
            records: content.cases.reduce((n, c) => n + c.records.length, 0),
            restricted: content.redaction.restricted,
            restrictedLeftOut: content.redaction.restrictedLeftOut,
            restrictedIncluded: content.redaction.restrictedIncluded,
            redactions: { thirdPartyMentions: content.redaction.thirdPartyMentions, staffMentions: content.redaction.staffMentions, extraPhrases: content.redaction.extraPhrases },
            files: [{ name: `${stem}.json`, sha256: sha256(json) }, { name: `${stem}.pdf`, sha256: sha256(pdf) }],
          },
        },
        w.at,
      );
    })();
  } catch (error) {
    for (const file of written) rmSync(file, { force: true }); // only what this release created
    throw error;
  }
  return { json: { path: files.json, sha256: sha256(json) }, pdf: { path: files.pdf, sha256: sha256(pdf) }, releasedAt: content.releasedAt ?? w.at.toISOString() };
}
