// First: virtual lists need a ResizeObserver that reports a size (the chronology is one).
import './support/resize-observer';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { ok, seedCase, type SeededCase } from './support/case-seed';
import { counsellingCase, missedSessions, selfHarmDisclosure } from './support/casework-seed';
import { addUser, signInAs, type OtherUser } from './support/flag-seed';
import { byTestId, click, feedbackFor, mountApp, submitFormOf, typeInto, type MountedApp } from './support/mount-app';
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
const criterion = (id: string) => document.querySelector<HTMLElement>(`[data-testid="criterion"][data-criterion="${id}"]`);
const stateOf = (id: string) => squash(criterion(id)?.querySelector('[data-testid="criterion-state"]')?.textContent);
const MISSED = ['2026-09-02', '2026-09-23', '2026-10-14'];

/**
 * Opens a select and clicks the option whose text is `label` (or, with `partial`, contains it).
 * Waits for the menu: in happy-dom a new menu can render a tick after the click.
 */
async function pick(testId: string, label: string, partial = false): Promise<void> {
  const selection = byTestId(testId)?.querySelector<HTMLElement>('.n-base-selection');
  if (!selection) throw new Error(`No select with data-testid="${testId}"`);
  selection.click();
  const matches = (o: HTMLElement) => (partial ? o.textContent?.includes(label) : o.textContent?.trim() === label);
  const option = await vi.waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.n-base-select-option')].findLast(matches);
    if (!found) throw new Error(`No option "${label}" in ${testId}`);
    return found;
  });
  option.click();
  await flushPromises();
}

async function asClinicalLead(): Promise<OtherUser> {
  const lead = await addUser(host, 'Rhiannon Pryce', 'rpryce', 'clinical_lead');
  await signInAs(host, lead);
  return lead;
}

describe('the Checklist tab', () => {
  it('shows every criterion with its state in words, its sentence, its prerequisites and its evidence', { timeout: 60_000 }, async () => {
    const kase = await counsellingCase(host, seed, 'Eira Jenkin');
    const sessions = await missedSessions(host, seed, kase, MISSED);

    app = await mountApp(`/cases/${kase.id}?tab=checklist`);
    await vi.waitFor(() => expect(criterion('W-7')).not.toBeNull());
    expect([...document.querySelectorAll<HTMLElement>('[data-testid="criterion"]')].map((c) => c.dataset.criterion)).toEqual(['W-1', 'W-2', 'W-3', 'W-4', 'W-5', 'W-6', 'W-7', 'W-8']);

    // W-7: the missed sessions are found, but the risk check it needs is not recorded yet.
    expect(stateOf('W-7')).toBe('Not met');
    expect(criterion('W-7')?.querySelector('[data-testid="criterion-summary"]')?.textContent).toContain('3 planned sessions were missed');
    const prerequisite = criterion('W-7')?.querySelector<HTMLElement>('[data-testid="criterion-prerequisite"]');
    expect(prerequisite?.dataset.satisfied).toBe('false');
    expect(squash(prerequisite?.textContent)).toMatch(/^✗ Not yet: a risk and safeguarding check recorded on or after 2 September 2026/);
    expect(squash(criterion('W-7')?.querySelector('[data-testid="criterion-no-assessment"]')?.textContent)).toBe('No assessment by the clinical lead yet.');
    expect(squash(criterion('W-3')?.querySelector('[data-testid="criterion-prerequisite"]')?.textContent)).toMatch(/^✓ Satisfied:/);

    // The ladder and the casework lists start empty; the director sees the case's audit trail.
    expect(document.querySelector<HTMLElement>('[data-testid="ladder-row"][data-criterion="W-1"]')?.dataset.step).toBe('none');
    expect(byTestId('warnings-none')).not.toBeNull();
    await vi.waitFor(() => expect(document.querySelectorAll('[data-testid="case-audit-entry"][data-action="record.create"]')).toHaveLength(3));

    // The evidence opens the chronology on exactly those records.
    criterion('W-7')?.querySelector<HTMLAnchorElement>('[data-testid="criterion-evidence"]')?.click();
    await vi.waitFor(() => expect(app?.router.currentRoute.value.query).toMatchObject({ tab: 'chronology', records: sessions.join(','), flag: 'W-7' }));
    await vi.waitFor(() => expect(squash(byTestId('chronology-evidence')?.textContent)).toContain('Showing the 3 records behind W-7'));
  });

  it('says the counselling criteria do not apply to a tuition case, and offers no assessment there', { timeout: 60_000 }, async () => {
    app = await mountApp(`/cases/${seed.kase.id}?tab=checklist`);
    await vi.waitFor(() => expect(criterion('W-4')).not.toBeNull());
    for (const id of ['W-4', 'W-5', 'W-6', 'W-7']) expect(stateOf(id)).toBe('Not applicable');
    expect(stateOf('W-1')).toBe('Not met');
    // Applicable criteria come first.
    expect([...document.querySelectorAll<HTMLElement>('[data-testid="criterion"]')].map((c) => c.dataset.criterion)).toEqual(['W-1', 'W-2', 'W-3', 'W-8', 'W-4', 'W-5', 'W-6', 'W-7']);
    expect(byTestId('action-warn')).not.toBeNull();
    expect(byTestId('action-assess')).toBeNull();
    expect(byTestId('action-risk')).toBeNull();
  });

  it("records the clinical lead's assessment through the form: W-7 is met, with who, the rationale and the counsellor's view", { timeout: 60_000 }, async () => {
    const kase = await counsellingCase(host, seed, 'Eira Jenkin');
    await missedSessions(host, seed, kase, MISSED);
    await asClinicalLead();
    await ok(host, 'checklist.riskCheck', { caseId: kase.id, checkedOn: '2026-10-20', risks: 'Spoke with the client: no current risk.', safeguardingConcerns: false });

    app = await mountApp(`/cases/${kase.id}?tab=checklist`);
    await vi.waitFor(() => expect(stateOf('W-7')).toBe('Needs a judgement'));
    // Only what the contract allows a clinical lead: no warning, and no audit trail.
    expect(byTestId('action-warn')).toBeNull();
    expect(byTestId('checklist-audit')).toBeNull();

    click('action-assess');
    await flushPromises();
    await pick('assess-criterion', 'W-7 Missed sessions (SESS-1)');
    await pick('assess-finding', 'Met');
    typeInto('assess-counsellor-view', 'Helen thinks the client is not ready to engage now.');
    typeInto('assess-rationale', 'Three sessions missed without due cause; the risk check found no current risk.');
    submitFormOf('assess-rationale');

    await vi.waitFor(() => expect(stateOf('W-7')).toBe('Met'));
    const assessment = squash(criterion('W-7')?.querySelector('[data-testid="criterion-assessment"]')?.textContent);
    expect(assessment).toContain('Assessed as met by Rhiannon Pryce (Clinical lead)');
    expect(assessment).toContain('Rationale: Three sessions missed without due cause');
    expect(assessment).toContain("Counsellor's view: Helen thinks the client is not ready to engage now.");
    expect(byTestId('assess-form')).toBeNull();
    expect(byTestId('casework-done')?.textContent).toBe('Your assessment of W-7 is recorded.');
    expect(criterion('W-7')?.querySelector('[data-testid="criterion-prerequisite"]')?.getAttribute('data-satisfied')).toBe('true');
    // The risk check behind that prerequisite is listed with who recorded it.
    const check = document.querySelector<HTMLElement>('[data-testid="risk-check"]');
    expect(check?.dataset.concerns).toBe('false');
    expect(squash(check?.textContent)).toContain('Checked on 20 Oct 2026');
    expect(squash(check?.textContent)).toContain('No safeguarding concerns found');
    expect(squash(check?.textContent)).toContain('Recorded by Rhiannon Pryce (Clinical lead)');
  });

  it("shows the core's guard refusal beside the form and keeps what was typed (G-2: a self-harm disclosure is never evidence)", { timeout: 60_000 }, async () => {
    const kase = await counsellingCase(host, seed, 'Eira Jenkin');
    await selfHarmDisclosure(host, kase, '2026-10-01');
    await asClinicalLead();

    app = await mountApp(`/cases/${kase.id}?tab=checklist`);
    await vi.waitFor(() => expect(byTestId('action-assess')).not.toBeNull());
    click('action-assess');
    await flushPromises();
    await pick('assess-criterion', "W-6 The client's behaviour is having a negative impact on the counsellor");
    await pick('assess-finding', 'Met');
    typeInto('assess-counsellor-view', 'The sessions are very hard for me.');
    typeInto('assess-rationale', 'The disclosure weighs on the counsellor.');
    await pick('assess-evidence', 'Safeguarding: suicide or self harm disclosure', true);
    submitFormOf('assess-rationale');

    await vi.waitFor(() => expect(byTestId('assess-form-alert')).not.toBeNull());
    const alert = squash(byTestId('assess-form-alert')?.textContent);
    expect(alert).toMatch(/G-2 \(Sue Lambert Trust.*4\.2\): a suicide or self-harm disclosure is never grounds/);
    // Beside the form, which is still open with everything typed.
    expect(byTestId('assess-form')?.contains(byTestId('assess-form-alert'))).toBe(true);
    expect(byTestId<HTMLTextAreaElement>('assess-rationale')?.value).toBe('The disclosure weighs on the counsellor.');
    expect(byTestId<HTMLTextAreaElement>('assess-counsellor-view')?.value).toBe('The sessions are very hard for me.');
    expect(squash(byTestId('assess-evidence')?.textContent)).toContain('Safeguarding: suicide or self harm disclosure');
    // Nothing was recorded.
    expect(criterion('W-6')?.querySelector('[data-testid="criterion-assessment"]')).toBeNull();
    expect((await ok(host, 'checklist.get', { caseId: kase.id })).assessments).toEqual([]);
  });

  it("records a client manager's verbal warning with the adjustments question; the header's status follows; a written warning is not offered", { timeout: 60_000 }, async () => {
    const manager = await addUser(host, 'Daniel Trevithick', 'dtrevithick', 'client_manager');
    await ok(host, 'cases.update', { caseId: seed.kase.id, clientManagerId: manager.personId });
    await signInAs(host, manager);

    app = await mountApp(`/cases/${seed.kase.id}?tab=checklist`);
    await vi.waitFor(() => expect(byTestId('action-warn')).not.toBeNull());
    expect(squash(byTestId('case-status')?.textContent)).toBe('Active');
    click('action-warn');
    await flushPromises();
    // The level menu offers an informal conversation and a verbal warning: a written one is the director's (G-5).
    await pick('warn-level', 'Verbal warning');
    const levels = [...document.querySelectorAll('.n-base-select-option')].map((o) => o.textContent?.trim());
    expect(levels).toContain('Informal conversation');
    expect(levels).not.toContain('Written warning');
    click('warn-criterion-W-1');
    typeInto('warn-summary', 'We spoke about calling only in the allocated times.');
    // Unanswered, the core says the adjustments question comes first, beside it; nothing typed is lost.
    submitFormOf('warn-summary');
    await vi.waitFor(() => expect(feedbackFor('warn-need')).toMatch(/^Before a verbal warning, record whether the client has a communication or support need/));
    expect(byTestId<HTMLTextAreaElement>('warn-summary')?.value).toBe('We spoke about calling only in the allocated times.');

    await pick('warn-need', 'No');
    submitFormOf('warn-summary');
    await vi.waitFor(() => expect(byTestId('casework-done')?.textContent).toBe('Verbal warning recorded on W-1.'));
    const warning = document.querySelector<HTMLElement>('[data-testid="warning"]');
    expect(warning?.dataset).toMatchObject({ level: 'verbal', state: 'live' });
    expect(squash(warning?.textContent)).toContain('recorded by Daniel Trevithick (Client manager)');
    expect(document.querySelector<HTMLElement>('[data-testid="ladder-row"][data-criterion="W-1"]')?.dataset.step).toBe('verbal');
    await vi.waitFor(() => expect(squash(byTestId('case-status')?.textContent)).toBe('Warned'));
    // The informal-before-formal reminder appears, as the core words it.
    expect(squash(byTestId('checklist-advisories')?.textContent)).toContain('had no informal conversation before it');
  });
});
