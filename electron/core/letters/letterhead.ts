// The organisation's letterhead (SPEC section 5): its name and address (organisation settings),
// logo, contact lines, and the appeal and complaints routes every letter states. Stored as one
// JSON value on the organisation row; the director changes it, audited (the logo by its hash).
import { createHash } from 'node:crypto';
import { appendAudit } from '../audit/chain';
import { ORG_KEY } from '../audit/data-keys';
import { letterhead, type Letterhead, type ParsedInput } from '../contract';
import { CoreError } from '../errors';
import type { Writer } from '../records/record-service';
import type { Database } from '../store/sqlite';

export interface Organisation {
  readonly name: string;
  readonly address: string;
}

export function readOrganisation(db: Database): Organisation {
  const row = db.prepare('SELECT name, address FROM organisation WHERE id = 1').get() as Organisation | undefined;
  return row ?? { name: 'The organisation', address: '' };
}

export function readLetterhead(db: Database): Letterhead {
  const row = db.prepare('SELECT letterhead FROM organisation WHERE id = 1').get() as { letterhead: string | null } | undefined;
  return letterhead.parse(row?.letterhead ? JSON.parse(row.letterhead) : {});
}

const MAX_LOGO_BYTES = 512 * 1024;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/** A logo must be what its data URL says it is: pdfmake would otherwise fail at the first letter. */
function checkLogo(logo: string | null): void {
  if (!logo) return;
  const [head, data] = logo.split(',', 2) as [string, string];
  const bytes = Buffer.from(data, 'base64');
  const fail = (message: string): never => {
    throw new CoreError('invalid_input', `The logo ${message}.`, [{ path: 'logo', message }]);
  };
  if (bytes.length > MAX_LOGO_BYTES) fail(`is ${Math.ceil(bytes.length / 1024)} KB; it must be at most 512 KB`);
  const magic = head.includes('png') ? PNG : JPEG;
  if (!bytes.subarray(0, magic.length).equals(magic)) fail(`is not a ${head.includes('png') ? 'PNG' : 'JPEG'} image`);
}

const audited = (l: Letterhead) => ({ ...l, logo: l.logo ? createHash('sha256').update(l.logo).digest('hex') : null });

export function setLetterhead(w: Writer, input: ParsedInput<'letterhead.set'>): Letterhead {
  checkLogo(input.logo);
  return w.db.transaction(() => {
    const before = readLetterhead(w.db);
    w.db.prepare('UPDATE organisation SET letterhead = ? WHERE id = 1').run(JSON.stringify(input));
    appendAudit(w.db, { actorUserId: w.user.id, action: 'letterhead.update', entity: 'organisation', entityId: null, keyId: ORG_KEY, before: audited(before), after: audited(input) }, w.at);
    return readLetterhead(w.db);
  })();
}
