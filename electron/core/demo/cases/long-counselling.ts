// Sue Lambert 4.5, first circumstance: open-ended counselling for more than six months (here
// about seven and a half) whose latest review, with the clinical lead, finds no clarity about
// what the client wants to achieve and no progress against the aims agreed. The clinical lead
// assesses W-4 as met, with Mark's view: a reason to discuss ending or changing the support with
// Linda, not yet a proposal to withdraw.
import { recorder, type DemoContext, type DemoScenario } from '../context';

const START_WEEKS_AGO = 33;

export const longCounselling: DemoScenario = {
  name: 'Long counselling with no clarity of aims and no progress',
  manager: 'clientmanager2',
  async open(ctx) {
    const { api, cal, staff } = ctx;
    const kase = await api('cases.create', {
      clientName: 'Linda Carne',
      clientPhone: '07700 900164',
      clientEmail: 'lindacarne@example.com',
      clientAddress: '8 Bosvigo Lane\nTruro\nTR1 3NH',
      service: 'counselling_open_ended',
      startDate: cal.dateOn(START_WEEKS_AGO, 2),
      allocatedWorkerId: staff.mark,
      clientManagerId: staff.aisha,
    });
    await api('cases.update', { caseId: kase.id, boundariesExplainedOn: cal.dateOn(START_WEEKS_AGO, 2) });
    return { caseId: kase.id, chronicle: () => chronicle(ctx, kase.id, kase.clientId), assess: () => assess(ctx, kase.id) };
  },
};

async function chronicle(ctx: DemoContext, caseId: string, linda: string): Promise<void> {
  const { cal, staff } = ctx;
  const add = recorder(ctx, caseId);
  // Fortnightly on Tuesdays; the record notes attendance only: what is said stays in the counsellor's notes.
  let n = 0;
  for (let week = START_WEEKS_AGO; week >= 1; week -= 2) {
    n += 1;
    await add({
      type: 'session',
      occurredAt: cal.on(week, 2, '11:00'),
      fact: n === 1 ? 'First session (50 minutes): counselling agreement signed; boundaries and contact arrangements explained; aims to be agreed over the first sessions.' : `Session ${n} (50 minutes). Attended.`,
      details: { workerId: staff.mark, kind: 'Counselling session', location: 'practice', outcome: 'attended' },
    });
  }
  await add({
    type: 'contact',
    occurredAt: cal.on(11, 2, '19:40'),
    fact: 'Linda emailed Aisha after session 12 asking for weekly sessions instead of fortnightly “because it is the only place I can talk”. Aisha replied the next day that she would discuss it with Mark and the clinical lead.',
    details: { medium: 'email', line: 'company_email', direction: 'from_client_side', clientParties: [linda], staffParties: [staff.aisha], purpose: 'tuition_or_support', withinAllocatedTimes: false, length: { unit: 'words', value: 140 } },
  });
}

/** The clinical lead's reviews with the counsellor, at about three months and at seven and a half. */
async function assess(ctx: DemoContext, caseId: string): Promise<void> {
  const { cal, users } = ctx;
  const add = recorder(ctx, caseId);
  await add({
    type: 'counselling_review',
    occurredAt: cal.on(20, 4, '14:00'),
    fact: 'Three-month review of Linda’s counselling with Mark Eddy.',
    analysis: 'Early days for open-ended work; no concern yet, but aims should be agreed before the next review.',
    details: {
      clarityOfAims: false,
      progressAgainstAims: false,
      counsellorView: 'Linda values the sessions and attends reliably, but we have not yet agreed what she wants from counselling; she describes it as “somewhere to talk”. I will work with her on aims over the next sessions.',
      assessedByUserId: users.clinicalLead,
    },
  });
  const latest = await add({
    type: 'counselling_review',
    occurredAt: cal.on(1, 4, '14:00'),
    fact: 'Review of Linda’s counselling with Mark Eddy after about seven and a half months (17 sessions).',
    analysis: 'Meets the first circumstance in 4.5 (at least six months, no clarity about aims, no progress against those agreed). That is a reason to consider, with Mark and Linda, whether counselling should end or change; it is not by itself a decision to withdraw.',
    significant: true,
    details: {
      clarityOfAims: false,
      progressAgainstAims: false,
      counsellorView: 'We have revisited aims three times. Each time Linda agreed aims and at the next session said they were not really what she wanted. She says the sessions help her “get through the fortnight”, but neither of us can name a change since we began. I think we should talk with her about ending, or a different kind of support.',
      assessedByUserId: users.clinicalLead,
    },
  });
  await ctx.api('checklist.assess', {
    caseId,
    criterion: 'W-4',
    finding: 'met',
    counsellorView: 'Mark: neither of us can name a change since we began, and aims agreed do not hold from one session to the next. He would rather talk with Linda about ending, or a different kind of support, than go on as now.',
    rationale: 'More than six months of open-ended counselling with no clarity about what Linda wants to achieve and no progress against the aims agreed (two reviews). Met; the next step is a conversation with Linda about ending or changing the support, not a withdrawal without one.',
    evidence: [latest.id],
  });
}
