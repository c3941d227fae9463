// The Checklist tab's per-item forms through a real core: the clinical lead refuses a proposal
// and the director's approval of it is then refused (G-4) beside the decision form; an appeal
// against a verbal warning is lodged by the client manager, assigned by the director and upheld
// by the appeals officer, after which the warning no longer stands and the case is active again;
// a restriction of contact channels on W-8 is proposed, decided and lifted at review.
import './support/resize-observer';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { addDays, format, parseISO } from 'date-fns';
import { todayIso } from '../../src/dates';
import { contact, ok, seedCase, type SeededCase } from './support/case-seed';
import { counsellingCase, missedSessions, NO_NEED } from './support/casework-seed';
import { addUser, signInAs } from './support/flag-seed';
import { DIRECTOR } from './support/people';
import { byTestId, click, mountApp, submitFormOf, typeInto, type MountedApp } from './support/mount-app';
import { installBridge, openRealCore } from './support/real-core';

let host: CoreHost;
let app: MountedApp | undefined;
let seed: SeededCase;

beforeEach(async () => {
  host = await openRealCore();
  installBridge(host);
  seed = await seedCase(host);
});

afterEach(() => {
  app?.unmount();
  app = undefined;
  host.dispose();
});

const squash = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() ?? '';
const proposal = () => document.querySelector<HTMLElement>('[data-testid="proposal"]');
const appeal = () => document.querySelector<HTMLElement>('[data-testid="appeal"]');

/** Opens a select and clicks the option whose whole text is `label`, waiting for the menu. */
async function pick(testId: string, label: string): Promise<void> {
  const selection = byTestId(testId)?.querySelector<HTMLElement>('.n-base-selection');
  if (!selection) throw new Error(`No select with data-testid="${testId}"`);
  selection.click();
  const option = await vi.waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.n-base-select-option')].findLast((o) => o.textContent?.trim() === label);
    if (!found) throw new Error(`No option "${label}" in ${testId}`);
    return found;
  });
  option.click();
  await flushPromises();
}

async function remount(path: string, user?: { login: string; passphrase: string }): Promise<void> {
  app?.unmount();
  await signInAs(host, user ?? { login: DIRECTOR.login, passphrase: DIRECTOR.passphrase });
  app = await mountApp(path);
}

describe('the Checklist tab, item by item', () => {
  it("records the clinical lead's refusal; the director's approval is then refused beside the decision form (G-4)", { timeout: 90_000 }, async () => {
    const lead = await addUser(host, 'Rhiannon Pryce', 'rpryce', 'clinical_lead');
    const kase = await counsellingCase(host, seed, 'Eira Jenkin');
    const sessions = await missedSessions(host, seed, kase, ['2026-09-02', '2026-09-23', '2026-10-14']);
    await ok(host, 'decisions.propose', { caseId: kase.id, outcome: 'withdraw', criteria: ['W-7'], evidence: sessions, rationale: 'Three sessions missed.', adjustments: NO_NEED });

    await remount(`/cases/${kase.id}?tab=checklist`, lead);
    await vi.waitFor(() => expect(proposal()?.dataset.stage).toBe('awaiting_clinical_lead'));
    expect(byTestId('proposal-decide')).toBeNull();
    click('proposal-consult');
    await flushPromises();
    await pick('consult-approves', 'Refuse');
    typeInto('consult-rationale', 'No risk and safeguarding check yet, and the disclosure weighs against a discharge.');
    typeInto('consult-counsellor-view', 'Helen wants to try a different time of day first.');
    submitFormOf('consult-rationale');
    await vi.waitFor(() => expect(proposal()?.dataset.stage).toBe('refused_by_clinical_lead'));
    expect(squash(proposal()?.querySelector('[data-testid="proposal-consultation"]')?.textContent)).toContain('Clinical lead: refused — Rhiannon Pryce (Clinical lead)');
    expect(squash(proposal()?.querySelector('[data-testid="proposal-consultation"]')?.textContent)).toContain("Counsellor's view: Helen wants to try a different time of day first.");
    expect(byTestId('proposal-done')?.textContent).toBe('You refused the proposal.');
    expect(byTestId('proposal-consult')).toBeNull();

    await remount(`/cases/${kase.id}?tab=checklist`);
    await vi.waitFor(() => expect(byTestId('proposal-decide')).not.toBeNull());
    click('proposal-decide');
    await flushPromises();
    typeInto('decide-reasons', 'Withdrawn for missed sessions.');
    submitFormOf('decide-reasons');
    await vi.waitFor(() => expect(squash(byTestId('decide-form-alert')?.textContent)).toContain('G-4 (Sue Lambert Trust'));
    expect(squash(byTestId('decide-form-alert')?.textContent)).toContain('the clinical lead refused this proposal');
    expect(byTestId<HTMLTextAreaElement>('decide-reasons')?.value).toBe('Withdrawn for missed sessions.');
    expect(proposal()?.dataset.stage).toBe('refused_by_clinical_lead');
    expect(squash(byTestId('case-status')?.textContent)).toBe('Under review');

    // Rejecting it is the director's to record; the case is no longer under review.
    await pick('decide-approve', 'Reject the proposal');
    submitFormOf('decide-reasons');
    await vi.waitFor(() => expect(proposal()?.dataset.stage).toBe('rejected'));
    await vi.waitFor(() => expect(squash(byTestId('case-status')?.textContent)).toBe('Active'));
  });

  it('lodges an appeal against a verbal warning, assigns it and upholds it: the warning no longer stands and the case is active again', { timeout: 90_000 }, async () => {
    const manager = await addUser(host, 'Daniel Trevithick', 'dtrevithick', 'client_manager');
    const officer = await addUser(host, 'Jago Nance', 'jnance', 'appeals_officer');
    await ok(host, 'ladder.warn', { caseId: seed.kase.id, level: 'verbal', criteria: ['W-1'], issuedOn: todayIso(), summary: 'Calls only in the allocated times, please.', adjustments: NO_NEED });
    await ok(host, 'cases.update', { caseId: seed.kase.id, clientManagerId: manager.personId });

    // The client manager records the appeal.
    await remount(`/cases/${seed.kase.id}?tab=checklist`, manager);
    await vi.waitFor(() => expect(byTestId('action-lodge')).not.toBeNull());
    expect(squash(byTestId('case-status')?.textContent)).toBe('Warned');
    click('action-lodge');
    await flushPromises();
    await vi.waitFor(() => expect(byTestId('appeal-against')).not.toBeNull());
    const against = byTestId('appeal-against')?.querySelector<HTMLElement>('.n-base-selection');
    against?.click();
    const option = await vi.waitFor(() => {
      const found = [...document.querySelectorAll<HTMLElement>('.n-base-select-option')].findLast((o) => o.textContent?.startsWith('Verbal warning of'));
      if (!found) throw new Error('No warning to appeal against');
      return found;
    });
    option.click();
    await flushPromises();
    typeInto('appeal-grounds', 'The calls were about a timetable change the tutor had asked for.');
    submitFormOf('appeal-grounds');
    await vi.waitFor(() => expect(appeal()).not.toBeNull());
    expect(squash(appeal()?.textContent)).toContain('Appeal against Verbal warning of');
    expect(squash(appeal()?.querySelector('[data-testid="appeal-state"]')?.textContent)).toBe('Awaiting assignment');
    // A client manager neither assigns nor decides appeals.
    expect(byTestId('appeal-assign')).toBeNull();
    expect(byTestId('appeal-decide')).toBeNull();

    // The director assigns it to the appeals officer.
    await remount(`/cases/${seed.kase.id}?tab=checklist`);
    await vi.waitFor(() => expect(byTestId('appeal-assign')).not.toBeNull());
    click('appeal-assign');
    await flushPromises();
    await pick('assign-user', 'Jago Nance (Appeals officer)');
    submitFormOf('assign-user');
    await vi.waitFor(() => expect(squash(appeal()?.querySelector('[data-testid="appeal-state"]')?.textContent)).toBe('Assigned'));
    expect(squash(appeal()?.textContent)).toContain('To be decided by Jago Nance.');
    // Assigned to someone else, the director's own decision button has gone.
    expect(byTestId('appeal-decide')).toBeNull();

    // The appeals officer upholds it.
    await remount(`/cases/${seed.kase.id}?tab=checklist`, officer);
    await vi.waitFor(() => expect(byTestId('appeal-decide')).not.toBeNull());
    click('appeal-decide');
    await flushPromises();
    await pick('appeal-outcome', 'Upheld: it no longer stands');
    typeInto('appeal-reasons', 'The calls were at the tutor’s request.');
    submitFormOf('appeal-reasons');
    await vi.waitFor(() => expect(appeal()?.dataset.decided).toBe('true'));
    expect(squash(appeal()?.querySelector('[data-testid="appeal-decision"]')?.textContent)).toContain('Upheld on');
    expect(document.querySelector<HTMLElement>('[data-testid="warning"]')?.dataset.state).toBe('overturned');
    await vi.waitFor(() => expect(squash(byTestId('case-status')?.textContent)).toBe('Active'));
  });

  it('proposes a restriction of contact channels on W-8 through the form, approves it, and lifts it at review', { timeout: 90_000 }, async () => {
    const day = (offset: number) => format(addDays(parseISO(todayIso()), offset), 'yyyy-MM-dd');
    await ok(host, 'records.create', { caseId: seed.kase.id, type: 'communication_agreement', occurredAt: `${day(-60)}T10:00:00Z`, fact: 'Agreed to email the office only.', details: { allowedChannels: ['company_email'], startsOn: day(-60), reviewOn: day(60) } });
    // A call to the main desk after the agreement started breaks it (COMM-6), so W-8 is met. It was
    // checked for new information and safeguarding concerns, as contact under an agreement must be.
    const call = contact(seed, `${day(-10)}T10:00:00Z`, 'Phoned the main desk again about the same lesson time.');
    if (call.type !== 'contact') throw new Error('contact() makes a contact');
    await ok(host, 'records.create', { ...call, details: { ...call.details, restrictionChecked: true } });

    app = await mountApp(`/cases/${seed.kase.id}?tab=checklist`);
    await vi.waitFor(() => expect(document.querySelector<HTMLElement>('[data-criterion="W-8"]')?.dataset.state).toBe('met'));
    click('action-propose');
    await flushPromises();
    await pick('propose-outcome', 'Restrict contact channels');
    click('propose-criterion-W-8');
    await flushPromises();
    click('propose-evidence-suggested');
    await flushPromises();
    expect(byTestId('propose-evidence-suggested')).toBeNull();
    await pick('propose-lines', 'Main desk phone');
    typeInto('propose-rationale', 'The agreement to email only was broken; the main desk line is blocked, email stays open.');
    await pick('propose-need', 'No');
    submitFormOf('propose-rationale');
    await vi.waitFor(() => expect(proposal()?.dataset).toMatchObject({ outcome: 'restrict', stage: 'awaiting_decision' }));
    expect(squash(proposal()?.textContent)).toContain('Blocked lines: Main desk phone; review 6 months after the decision.');
    expect(squash(proposal()?.querySelector('[data-testid="proposal-evidence"]')?.textContent)).toBe('Evidence (2 records)');
    expect(proposal()?.querySelector('[data-testid="proposal-adjustments"]')?.textContent).toBe('Reasonable adjustments: no need or disability was found.');

    click('proposal-decide');
    await flushPromises();
    typeInto('decide-reasons', 'Restricted under SENDIASS: the main desk line is blocked.');
    submitFormOf('decide-reasons');
    await vi.waitFor(() => expect(proposal()?.dataset.stage).toBe('approved'));
    await vi.waitFor(() => expect(squash(byTestId('case-status')?.textContent)).toBe('Restricted'));
    const restriction = () => document.querySelector<HTMLElement>('[data-testid="restriction"][data-kind="contact_restriction"]');
    expect(restriction()?.dataset.state).toBe('in_force');
    expect(squash(restriction()?.textContent)).toContain('Contact blocked on: main desk phone.');

    restriction()?.querySelector<HTMLElement>('[data-testid="restriction-review"]')?.click();
    await flushPromises();
    await pick('review-action', 'Lift it');
    typeInto('review-reasons', 'The calls have stopped since the agreement was revisited.');
    submitFormOf('review-reasons');
    await vi.waitFor(() => expect(restriction()?.dataset.state).toBe('lifted'));
    expect(squash(restriction()?.textContent)).toContain('Lifted on');
    expect(restriction()?.querySelector('[data-testid="restriction-review"]')).toBeNull();
    await vi.waitFor(() => expect(squash(byTestId('case-status')?.textContent)).toBe('Active'));
  });
});
