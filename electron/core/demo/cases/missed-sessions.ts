// Sue Lambert 4.5: a client who fails to attend planned sessions without due cause, three times
// within three months; and, on the same case, a disclosure that makes any decision about missed
// sessions a careful one (4.2: the service continues). The safeguarding note is restricted.
// Before any discharge for non-attendance the clinical lead records a risk and safeguarding check
// (W-7's prerequisite); her assessment of W-7, with Sarah's view, is still to come, so the case is
// in her "To assess" queue.
import { recorder, type AddRecord, type DemoContext, type DemoScenario } from '../context';

type Outcome = 'attended' | 'did_not_attend' | 'cancelled_by_client_with_due_cause' | 'cancelled_by_client_without_due_cause';

/** Weekly on Wednesdays at 18:00, from thirteen weeks ago: [weeks ago, outcome, fact]. */
const SESSIONS: readonly [number, Outcome, string][] = [
  [13, 'attended', 'First session (50 minutes): contract, confidentiality and its limits, and the twelve-session short-term offer explained and agreed.'],
  [12, 'attended', 'Session 2 (50 minutes).'],
  [11, 'attended', 'Session 3 (50 minutes).'],
  [10, 'did_not_attend', 'Craig did not attend and did not call. Sarah waited 20 minutes; reception phoned him the next morning.'],
  [9, 'attended', 'Session 4 (50 minutes). Craig apologised for missing the week before and said he had “forgotten”.'],
  [8, 'cancelled_by_client_with_due_cause', 'Craig phoned the day before to cancel: a hospital appointment for his father that he had to attend. Rebooked for the usual time next week.'],
  [7, 'cancelled_by_client_without_due_cause', 'Craig texted the practice mobile 40 minutes before the session to cancel, saying he was “not in the mood tonight”.'],
  [6, 'attended', 'Session 5 (50 minutes).'],
  [5, 'attended', 'Session 6 (50 minutes).'],
  [4, 'did_not_attend', 'Craig did not attend and did not call. Reception could not reach him the next day and left a voicemail.'],
  [3, 'attended', 'Session 7 (50 minutes).'],
  [2, 'attended', 'Session 8 (50 minutes).'],
];

export const missedSessions: DemoScenario = {
  name: 'A counselling client missing sessions without due cause',
  manager: 'clientmanager2',
  async open(ctx) {
    const { api, cal, staff } = ctx;
    const kase = await api('cases.create', {
      clientName: 'Craig Nankervis',
      clientPhone: '07700 900733',
      clientAddress: 'Flat 2, 41 Killigrew Street\nFalmouth\nTR11 3PW',
      service: 'counselling_short_term',
      startDate: cal.dateOn(13, 3),
      allocatedWorkerId: staff.sarah,
      clientManagerId: staff.aisha,
    });
    await api('cases.update', { caseId: kase.id, boundariesExplainedOn: cal.dateOn(13, 3) });
    return { caseId: kase.id, chronicle: () => chronicle(ctx, recorder(ctx, kase.id), kase.clientId), casework: { clinicallead: () => riskCheck(ctx, kase.id) } };
  },
};

async function chronicle(ctx: DemoContext, add: AddRecord, craig: string): Promise<void> {
  const { cal, staff } = ctx;
  for (const [week, outcome, fact] of SESSIONS) {
    await add({
      type: 'session',
      occurredAt: cal.on(week, 3, '18:00'),
      fact,
      significant: outcome === 'did_not_attend' || outcome === 'cancelled_by_client_without_due_cause',
      details: { workerId: staff.sarah, kind: 'Counselling session', location: 'practice', outcome },
    });
    if (outcome === 'did_not_attend') {
      await add({
        type: 'contact',
        occurredAt: cal.on(week, 4, '09:30'),
        fact: week === 10 ? 'Julie (reception) phoned Craig to ask whether he was all right and whether he wanted to keep next week’s session. He said he had forgotten and would come.' : 'Julie (reception) phoned Craig twice and left a voicemail asking him to call back to confirm next week’s session. He did not call back.',
        details: { medium: 'phone_call', line: 'main_desk_phone', direction: 'to_client', clientParties: [craig], staffParties: [staff.julie], requestedByService: true, purpose: 'cancellation_or_rescheduling', length: { unit: 'minutes', value: week === 10 ? 4 : 1 } },
      });
    }
  }
  await add({
    type: 'contact',
    occurredAt: cal.on(7, 3, '17:20'),
    fact: 'Text message from Craig to the practice mobile: “cant make it tonight not in the mood sorry”.',
    details: { medium: 'text_message', line: 'practice_mobile', direction: 'from_client_side', clientParties: [craig], purpose: 'cancellation_or_rescheduling' },
  });
  await add({
    type: 'safeguarding_note',
    occurredAt: cal.on(5, 3, '19:10'),
    fact: 'At the end of session 6 Craig told Sarah that during the week he missed he had “thought about not being here any more”. He said he had no plan, had not acted on the thoughts, and that his sister is someone he can call. Sarah went through the crisis numbers with him and he agreed to call his sister or the crisis line if the thoughts returned.',
    analysis: 'On what Craig disclosed (no plan, protective factors, still engaging), Sarah and Aisha judged that no report to the safeguarding board is required; the clinical lead was consulted the next day and agreed. Any decision about the missed sessions has to take this into account: the policy is that counselling continues.',
    significant: true,
    details: { concern: 'suicide_or_self_harm_disclosure', reportRequired: false, clinicalLeadConsultedOn: cal.dateOn(5, 4) },
  });
}

/** Dr Menheniott's check, on the Thursday after the third missed session (always in the past). */
async function riskCheck(ctx: DemoContext, caseId: string): Promise<void> {
  await ctx.api('checklist.riskCheck', {
    caseId,
    checkedOn: ctx.cal.dateOn(3, 4),
    risks: 'Reviewed with Sarah Vosper the attendance since the start and the safeguarding record. Craig attends and engages when he comes; the missed sessions cluster around difficult weeks. A discharge now would remove his one regular support.',
    safeguardingConcerns: true,
    actionTaken: 'Sarah to agree a safety plan with Craig at the next session and to call him on the day of any missed session; reception to phone the same evening rather than the next morning.',
  });
}
