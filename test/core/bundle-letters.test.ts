// Bundles carry signed letters (format 3): every signed letter, void or not, travels with its
// stored PDF, hash, render input, statement, signature and public key; a new store holds the same
// bytes and `letters.verify` passes there (its own letterhead is not involved); a second import
// matches, gains a void made since, and renumbers a letter whose number is taken; a tampered PDF
// or signature is refused, naming the letter, and nothing is written; a format 2 bundle imports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseBundle, CaseSummary, LetterType, LetterView } from '../../electron/core/contract';
import { DIRECTOR, ok, setUpStore, type TestStore } from './support/temp-store';
import { setUpTeam, type Member, type Team, type TeamClock } from './support/team';

const clock: TeamClock = { at: new Date('2026-03-01T12:00:00Z') };
const NO_NEED = { needOrDisability: false, explainsBehaviour: false };
const TEAM_PASSPHRASE = 'copper meadow violin 77';
let t: Team;
let kase: CaseSummary;
let bundle: CaseBundle;
const signed: LetterView[] = [];
const stores: TestStore[] = [];

async function freshStore(): Promise<TestStore> {
  const store = await setUpStore({ clock: { now: () => clock.at } });
  stores.push(store);
  const roles = [['clientManager', 'client_manager'], ['clinicalLead', 'clinical_lead'], ['appeals', 'appeals_officer']] as const;
  for (const [member, role] of roles) await ok(store.core, 'users.add', { fullName: t.users[member].fullName, login: t.users[member].login, role });
  return store;
}

/** Drafts a letter of the type from its first option and signs it as the member. */
async function signLetter(member: Member, type: LetterType): Promise<LetterView> {
  const { core } = t.store;
  await t.as(member);
  const option = (await ok(core, 'letters.options', { caseId: kase.id })).find((o) => o.type === type);
  expect(option, `a ${type} letter can be drafted`).toBeDefined();
  const draft = await ok(core, 'letters.draft', { caseId: kase.id, type, source: option!.source });
  return ok(core, 'letters.sign', { letterId: draft.id, expectedRevision: draft.revision, passphrase: member === 'director' ? DIRECTOR.passphrase : TEAM_PASSPHRASE });
}

const exportCase = async (): Promise<CaseBundle> => {
  await t.as('director');
  return ok(t.store.core, 'bundles.export', { caseIds: [kase.id], includeRestricted: true });
};

beforeAll(async () => {
  t = await setUpTeam(clock);
  const { core } = t.store;
  kase = await t.newCase('online_tuition', 'Dana Whitfield');
  const late = (day: string) =>
    ok(core, 'records.create', {
      caseId: kase.id,
      type: 'contact',
      occurredAt: `${day}T21:30:00Z`,
      fact: 'Phoned the tutor late in the evening.',
      details: { medium: 'phone_call', line: 'practice_mobile', direction: 'from_client_side', clientParties: [kase.clientId], staffParties: [t.tutor.id], purpose: 'tuition_or_support', withinAllocatedTimes: false },
    });
  await t.as('clientManager');
  await t.today('2026-03-24');
  const first = await late('2026-03-02');
  await ok(core, 'ladder.warn', { caseId: kase.id, level: 'informal', criteria: ['W-1'], evidence: [first.id], issuedOn: '2026-03-03', summary: 'Talked about allocated times.' });
  await late('2026-03-20');
  await ok(core, 'ladder.warn', { caseId: kase.id, level: 'verbal', criteria: ['W-1'], issuedOn: '2026-03-23', summary: 'Verbal warning about late calls.', adjustments: NO_NEED, confirmation: { on: '2026-03-24', how: 'letter' } });
  signed.push(await signLetter('clientManager', 'verbal_warning_confirmation'));
  await t.as('director');
  await t.today('2026-05-01');
  await late('2026-04-28');
  await ok(core, 'ladder.warn', { caseId: kase.id, level: 'written', criteria: ['W-1'], issuedOn: '2026-05-01', summary: 'Written warning about late calls.', adjustments: NO_NEED });
  signed.push(await signLetter('director', 'written_warning'));
  // A draft left unsigned, and another discarded: neither travels.
  await t.as('clientManager');
  const option = (await ok(core, 'letters.options', { caseId: kase.id })).find((o) => o.type === 'verbal_warning_confirmation')!;
  await ok(core, 'letters.draft', { caseId: kase.id, type: option.type, source: option.source });
  const discarded = await ok(core, 'letters.draft', { caseId: kase.id, type: option.type, source: option.source });
  await ok(core, 'letters.void', { letterId: discarded.id, reason: 'Drafted twice.' });
  bundle = await exportCase();
}, 180_000);
afterAll(() => {
  t?.store.cleanup();
  for (const s of stores) s.cleanup();
});

describe('bundles carry signed letters', () => {
  it('exports every signed letter with its PDF, hash, render input, statement, signature and public key, as format 3; drafts stay behind', async () => {
    expect(bundle.formatVersion).toBe(3);
    const [letters] = bundle.cases.map((c) => c.letters);
    expect(letters!.map((l) => [l.number, l.type, l.signed.role, l.signed.signature !== null, l.voided])).toEqual([
      [1, 'verbal_warning_confirmation', 'client_manager', false, null],
      [2, 'written_warning', 'director', true, null],
    ]);
    for (const [i, l] of letters!.entries()) {
      const preview = await ok(t.store.core, 'letters.preview', { letterId: signed[i]!.id });
      expect(l.signed.pdf).toBe(preview.pdf);
      expect(l.signed.sha256).toBe(preview.sha256);
      expect(l.id).toBe(signed[i]!.id);
      expect(l.signed.by).toBe(i === 0 ? t.users.clientManager.id : t.users.director.id);
      expect(bundle.users.map((u) => u.id)).toContain(l.signed.by);
    }
    expect(letters![1]!.signed.publicKey).toMatch(/.{20,}/);
  });

  it('round-trips into a new store byte for byte; the letters verify there, against its own letterhead; a second import matches', async () => {
    const target = await freshStore();
    await ok(target.core, 'letterhead.set', { phone: '01872 000000', email: 'other@example.org', website: '', appealDays: 14 });
    const result = await ok(target.core, 'bundles.import', { bundle: JSON.stringify(bundle) });
    expect(result.letters).toEqual({ created: 2, matched: 0, voided: 0, renumbered: [] });
    for (const l of signed) {
      const here = await ok(target.core, 'letters.get', { letterId: l.id });
      expect(here).toMatchObject({ reference: l.reference, type: l.type, status: 'signed', content: l.content, signed: { sha256: l.signed!.sha256, digitallySigned: l.signed!.digitallySigned, at: l.signed!.at } });
      expect((await ok(target.core, 'letters.preview', { letterId: l.id })).pdf).toBe((await ok(t.store.core, 'letters.preview', { letterId: l.id })).pdf);
    }
    expect(await ok(target.core, 'letters.verify', {})).toMatchObject({ checked: 2, valid: 2, failures: [] });
    const again = await ok(target.core, 'bundles.export', { caseIds: [kase.id], includeRestricted: true });
    expect(again.cases[0]!.letters.map(({ createdBy: _c, signed: { by: _b, ...s }, ...l }) => ({ ...l, s }))).toEqual(bundle.cases[0]!.letters.map(({ createdBy: _c, signed: { by: _b, ...s }, ...l }) => ({ ...l, s })));
    const audit = await ok(target.core, 'audit.verify', {});
    const second = await ok(target.core, 'bundles.import', { bundle: JSON.stringify(bundle) });
    expect(second.letters).toEqual({ created: 0, matched: 2, voided: 0, renumbered: [] });
    expect((await ok(target.core, 'audit.verify', {})).rows).toBe(audit.rows + 1); // the import itself, nothing else
  }, 120_000);

  it('on a later import, adds a void made since and renumbers a letter whose number this store has used', async () => {
    const target = await freshStore();
    await ok(target.core, 'bundles.import', { bundle: JSON.stringify(bundle) });
    // The target drafts letters of its own in the case: L3, L4 and L5 here.
    const source = bundle.cases[0]!.letters[0]!.source;
    for (const n of [3, 4, 5]) expect((await ok(target.core, 'letters.draft', { caseId: kase.id, type: 'verbal_warning_confirmation', source })).reference).toBe(`${kase.reference}/L${n}`);
    // Meanwhile the origin voids the verbal confirmation and signs another, its L5 (its draft is L3, the discarded one L4).
    await t.as('clientManager');
    await ok(t.store.core, 'letters.void', { letterId: signed[0]!.id, reason: 'Sent to the wrong address.' });
    const third = await signLetter('clientManager', 'verbal_warning_confirmation');
    expect(third.reference).toBe(`${kase.reference}/L5`);
    const later = await exportCase();
    expect(later.cases[0]!.letters.map((l) => [l.number, l.voided?.reason ?? null])).toEqual([[1, 'Sent to the wrong address.'], [2, null], [5, null]]);
    const result = await ok(target.core, 'bundles.import', { bundle: JSON.stringify(later) });
    expect(result.letters).toEqual({ created: 1, matched: 2, voided: 1, renumbered: [{ letterId: third.id, from: `${kase.reference}/L5`, to: `${kase.reference}/L6` }] });
    expect(await ok(target.core, 'letters.get', { letterId: signed[0]!.id })).toMatchObject({ status: 'void', voided: { reason: 'Sent to the wrong address.', by: { fullName: t.users.clientManager.fullName } } });
    expect(await ok(target.core, 'letters.get', { letterId: third.id })).toMatchObject({ reference: `${kase.reference}/L6`, status: 'signed' });
    expect(await ok(target.core, 'letters.verify', {})).toMatchObject({ checked: 3, valid: 3, failures: [] });
    // And again: everything matched, the void included.
    expect((await ok(target.core, 'bundles.import', { bundle: JSON.stringify(later) })).letters).toEqual({ created: 0, matched: 3, voided: 0, renumbered: [] });
  }, 120_000);

  it('refuses a letter whose PDF, hash, signature or statement was changed, naming the letter, and writes nothing', async () => {
    const target = await freshStore();
    const rows = (await ok(target.core, 'audit.verify', {})).rows;
    const written = bundle.cases[0]!.letters[1]!;
    const refuse = async (edit: (l: CaseBundle['cases'][number]['letters'][number]) => void, path: string, message: RegExp) => {
      const broken = structuredClone(bundle);
      edit(broken.cases[0]!.letters[1]!);
      const reply = await target.core.invoke('bundles.import', { bundle: JSON.stringify(broken) });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path, message: expect.stringMatching(message) }] } });
      expect(reply.ok || reply.error.message).toMatch(new RegExp(`${kase.reference}/L2 \\(written warning\\)`));
    };
    const pdf = Buffer.from(written.signed.pdf, 'base64');
    const changed = Buffer.from(pdf);
    const middle = Math.floor(changed.length / 2);
    changed.writeUInt8(changed.readUInt8(middle) ^ 0x01, middle);
    // The PDF changed, the hash left: the hash does not match.
    await refuse((l) => void (l.signed.pdf = changed.toString('base64')), 'cases[0].letters[1].signed.pdf', /does not match its SHA-256/);
    // The PDF changed and its hash with it: the signature covers the render input, so only drawing it again shows it.
    const { createHash } = await import('node:crypto');
    await refuse(
      (l) => {
        l.signed.pdf = changed.toString('base64');
        l.signed.sha256 = createHash('sha256').update(changed).digest('hex');
      },
      'cases[0].letters[1].signed.pdf',
      /is not what letter .* signed render input draws/,
    );
    // A signature that is not the director's over this statement.
    const sig = Buffer.from(written.signed.signature!, 'base64');
    sig.writeUInt8(sig.readUInt8(0) ^ 0x01, 0);
    await refuse((l) => void (l.signed.signature = sig.toString('base64')), 'cases[0].letters[1].signed.signature', /does not verify with the letter’s public key/);
    // The text changed: the render input no longer has the signed hash.
    await refuse(
      (l) => {
        const input = JSON.parse(l.signed.renderInput) as { content: { subject: string } };
        input.content.subject = 'Something else';
        l.signed.renderInput = JSON.stringify(input);
        l.content.subject = 'Something else';
      },
      'cases[0].letters[1].signed.statement',
      /does not match the render input/,
    );
    // The content beside the render input changed.
    await refuse((l) => void (l.content.subject = 'Something else'), 'cases[0].letters[1].content', /differs from what letter .* was signed with/);
    expect(await ok(target.core, 'cases.list', {})).toEqual([]);
    expect((await ok(target.core, 'audit.verify', {})).rows).toBe(rows);
  }, 120_000);

  it('never gives a signature to the importer: the signer must be a user here, in the signing role', async () => {
    const target = await setUpStore({ clock: { now: () => clock.at } });
    stores.push(target);
    const reply = await target.core.invoke('bundles.import', { bundle: JSON.stringify(bundle) });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: expect.arrayContaining([{ path: 'cases[0].letters[0].signed.by', message: expect.stringMatching(/Priya Natarajan \(login pnatarajan\), who is not a user of this store/) }]) },
    });
    await ok(target.core, 'users.add', { fullName: t.users.clientManager.fullName, login: t.users.clientManager.login, role: 'clinical_lead' });
    const wrongRole = await target.core.invoke('bundles.import', { bundle: JSON.stringify(bundle) });
    expect(wrongRole).toMatchObject({ ok: false, error: { issues: expect.arrayContaining([{ path: 'cases[0].letters[0].signed.by', message: expect.stringMatching(/who is not a client manager in this store/) }]) } });
  }, 120_000);

  it('still imports a format 2 bundle, which has no letters, and refuses letters in one', async () => {
    const v2 = { ...structuredClone(bundle), formatVersion: 2, cases: bundle.cases.map(({ letters: _, ...c }) => c) };
    const target = await freshStore();
    const withLetters = await target.core.invoke('bundles.import', { bundle: JSON.stringify({ ...v2, cases: bundle.cases }) });
    expect(withLetters).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'cases[0]', message: 'Unrecognized key: "letters"' }] } });
    const result = await ok(target.core, 'bundles.import', { bundle: JSON.stringify(v2) });
    expect(result).toMatchObject({ cases: { created: [kase.id] }, actions: { created: bundle.cases[0]!.actions.length }, letters: { created: 0, matched: 0 } });
    expect(await ok(target.core, 'letters.list', { caseId: kase.id })).toEqual([]);
  }, 120_000);
});
