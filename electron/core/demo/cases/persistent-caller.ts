// The respectful-communication policy's "scattergun" pattern: the same question about the same
// issue by the helpline, the service inbox and two support workers on five working days running,
// without saying others had been asked; lengthy emails; copies of unrelated emails; a remark
// that read as a threat. Then a conversation about it and a communication agreement, which she
// breaks within the week (COMM-6): the same question to the helpline and to Kerry's own email.
// The client manager proposes blocking those two lines (W-8: a restriction of contact channels,
// never a withdrawal); the proposal waits for the director's decision.
import { recorder, type AddRecord, type DemoContext, type DemoScenario } from '../context';

/** The agreement and the contacts that broke it (the proposal's evidence). */
type Breaches = string[];

export const persistentCaller: DemoScenario = {
  name: 'An unreasonably persistent caller using several channels about the same issue',
  manager: 'clientmanager',
  async open(ctx) {
    const { api, cal, staff } = ctx;
    const kase = await api('cases.create', {
      clientName: 'Deborah Retallick',
      clientPhone: '07700 900587',
      clientEmail: 'd.retallick@example.net',
      clientAddress: '17 Trelawney Road\nCamborne\nTR14 7QF',
      service: 'information_advice',
      startDate: cal.date(70),
      allocatedWorkerId: staff.kerry,
      clientManagerId: staff.daniel,
    });
    await api('people.addClientSide', { caseId: kase.id, kind: 'student', fullName: 'Ellie Retallick', asStudent: true });
    await api('cases.update', { caseId: kase.id, boundariesExplainedOn: cal.date(70) });
    const breaches: Breaches = [];
    return {
      caseId: kase.id,
      chronicle: () => chronicle(ctx, recorder(ctx, kase.id), kase.clientId, breaches),
      casework: { clientmanager: () => proposeRestriction(ctx, kase.id, breaches) },
    };
  },
};

async function chronicle(ctx: DemoContext, add: AddRecord, deborah: string, breaches: Breaches): Promise<void> {
  const { cal, staff } = ctx;
  const placement = await add({
    type: 'issue',
    occurredAt: cal.at(42, '11:00'),
    fact: 'Deborah asked for advice on the draft amended EHC plan, which names a special school rather than Ellie’s current mainstream primary in section I.',
    details: { title: 'EHC plan: school named in section I', openedOn: cal.date(42) },
  });
  const wording = await add({
    type: 'issue',
    occurredAt: cal.at(35, '14:00'),
    fact: 'Deborah asked how to challenge the wording of section I of the draft plan.',
    details: { title: 'Wording of section I', openedOn: cal.date(35) },
  });
  await ctx.api('issues.merge', { keepId: placement.id, mergeId: wording.id, reason: 'Both are the school named in section I of the same draft plan: one issue, raised twice.' });

  const base = { clientParties: [deborah], issueId: placement.id };
  await add({
    type: 'contact',
    occurredAt: cal.at(42, '11:00'),
    fact: 'Advice appointment with Kerry by video call (60 minutes). Kerry explained that the local authority must name the parent’s preferred school unless one of the legal exceptions applies, and that the routes to challenge a final plan are mediation and then an appeal to the tribunal. She agreed to email a summary.',
    details: { ...base, medium: 'video_call', line: 'approved_video_platform', direction: 'to_client', staffParties: [staff.kerry], requestedByService: true, purpose: 'tuition_or_support', bringsNewInformation: true, length: { unit: 'minutes', value: 60 } },
  });

  // Five working days running, a fortnight ago: the same question, every channel.
  await add({
    type: 'contact',
    occurredAt: cal.on(2, 1, '09:05'),
    fact: 'Deborah phoned the helpline and asked whether the local authority can refuse to name Ellie’s current school. Nathan gave the same advice Kerry had given and emailed on her appointment. Deborah did not mention that appointment until Nathan asked.',
    analysis: 'The same question, with the same answer, a third time in two weeks.',
    details: { ...base, medium: 'phone_call', line: 'helpline', direction: 'from_client_side', staffParties: [staff.nathan], purpose: 'enquiry', length: { unit: 'minutes', value: 25 } },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(2, 1, '14:30'),
    fact: 'Email from Deborah to the service inbox (about 1,850 words) setting out the history of Ellie’s plan since reception and asking the same question about section I.',
    details: { ...base, medium: 'email', line: 'service_inbox', direction: 'from_client_side', purpose: 'enquiry', length: { unit: 'words', value: 1850 } },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(2, 2, '08:50'),
    fact: 'Email from Deborah to Kerry directly (about 2,300 words) asking the same question again. It did not say that she had phoned the helpline or written to the service inbox the day before.',
    details: { ...base, medium: 'email', line: 'company_email', direction: 'from_client_side', staffParties: [staff.kerry], purpose: 'enquiry', length: { unit: 'words', value: 2300 } },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(2, 2, '16:10'),
    fact: 'Deborah forwarded to the service inbox her email to the school about a change of taxi driver.',
    analysis: 'Not about the outcomes we are supporting; no reply needed.',
    details: { clientParties: [deborah], medium: 'email', line: 'service_inbox', direction: 'from_client_side', purpose: 'other', copiedInWithoutNeed: true, length: { unit: 'words', value: 240 } },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(2, 3, '10:20'),
    fact: 'Deborah phoned the helpline, asked for “someone other than Nathan” and asked the section I question again. Kerry took the call and gave the same advice. Deborah said “so you all read from the same script, then”.',
    analysis: 'She appears to be checking whether different advisers give the same answer, which the policy names as one of the scattergun behaviours.',
    details: { ...base, medium: 'phone_call', line: 'helpline', direction: 'from_client_side', staffParties: [staff.kerry], purpose: 'enquiry', toneMarkers: ['sarcastic'], length: { unit: 'minutes', value: 40 } },
  });
  const thursday = await add({
    type: 'contact',
    occurredAt: cal.on(2, 4, '11:00'),
    fact: 'Deborah phoned and asked for Nathan by name, asked the same question and called Kerry “clueless”. Nathan said he would not discuss a colleague in those terms and repeated the advice.',
    details: { ...base, medium: 'phone_call', line: 'helpline', direction: 'from_client_side', staffParties: [staff.nathan], purpose: 'enquiry', toneMarkers: ['rude'], length: { unit: 'minutes', value: 18 } },
  });
  await ctx.api('records.correct', {
    recordId: thursday.id,
    expectedVersion: 1,
    reason: 'The call came through the main desk, not the helpline: checked against the call log.',
    type: 'contact',
    occurredAt: thursday.occurredAt,
    fact: thursday.fact,
    details: { ...base, medium: 'phone_call', line: 'main_desk_phone', direction: 'from_client_side', staffParties: [staff.nathan], purpose: 'enquiry', toneMarkers: ['rude'], length: { unit: 'minutes', value: 18 } },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(2, 5, '15:45'),
    fact: 'Email from Deborah to the service inbox (about 3,100 words), copied to Kerry, repeating the question. It says the staff “will regret” their advice and that she will “make sure everyone knows your names”.',
    analysis: 'Kerry read the last line as a threat and was upset by it. It is the fifth working day running on the same issue.',
    significant: true,
    details: { ...base, medium: 'email', line: 'service_inbox', direction: 'from_client_side', staffParties: [staff.kerry], purpose: 'enquiry', toneMarkers: ['rude', 'threatening'], length: { unit: 'words', value: 3100 } },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(2, 5, '17:20'),
    fact: 'Deborah forwarded to the service inbox an email exchange with Ellie’s dentist about appointment times.',
    details: { clientParties: [deborah], medium: 'email', line: 'service_inbox', direction: 'from_client_side', purpose: 'other', copiedInWithoutNeed: true, length: { unit: 'words', value: 410 } },
  });

  await add({
    type: 'contact',
    occurredAt: cal.on(1, 1, '10:00'),
    fact: 'Daniel phoned Deborah about her contact with the service the week before: the same question by four routes on five working days running, the copied-in emails, and the remarks about staff. He explained that the advice will not change because the law has not, and proposed a single point of contact and a weekly call. Deborah said she had “only wanted to be sure” and agreed to try it.',
    analysis: 'Deborah has a genuine and ongoing issue and is entitled to our support with it; the concern is the manner and frequency of contact, not that she is challenging the plan.',
    significant: true,
    details: { ...base, medium: 'phone_call', line: 'main_desk_phone', direction: 'to_client', staffParties: [staff.daniel], requestedByService: true, purpose: 'other', length: { unit: 'minutes', value: 30 } },
  });
  const agreement = await add({
    type: 'communication_agreement',
    occurredAt: cal.on(1, 2, '12:00'),
    fact: 'Communication agreement sent to Deborah by email and letter after the call with Daniel.',
    details: {
      singlePointOfContactId: staff.kerry,
      agreedFrequency: 'One call a week with Kerry (Tuesdays, 10:00 to 10:30); emails to the service inbox answered within five working days.',
      allowedChannels: ['service_inbox', 'main_desk_phone'],
      onlyNewIssuesAnswered: true,
      ignoredUnlessRelevantToOpenIssue: true,
      styleRequirement: 'No remarks about staff personally, and nothing that could be read as a threat.',
      startsOn: cal.dateOn(1, 2),
      reviewOn: cal.date(cal.weekday(1, 2) - 56),
    },
  });

  // Within the week (Thursday and Friday: always after the agreement, whatever today is). Each is
  // checked for new information and safeguarding concerns, as contact under an agreement must be.
  const helpline = await add({
    type: 'contact',
    occurredAt: cal.on(1, 4, '09:15'),
    fact: 'Deborah phoned the helpline and asked Nathan the section I question again. Nathan reminded her of the agreement and that Kerry will call on Tuesday; he gave the same advice.',
    details: { ...base, medium: 'phone_call', line: 'helpline', direction: 'from_client_side', staffParties: [staff.nathan], purpose: 'enquiry', restrictionChecked: true, length: { unit: 'minutes', value: 15 } },
  });
  const email = await add({
    type: 'contact',
    occurredAt: cal.on(1, 5, '16:40'),
    fact: 'Email from Deborah to Kerry’s own address (about 600 words) asking the section I question again and asking Kerry to reply before the weekend.',
    details: { ...base, medium: 'email', line: 'company_email', direction: 'from_client_side', staffParties: [staff.kerry], purpose: 'enquiry', restrictionChecked: true, length: { unit: 'words', value: 600 } },
  });
  breaches.push(agreement.id, helpline.id, email.id);
}

/** Daniel proposes blocking the helpline and staff email addresses; the service inbox and the weekly call stay. */
async function proposeRestriction(ctx: DemoContext, caseId: string, breaches: Breaches): Promise<void> {
  await ctx.api('decisions.propose', {
    caseId,
    outcome: 'restrict',
    criteria: ['W-8'],
    evidence: breaches,
    rationale: 'Within days of agreeing to one weekly call with Kerry and the service inbox, Deborah asked the same question by the helpline and by Kerry’s own email. Blocking those two lines keeps her support on the issue (the weekly call, the inbox) while ending the scattergun contact.',
    restriction: { blockedLines: ['helpline', 'company_email'] },
    adjustments: {
      needOrDisability: false,
      explainsBehaviour: false,
      details: 'Asked on the call with Daniel: Deborah has no communication or support need or disability she wishes the service to take into account; her anxiety is about the plan, which the weekly call addresses.',
    },
  });
}
