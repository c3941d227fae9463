// The professional-boundaries article and the Westcountry contact guidance: a tutor's small
// transgressions with one family accumulate (a personal number given, texts from her personal
// phone, a gift, an invitation), each one minor on its own. Serious violations "have almost
// always been preceded by a number of minor transgressions". The family's texts to her personal
// phone in the evenings and at weekends are contact outside allocated times (4.1): the client
// manager has an informal word, then gives a verbal warning, and the director a written one
// after the party invitation; since then the contact has stopped (W-1 not met, the ladder at
// "written", the case warned).
import { recorder, type AddRecord, type DemoContext, type DemoScenario } from '../context';

/** The texts from Natalie outside allocated times, oldest first (the ladder's evidence). */
type Texts = string[];

export const boundaries: DemoScenario = {
  name: 'A tutor accumulating boundary transgressions with one family',
  manager: 'clientmanager',
  async open(ctx) {
    const { api, cal, staff } = ctx;
    const kase = await api('cases.create', {
      clientName: 'Natalie Coad',
      clientPhone: '07700 900851',
      clientEmail: 'natalie.coad@example.com',
      clientAddress: '5 Fore Street\nSt Agnes\nTR5 0RN',
      service: 'online_tuition',
      startDate: cal.dateOn(23, 1),
      allocatedWorkerId: staff.hannah,
      clientManagerId: staff.daniel,
    });
    await api('people.addClientSide', { caseId: kase.id, kind: 'student', fullName: 'Mia Coad', asStudent: true });
    await api('cases.update', { caseId: kase.id, mentorId: staff.jenny, boundariesExplainedOn: cal.dateOn(23, 1) });
    const texts: Texts = [];
    return {
      caseId: kase.id,
      chronicle: () => chronicle(ctx, recorder(ctx, kase.id), kase.clientId, texts),
      casework: { clientmanager: () => managerSteps(ctx, kase.id, texts), director: () => writtenWarning(ctx, kase.id, texts) },
    };
  },
};

async function chronicle(ctx: DemoContext, add: AddRecord, natalie: string, texts: Texts): Promise<void> {
  const { cal, staff } = ctx;
  for (let week = 23; week >= 1; week--) {
    await add({
      type: 'session',
      occurredAt: cal.on(week, 1, '17:00'),
      fact: `Online English lesson (60 minutes) on the approved platform. Mia attended; session report filed.`,
      details: { workerId: staff.hannah, kind: 'English lesson', location: 'online_from_home', outcome: 'attended', reportFiled: true },
    });
  }
  const incident = (weeksAgo: number, kind: 'personal_number_given' | 'text_from_personal_phone' | 'gift' | 'social_invitation', severity: 'minor' | 'moderate', fact: string, analysis: string, discussed: boolean) =>
    add({ type: 'boundary_incident', occurredAt: cal.on(weeksAgo, 2, '12:00'), fact, analysis, significant: severity !== 'minor', details: { workerId: staff.hannah, kind, severity, discussedInSupervision: discussed } });
  const text = async (weeksAgo: number, day: number, time: string, fact: string, direction: 'from_client_side' | 'to_client' = 'from_client_side') => {
    const r = await add({ type: 'contact', occurredAt: cal.on(weeksAgo, day, time), fact, details: { medium: 'text_message', line: 'personal_phone_shown', direction, clientParties: [natalie], staffParties: [staff.hannah], purpose: 'tuition_or_support', withinAllocatedTimes: false } });
    if (direction === 'from_client_side') texts.push(r.id);
  };

  await incident(16, 'personal_number_given', 'minor', 'Hannah told Jenny (mentor) that she had given Natalie her personal mobile number after a lesson, so that Natalie could let her know if Mia was running late.', 'A lapse that supervision corrects: Jenny reminded Hannah of the contact guidance (the main desk, the company email, the practice mobile) and Hannah agreed to ask Natalie to use them.', true);
  await text(15, 6, '19:30', 'Natalie texted Hannah’s personal mobile on Saturday evening to ask whether Mia should read ahead in the class novel.');
  await text(14, 7, '10:15', 'Natalie texted Hannah’s personal mobile on Sunday morning with a photograph of Mia’s homework.');
  await text(14, 7, '10:40', 'Hannah replied from her personal mobile with comments on the homework.', 'to_client');
  await text(12, 3, '21:50', 'Natalie texted Hannah’s personal mobile late in the evening about a falling-out Mia had had at school.');
  await incident(12, 'text_from_personal_phone', 'moderate', 'In supervision Hannah said she has been texting Natalie from her personal phone most weekends, mostly about homework but recently about Mia’s friendships at school.', 'Repeated after the reminder four weeks ago, and moving from tuition towards the family’s personal life. Jenny set out the guidance again in writing; Daniel informed.', true);
  await text(10, 6, '18:05', 'Natalie texted Hannah’s personal mobile to say Mia “loves her lessons with you, you’re like one of the family now”.');
  await incident(8, 'gift', 'moderate', 'Hannah accepted a £40 gift voucher and a bottle of wine from Natalie at the end of term. She mentioned it to reception in passing; she had not told her mentor.', 'Gifts of more than token value are not accepted. The gift itself is modest; what matters is that it follows weeks of personal texting and was not raised in supervision.', false);
  await text(6, 5, '20:30', 'Natalie texted Hannah’s personal mobile inviting her to Mia’s birthday party at the family home.');
  await incident(5, 'social_invitation', 'moderate', 'Hannah told Jenny that Natalie had invited her to Mia’s birthday party at home and that she had said she would “try to come”.', 'The fourth transgression with this family in eleven weeks, each a step further from a professional relationship. Hannah has declined the invitation at Jenny’s request.', true);
  await add({
    type: 'contact',
    occurredAt: cal.on(3, 3, '13:10'),
    fact: 'Natalie emailed Daniel asking whether Hannah could also tutor Mia’s younger brother “privately, outside the agency, as she’s practically family now”.',
    analysis: 'The request follows from the familiarity that has grown up through the personal texting. It is a request to move the relationship outside the organisation.',
    significant: true,
    details: { medium: 'email', line: 'company_email', direction: 'from_client_side', clientParties: [natalie], staffParties: [staff.daniel], purpose: 'enquiry', length: { unit: 'words', value: 190 } },
  });
  await add({
    type: 'case_review',
    occurredAt: cal.on(2, 4, '15:00'),
    fact: 'Supervision discussion of the Coad case between Daniel and Jenny.',
    details: {
      supervisionSummary: 'Four boundary incidents by Hannah with this family in eleven weeks: personal number given, texting from her personal phone (continuing after a reminder), a gift not declared in supervision, and an invitation half-accepted. Natalie now asks for private tuition outside the agency. No harm to Mia is known; Hannah is a committed tutor who finds it hard to say no.',
      recommendation: 'Hannah to stop all personal-phone contact and tell Natalie so, with Daniel present on a call; the family to use the main desk and company email only; Hannah’s supervision fortnightly for the next term; decline the private-tuition request in writing; consider whether a change of tutor is needed if contact continues.',
    },
  });
}

const NO_NEED = {
  needOrDisability: false,
  explainsBehaviour: false,
  details: 'Asked on the call: Natalie has no communication or support need that bears on this. She works shifts, so the main desk’s evening voicemail was offered for messages after hours.',
};

/** Daniel: an informal word after the first weekend texts, then a verbal warning, confirmed by letter. */
async function managerSteps(ctx: DemoContext, caseId: string, texts: Texts): Promise<void> {
  const { api, cal } = ctx;
  const [saturday, sunday, lateEvening] = texts;
  await api('ladder.warn', {
    caseId,
    level: 'informal',
    criteria: ['W-1'],
    evidence: [saturday!, sunday!],
    issuedOn: cal.dateOn(13, 1),
    summary: 'Daniel phoned Natalie about her texts to Hannah’s personal mobile at the weekend. Messages go to the main desk, the company email or the practice mobile, in the times agreed at the start; Hannah’s personal number is not for the family to use. Natalie said she had not realised and would use the main desk.',
  });
  await api('ladder.warn', {
    caseId,
    level: 'verbal',
    criteria: ['W-1'],
    evidence: [lateEvening!],
    issuedOn: cal.dateOn(11, 1),
    summary: 'Daniel told Natalie by phone that texting Hannah’s personal mobile late in the evening, after the earlier conversation, is contact outside the allocated times explained at the start, and that if it continues the next step is a written warning from the director.',
    confirmation: { on: cal.dateOn(11, 2), how: 'Letter by email and post, setting out the contact routes and the allocated times' },
    adjustments: NO_NEED,
  });
}

/** Helen Treloar: the written warning after the party invitation; the texts stop after it. */
async function writtenWarning(ctx: DemoContext, caseId: string, texts: Texts): Promise<void> {
  const { api, cal } = ctx;
  await api('ladder.warn', {
    caseId,
    level: 'written',
    criteria: ['W-1'],
    evidence: texts.slice(3),
    issuedOn: cal.dateOn(5, 1),
    summary: 'Written warning to Natalie Coad: since the verbal warning, Hannah’s personal mobile has been texted at the weekend and in the evening, including an invitation to a family party. Contact with the service is through the main desk, the company email or the practice mobile, in the allocated times. If contact outside those times continues, the director may withdraw the service.',
    adjustments: NO_NEED,
  });
}
