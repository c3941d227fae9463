// Sue Lambert 4.4: a client's behaviour towards staff escalates from a rude call to threats made
// in person at the practice; the risk to staff is serious and protective steps are taken at once.
// The abusive call brings a verbal warning; after the threats the client manager proposes
// withdrawal under W-3 (no prerequisite: "the service will be withdrawn") and the director
// decides it. Gary's solicitor appeals the same day; the director assigns the appeal to the
// appeals officer, who took no part (G-5), and it waits in his queue.
import { recorder, type AddRecord, type DemoContext, type DemoScenario } from '../context';

/** The behaviour incidents, oldest first, and the proposal once made. */
interface Threats {
  incidents: string[];
  proposalId?: string;
}

export const threats: DemoScenario = {
  name: 'A parent making threats against staff',
  manager: 'clientmanager',
  async open(ctx) {
    const { api, cal, staff } = ctx;
    const kase = await api('cases.create', {
      clientName: 'Gary Pengelly',
      clientPhone: '07700 900298',
      clientAddress: '22 Agar Road\nRedruth\nTR15 1JL',
      service: 'in_practice_tuition',
      startDate: cal.date(84),
      allocatedWorkerId: staff.priya,
      clientManagerId: staff.daniel,
    });
    await api('people.addClientSide', { caseId: kase.id, kind: 'student', fullName: 'Kai Pengelly', asStudent: true });
    await api('cases.update', { caseId: kase.id, mentorId: staff.jenny, boundariesExplainedOn: cal.date(84) });
    const seen: Threats = { incidents: [] };
    return {
      caseId: kase.id,
      chronicle: () => chronicle(ctx, recorder(ctx, kase.id), kase.clientId, seen),
      casework: { clientmanager: () => warnAndPropose(ctx, kase.id, seen), director: () => decideAndAppeal(ctx, seen) },
    };
  },
};

async function chronicle(ctx: DemoContext, add: AddRecord, gary: string, seen: Threats): Promise<void> {
  const { cal, staff } = ctx;
  for (let week = 11; week >= 4; week--) {
    await add({
      type: 'session',
      occurredAt: cal.on(week, 4, '16:30'),
      fact: `English lesson at the Redruth practice (60 minutes): ${week % 2 ? 'reading comprehension' : 'paragraph writing'}. Kai attended; session report filed.`,
      details: { workerId: staff.priya, kind: 'English lesson', location: 'practice', outcome: 'attended', reportFiled: true },
    });
  }
  const day = await add({
    type: 'issue',
    occurredAt: cal.on(3, 2, '09:40'),
    fact: 'Gary asked for Kai’s lesson to move from Thursday to Saturday.',
    details: { title: 'Change of lesson day', openedOn: cal.dateOn(3, 2) },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(3, 2, '09:40'),
    fact: 'Gary phoned the main desk demanding that Kai’s lesson move to Saturday. Julie explained that Priya has no Saturday availability and offered two weekday times. Gary swore at her repeatedly; Julie warned him once that she would end the call and then did so, as trained.',
    details: { medium: 'phone_call', line: 'main_desk_phone', direction: 'from_client_side', clientParties: [gary], staffParties: [staff.julie], purpose: 'cancellation_or_rescheduling', issueId: day.id, toneMarkers: ['rude', 'derogatory'], length: { unit: 'minutes', value: 7 } },
  });
  const abuse = await add({
    type: 'behaviour_incident',
    occurredAt: cal.on(3, 2, '09:47'),
    fact: 'Verbal abuse of the receptionist by phone (see the call at 09:40).',
    analysis: 'Unpleasant but a single call; handled by the procedure for abusive calls.',
    details: { kind: 'verbal_aggression', riskToStaff: 'some', protectiveSteps: 'Call ended after one warning; logged and passed to the client manager the same morning; Julie offered a debrief with Daniel.' },
  });
  await add({
    type: 'session',
    occurredAt: cal.on(2, 4, '16:30'),
    fact: 'Lesson cancelled by the service: Priya was unwell. Gary was told by phone at 10:00 and offered a replacement.',
    details: { workerId: staff.priya, kind: 'English lesson', location: 'practice', outcome: 'cancelled_by_service' },
  });
  const atPractice = await add({
    type: 'behaviour_incident',
    occurredAt: cal.on(2, 4, '16:20'),
    fact: 'Gary came to the Redruth practice without an appointment, shouted at Julie across the reception desk and struck the desk with his hand. He said that he knew where Priya parked and that she “would be sorry” if Kai’s lessons were cancelled again. He left when the practice manager asked him to. Two parents waiting with their children witnessed it.',
    analysis: 'A specific threat against a named member of staff, made in person, with knowledge of where she parks. The risk to staff is serious. Under 4.4 a risk to staff means the service is withdrawn; the decision and how it is communicated must not increase the risk.',
    significant: true,
    details: {
      kind: 'threatening_behaviour',
      riskToStaff: 'serious',
      protectiveSteps: 'Priya was escorted to her car by a colleague; the police were informed on 101 the same evening (reference kept on the staff file); Kai’s lessons suspended pending the director’s decision; Gary asked in writing not to attend any practice; no lone working at the Redruth practice until reviewed.',
    },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(2, 5, '11:00'),
    fact: 'Daniel emailed Gary (and sent the same by post) confirming that Kai’s lessons are suspended while the director considers what happened at the practice, and asking Gary not to attend any practice in the meantime. The email gave the main desk as the only point of contact.',
    details: { medium: 'email', line: 'company_email', direction: 'to_client', clientParties: [gary], staffParties: [staff.daniel], requestedByService: true, purpose: 'other', length: { unit: 'words', value: 260 } },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(1, 1, '23:05'),
    fact: 'Email from Gary to the service inbox: “You’ll be hearing from my solicitor. And tell her I’ll be waiting.” It also called Kai’s tutor a “useless foreigner”.',
    analysis: 'Read together with the incident at the practice, “I’ll be waiting” is a further threat to Priya. The second remark is discriminatory.',
    significant: true,
    details: { medium: 'email', line: 'service_inbox', direction: 'from_client_side', clientParties: [gary], purpose: 'complaint', withinAllocatedTimes: false, toneMarkers: ['threatening', 'discriminatory'], length: { unit: 'words', value: 65 } },
  });
  const byEmail = await add({
    type: 'behaviour_incident',
    occurredAt: cal.on(1, 1, '23:05'),
    fact: 'Threatening and discriminatory email about Priya (see the email at 23:05).',
    details: { kind: 'threatening_behaviour', riskToStaff: 'serious', protectiveSteps: 'Email forwarded to the police with the earlier reference; Priya informed and offered support; all contact from Gary routed to the client manager.' },
  });
  seen.incidents.push(abuse.id, atPractice.id, byEmail.id);
}

const NO_NEED = { needOrDisability: false, explainsBehaviour: false, details: 'Nothing known to the service, or raised by Gary, suggests a need or disability that explains the behaviour.' };

/** Daniel: a verbal warning after the abusive call; after the threats, the proposal to withdraw. */
async function warnAndPropose(ctx: DemoContext, caseId: string, seen: Threats): Promise<void> {
  const { api, cal } = ctx;
  const [abuse, atPractice, byEmail] = seen.incidents;
  await api('ladder.warn', {
    caseId,
    level: 'verbal',
    criteria: ['W-3'],
    evidence: [abuse!],
    issuedOn: cal.dateOn(3, 3),
    summary: 'Daniel phoned Gary about the call to the main desk: swearing at staff is not accepted, calls like it will be ended, and behaviour that puts staff at risk will lead to the service being withdrawn.',
    confirmation: { on: cal.dateOn(3, 3), how: 'Letter by email and post' },
    adjustments: NO_NEED,
  });
  const proposal = await api('decisions.propose', {
    caseId,
    outcome: 'withdraw',
    criteria: ['W-3'],
    evidence: [atPractice!, byEmail!],
    rationale: 'A specific threat against Priya made in person at the practice, repeated in writing a week later, after a verbal warning about abuse of staff. Under 4.4 a risk to staff means the service is withdrawn. Kai’s learning is not in question: the letter should point the family to other tuition providers.',
    adjustments: NO_NEED,
  });
  seen.proposalId = proposal.id;
}

/** Helen Treloar decides; Gary's solicitor appeals the same day; the appeal goes to Robert Nance. */
async function decideAndAppeal(ctx: DemoContext, seen: Threats): Promise<void> {
  const { api, cal, users } = ctx;
  const proposalId = seen.proposalId!;
  await api('decisions.decide', { proposalId, approve: true, reasons: 'The threats to Priya are a serious risk to staff (4.4). The service is withdrawn; the letter is sent by post, not handed over at a practice, and gives the appeal route.' });
  const appeal = await api('appeals.lodge', {
    againstId: proposalId,
    lodgedOn: cal.date(0),
    grounds: 'Gary’s solicitor writes that Gary was upset by repeated cancellations, meant no threat, and that withdrawing the service harms Kai, who has done nothing wrong; she asks for lessons to continue online.',
  });
  await api('appeals.assign', { appealId: appeal.id, userId: users.appeals });
}

