// The casework end to end, on a store built through the API (the demo organisation's casework
// changes as it grows; this flow must not): the clinical lead finds Craig Nankervis's missed
// sessions (SESS-1) on their home queue, is refused a proposal citing his self-harm disclosure
// (G-2), records the risk and safeguarding check W-7 needs, assesses W-7 as met with the
// counsellor's view and proposes the withdrawal; the director finds the proposal on "To decide and
// sign", approves it on the Checklist tab, and the case's status tag and its audit trail show it.
import type { Page } from '@playwright/test';
import type { Input, MethodName, Output } from '../../electron/core/contract';
import type { CoreHost } from './support/core-host-types';
import { expect, test } from './support/fixtures';
import { lock, unlock } from './support/ui';

const DIRECTOR = { fullName: 'Helen Treloar', login: 'htreloar', passphrase: 'granite harbour lantern 7' };
const LEAD = { fullName: 'Dr Ruth Menheniott', login: 'rmenheniott', passphrase: 'quarry lantern velvet 77' };

async function ok<M extends MethodName>(core: CoreHost, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await core.invoke(method, input);
  if (!result.ok) throw new Error(`${method} refused: ${result.error.message}`);
  return result.value;
}

/**
 * The organisation, its clinical lead (passphrase chosen), a counsellor, and a short-term
 * counselling case with three sessions missed within three months and a self-harm disclosure.
 * Leaves the core locked, as the app finds it at start.
 */
async function buildStore(core: CoreHost): Promise<void> {
  await ok(core, 'session.setup', { organisation: { name: 'Westcountry Counselling Trust', address: '4 Lemon Quay\nTruro\nTR1 2LW' }, director: DIRECTOR });
  const added = await ok(core, 'users.add', { fullName: LEAD.fullName, login: LEAD.login, role: 'clinical_lead' });
  const counsellor = await ok(core, 'people.addStaff', { fullName: 'Sarah Vosper', staffRole: 'counsellor' });
  const director = (await ok(core, 'people.listStaff', {})).find((p) => p.staffRole === 'director');
  if (!director) throw new Error('The director has no staff person');
  const kase = await ok(core, 'cases.create', { clientName: 'Craig Nankervis', service: 'counselling_short_term', startDate: '2026-08-05', allocatedWorkerId: counsellor.id, clientManagerId: director.id });
  for (const day of ['2026-09-02', '2026-09-23', '2026-10-14']) {
    await ok(core, 'records.create', { caseId: kase.id, type: 'session', occurredAt: `${day}T17:00:00Z`, fact: 'Craig did not attend and did not call.', details: { workerId: counsellor.id, kind: 'Counselling session', location: 'practice', outcome: 'did_not_attend' } });
  }
  await ok(core, 'records.create', { caseId: kase.id, type: 'safeguarding_note', occurredAt: '2026-09-30T18:10:00Z', fact: 'Craig said he had thought about not being here any more; no plan. Crisis numbers given.', significant: true, details: { concern: 'suicide_or_self_harm_disclosure', reportRequired: false } });
  await ok(core, 'session.lock', {});
  await ok(core, 'session.unlock', { login: LEAD.login, passphrase: added.oneTimePassphrase });
  await ok(core, 'session.changePassphrase', { current: added.oneTimePassphrase, next: LEAD.passphrase });
  await ok(core, 'session.lock', {});
}

/** Opens a Naive UI select and clicks the option whose whole text is `label`. */
async function pick(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await page.locator('.n-base-select-option').filter({ hasText: exact, visible: true }).first().click();
  await expect(page.getByTestId(testId)).toContainText(label);
}

/** A full-page picture in /tmp, once Naive UI's transitions have settled, to look at. */
async function snap(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(350);
  await page.screenshot({ path: `/tmp/checklist-${name}.png`, fullPage: true });
}

test('a counselling withdrawal for missed sessions: risk check, assessment and proposal by the clinical lead, decision by the director', async ({ app: page, core }) => {
  test.setTimeout(300_000);
  await buildStore(core);
  await page.reload();
  await unlock(page, LEAD.login, LEAD.passphrase);

  // "To assess": Craig's missed sessions ask for the risk and safeguarding check before W-7's
  // assessment, and are flagged.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('To assess');
  const waiting = page.getByTestId('queue-item').filter({ hasText: 'Craig Nankervis' });
  await expect(waiting).toHaveAttribute('data-kind', 'assessment_needed');
  await expect(waiting.getByTestId('queue-item-sentence')).toContainText('W-7 Missed sessions (SESS-1): first a risk and safeguarding check');
  const craig = page.getByTestId('queue-case').filter({ hasText: 'Craig Nankervis' });
  await expect(craig.locator('[data-testid="queue-flag"][data-flag="SESS-1"]')).toBeVisible();
  await snap(page, '1-clinical-lead-home');

  // Craig's Checklist tab: W-7 is not met yet, for want of the risk and safeguarding check.
  await craig.getByRole('link', { name: /Craig Nankervis/ }).click();
  await page.getByTestId('tab-checklist').click();
  const w7 = page.locator('[data-testid="criterion"][data-criterion="W-7"]');
  await expect(w7.getByTestId('criterion-state')).toHaveText('Not met');
  await expect(w7.getByTestId('criterion-prerequisite')).toContainText('✗ Not yet: a risk and safeguarding check');
  await expect(page.getByTestId('action-warn')).toHaveCount(0);

  // A proposal resting on the self-harm disclosure is refused (G-2), beside the form, keeping what was typed.
  await page.getByTestId('action-propose').click();
  await pick(page, 'propose-outcome', 'Withdraw the service');
  await page.getByTestId('propose-criterion-W-7').click();
  await page.getByTestId('propose-evidence').click();
  await page.locator('.n-base-select-option', { hasText: 'Safeguarding: suicide or self harm disclosure' }).click();
  // A multiple select stays open for more choices: Escape closes it, as a person would.
  await page.keyboard.press('Escape');
  await page.getByTestId('propose-rationale').fill('Missed sessions, and the disclosure.');
  await pick(page, 'propose-need', 'No');
  await page.getByTestId('propose-form-submit').click();
  await expect(page.getByTestId('propose-form-alert')).toContainText('G-2 (Sue Lambert Trust');
  await expect(page.getByTestId('propose-form-alert')).toContainText('a suicide or self-harm disclosure is never grounds for withdrawal');
  await expect(page.getByTestId('propose-rationale')).toHaveValue('Missed sessions, and the disclosure.');
  await snap(page, '2-guard-refusal');
  await page.getByTestId('propose-form-cancel').click();

  await page.getByTestId('action-risk').click();
  await page.getByTestId('risk-risks').fill('Talked with Craig and with Sarah: no current risk; he has his sister and the crisis numbers.');
  await page.getByTestId('risk-concerns').click();
  await page.getByTestId('risk-action').fill('Sarah will offer a final session to talk about ending and other support.');
  await page.getByTestId('risk-form-submit').click();
  await expect(page.getByTestId('casework-done')).toHaveText('The risk and safeguarding check is recorded.');
  await expect(w7.getByTestId('criterion-state')).toHaveText('Needs a judgement');
  await expect(w7.getByTestId('criterion-prerequisite')).toContainText('✓ Satisfied');

  await page.getByTestId('action-assess').click();
  await pick(page, 'assess-criterion', 'W-7 Missed sessions (SESS-1)');
  await pick(page, 'assess-finding', 'Met');
  await page.getByTestId('assess-counsellor-view').fill('Sarah thinks Craig is not able to commit to weekly sessions now and would be better served by a drop-in.');
  await page.getByTestId('assess-rationale').fill('Three sessions missed without due cause within three months; the risk check found no current risk.');
  await snap(page, '3-assessment-form');
  await page.getByTestId('assess-form-submit').click();
  await expect(w7.getByTestId('criterion-state')).toHaveText('Met');
  await expect(w7.getByTestId('criterion-assessment')).toContainText('Assessed as met by Dr Ruth Menheniott (Clinical lead)');

  // The proposal: W-7, the records behind it, reasonable adjustments asked.
  await page.getByTestId('action-propose').click();
  await pick(page, 'propose-outcome', 'Withdraw the service');
  await page.getByTestId('propose-criterion-W-7').click();
  await page.getByTestId('propose-evidence-suggested').click();
  await expect(page.getByTestId('propose-evidence')).toContainText('did not attend');
  await page.getByTestId('propose-rationale').fill('Craig has missed three planned sessions without due cause in three months (Sue Lambert 4.5), after a risk and safeguarding check.');
  await pick(page, 'propose-need', 'No');
  await page.getByTestId('propose-form-submit').click();
  const proposal = page.getByTestId('proposal');
  await expect(proposal.getByTestId('proposal-stage')).toHaveText("Awaiting the director's decision");
  await expect(proposal.getByTestId('proposal-consultation')).toContainText('Clinical lead: approved');
  await expect(page.getByTestId('case-status')).toHaveText('Under review');
  await snap(page, '4-clinical-lead-checklist');

  // The director: the proposal waits on "To decide and sign", and links to the Checklist tab.
  await lock(page);
  await unlock(page, DIRECTOR.login, DIRECTOR.passphrase);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('To decide and sign');
  const toDecide = page.locator('[data-testid="queue-item"][data-kind="proposal_to_decide"]').filter({ hasText: 'Craig Nankervis' });
  await expect(toDecide.getByTestId('queue-item-sentence')).toHaveText('Withdrawal of service proposed by Dr Ruth Menheniott on W-7.');
  await snap(page, '5-director-home');
  await toDecide.getByTestId('queue-item-link').click();
  await expect(page.getByTestId('tab-checklist')).toHaveAttribute('aria-current', 'true');

  await page.getByTestId('proposal-decide').click();
  await pick(page, 'decide-approve', 'Approve the proposal');
  await page.getByTestId('decide-reasons').fill('Approved under Sue Lambert 4.5 on the clinical lead’s assessment; Craig is offered a final session and details of drop-in support.');
  await page.getByTestId('decide-form-submit').click();
  await expect(proposal.getByTestId('proposal-stage')).toHaveText('Approved');
  await expect(proposal.getByTestId('proposal-decision')).toContainText('Director: approved');
  await expect(page.getByTestId('case-status')).toHaveText('Withdrawn');
  await expect(page.locator('[data-testid="ladder-row"][data-criterion="W-7"]')).toHaveAttribute('data-step', 'decided');

  // The audit trail: the clinical lead's steps, the director's decision and the status change.
  const trail = page.getByTestId('case-audit-entry');
  await expect(trail.filter({ hasText: 'Decided a proposal' })).toContainText('Helen Treloar');
  // Newest first: the decision's status change (to withdrawn) heads the trail.
  await expect(trail.first()).toContainText("The case's status changed");
  await expect(trail.first()).toContainText('Helen Treloar');
  for (const what of ['Recorded a risk and safeguarding check', "Recorded the clinical lead's assessment", 'Proposed an outcome']) {
    await expect(trail.filter({ hasText: what })).toContainText('Dr Ruth Menheniott');
  }
  await snap(page, '6-director-decided');
  await page.getByTestId('checklist-audit').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/checklist-7-audit-trail.png' });
});
