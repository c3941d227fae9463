// Releasing a reviewed subject access draft: the content is rebuilt and proved to be what the
// director reviewed, then written as JSON and PDF into the folder the director named, with the
// stored PDF of each signed letter sent to the client beside them, and nowhere else (no temporary
// file: everything is made in memory first). The release is audited under the
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
import { storedLetterPdf } from './subject-letters';
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

/** A released letter's file: the release's stem, then the letter's reference ("…-TH-0001-L2.pdf"). */
const letterFileName = (stem: string, reference: string): string => `${stem}-${reference.replaceAll('/', '-')}.pdf`;

/**
 * What leaves: the reviewed content, stamped with the release time, each signed letter naming
 * the file its PDF is released in. Whether safeguarding notes
 * were held back is the director's record (the draft and the audit), not the released copy's:
 * saying so could itself reveal a safeguarding concern (DPA 2018 Schedule 3, serious harm).
 */
function releasedCopy(content: SubjectAccessContent, at: string, stem: string): SubjectAccessContent {
  const cases = content.cases.map((c) => ({ ...c, letters: c.letters.map((l) => (l.pdf ? { ...l, pdf: { ...l.pdf, fileName: letterFileName(stem, l.reference) } } : l)) }));
  return { ...content, cases, releasedAt: at };
}

function jsonForRelease(content: SubjectAccessContent): Buffer {
  const { restricted: _r, restrictedLeftOut: _l, restrictedIncluded: _i, ...redaction } = content.redaction;
  return Buffer.from(`${JSON.stringify({ ...content, redaction }, null, 2)}\n`, 'utf8');
}

export async function releaseSubjectAccess(w: Writer, input: ParsedInput<'dataProtection.subjectAccess.release'>): Promise<Output<'dataProtection.subjectAccess.release'>> {
  const folder = requireFolder(input.outDir);
  const reviewed = reviewedContent(w, input.draftId);
  const stem = `subject-access-${w.at.toISOString().slice(0, 10)}-${input.draftId.slice(0, 8)}`;
  const content = releasedCopy(reviewed, w.at.toISOString(), stem);
  const json = jsonForRelease(content);
  const pdf = await renderPdf(subjectAccessPdf(content));
  const files = { json: join(folder, `${stem}.json`), pdf: join(folder, `${stem}.pdf`) };
  // The stored bytes, which the reviewed content's SHA-256 of each already vouches for.
  const letters = content.cases.flatMap((c) => c.letters.flatMap((l) => (l.pdf?.fileName ? [{ name: l.pdf.fileName, path: join(folder, l.pdf.fileName), bytes: storedLetterPdf(w, l.id), sha256: l.pdf.sha256 }] : [])));
  for (const l of letters) if (sha256(l.bytes) !== l.sha256) throw new CoreError('conflict', `The stored PDF of letter ${l.name} no longer has its SHA-256, so nothing was released. Run letters.verify.`);
  const written: string[] = [];
  try {
    writeNew(files.json, json);
    written.push(files.json);
    writeNew(files.pdf, pdf);
    written.push(files.pdf);
    for (const l of letters) {
      writeNew(l.path, l.bytes);
      written.push(l.path);
    }
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
            letters: content.cases.flatMap((c) => c.letters.map((l) => ({ id: l.id, reference: l.reference, status: l.status }))),
            files: [{ name: `${stem}.json`, sha256: sha256(json) }, { name: `${stem}.pdf`, sha256: sha256(pdf) }, ...letters.map((l) => ({ name: l.name, sha256: l.sha256 }))],
          },
        },
        w.at,
      );
    })();
  } catch (error) {
    for (const file of written) rmSync(file, { force: true }); // only what this release created
    throw error;
  }
  return { json: { path: files.json, sha256: sha256(json) }, pdf: { path: files.pdf, sha256: sha256(pdf) }, letters: letters.map((l) => ({ path: l.path, sha256: l.sha256 })), releasedAt: content.releasedAt ?? w.at.toISOString() };
}
