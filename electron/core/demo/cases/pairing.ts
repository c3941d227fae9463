// The Westcountry worked example ("The Human Motivation to Pair"): an anxious parent draws the
// tutor into an isolated pair over several weeks; a reassuring call with the client manager
// follows; within days she complains about the tutor and asks for him to be replaced.
import { recorder, type AddRecord, type DemoContext, type DemoScenario } from '../context';

interface Hendy {
  readonly rebecca: string;
  readonly mark: string;
}

const TOPICS = [
  'place value and rounding',
  'fractions, decimals and percentages',
  'ratio and proportion',
  'best-buy problems',
  'expanding and factorising brackets',
  'linear equations',
  'sequences and the nth term',
  'angles in parallel lines',
  'area and perimeter of compound shapes',
  'Pythagoras’ theorem',
  'simultaneous equations by elimination',
  'probability trees',
  'simultaneous equations: worded problems',
  'algebraic fractions',
  'averages from frequency tables',
  'a timed non-calculator paper',
  'reviewing the non-calculator paper',
  'circle theorems (introduction)',
];

/** What Rebecca sent Owen directly, oldest first: [fact, medium, in the evening?]. */
const TO_OWEN: readonly [string, 'email' | 'text_message', boolean][] = [
  ['Rebecca emailed Owen to thank him for the first lessons and asked for extra worksheets for the weekend.', 'email', false],
  ['Rebecca texted the practice mobile asking Owen to ring her about homework; Owen rang her back from the practice mobile the next morning.', 'text_message', true],
  ['Rebecca emailed Owen a long account of an evening when Josh refused to do any homework, and asked what she should do.', 'email', true],
  ['Rebecca emailed Owen to say Josh had had a bad week and asked him to ring her after each lesson to tell her how Josh had been.', 'email', false],
  ['Rebecca emailed Owen asking whether Josh was “on track for a 5” and whether he should be entered for the higher paper.', 'email', true],
  ['Rebecca texted the practice mobile asking Owen to move next week’s lesson to Thursday; Owen agreed by text without telling the main desk.', 'text_message', true],
  ['Rebecca emailed Owen late in the evening with photographs of Josh’s homework and asked him to mark it before the next lesson.', 'email', true],
  ['Rebecca emailed Owen asking for his view on whether Josh might be dyscalculic.', 'email', true],
  ['Rebecca emailed Owen asking whether he thought Josh should go back to school next year.', 'email', true],
  ['Rebecca texted the practice mobile late in the evening asking whether Owen could fit in an extra half hour at the practice.', 'text_message', true],
  ['Rebecca emailed Owen about her own unhappy school days, said she “doesn’t trust organisations”, and thanked him for being “the only one who listens”.', 'email', true],
  ['Rebecca texted the practice mobile asking Owen to confirm he had read her last three emails.', 'text_message', true],
  ['Rebecca emailed Owen asking whether he could add a second weekly lesson, and said she would rather arrange it with him than with the office.', 'email', true],
  ['Rebecca emailed Owen a list of topics she had found online and asked him to cover them all before the mock exam.', 'email', false],
  ['Rebecca emailed Owen saying she would rather not go through the office “because they don’t know Josh like you do”.', 'email', true],
  ['Rebecca texted the practice mobile asking Owen to phone her after lessons instead of writing session reports, “so it stays between us”.', 'text_message', true],
];

/** How many of those fell in each week, from thirteen weeks ago to five weeks ago: rising. */
const PER_WEEK = [1, 1, 1, 2, 2, 2, 2, 2, 3];

export const pairing: DemoScenario = {
  name: 'A parent pairs with the tutor, then complains about him',
  manager: 'clientmanager',
  async open(ctx) {
    const { api, cal, staff } = ctx;
    const kase = await api('cases.create', {
      clientName: 'Rebecca Hendy',
      clientPhone: '07700 900412',
      clientEmail: 'rebecca.hendy@example.org',
      clientAddress: '3 Chapel Row\nPenryn\nTR10 8AB',
      service: 'in_practice_tuition',
      startDate: cal.date(140),
      allocatedWorkerId: staff.owen,
      clientManagerId: staff.daniel,
    });
    const mark = await api('people.addClientSide', { caseId: kase.id, kind: 'client', fullName: 'Mark Hendy', phone: '07700 900413' });
    await api('people.addClientSide', { caseId: kase.id, kind: 'student', fullName: 'Josh Hendy', asStudent: true });
    await api('cases.update', { caseId: kase.id, mentorId: staff.jenny, boundariesExplainedOn: cal.date(140) });
    const family: Hendy = { rebecca: kase.clientId, mark: mark.id };
    return { caseId: kase.id, chronicle: () => chronicle(ctx, recorder(ctx, kase.id), family) };
  },
};

async function chronicle(ctx: DemoContext, add: AddRecord, { rebecca, mark }: Hendy): Promise<void> {
  const { cal, staff } = ctx;

  await add({
    type: 'contact',
    occurredAt: cal.at(140, '10:00'),
    fact: 'Initial assessment with Rebecca and Mark Hendy by video call (75 minutes). Josh (14) was taken off the roll of his secondary school in June after a long period of non-attendance; the family are educating him at home and want support towards GCSE maths. Rebecca asked whether Daniel could tutor Josh himself. Daniel explained that tutors are matched by subject and availability, that he stays involved as client manager, and that Josh’s mentor and the main desk are part of the team. He explained how contact works: through the main desk, the company email addresses or the practice mobile, never a tutor’s personal number.',
    analysis: 'Rebecca was very nervous about a stranger teaching Josh and came back several times to the idea of working only with Daniel. Reassurance helped. She is likely to need more of it in the first weeks.',
    significant: true,
    details: { medium: 'video_call', line: 'approved_video_platform', direction: 'to_client', clientParties: [rebecca, mark], staffParties: [staff.daniel], requestedByService: true, purpose: 'tuition_or_support', length: { unit: 'minutes', value: 75 } },
  });

  for (const [i, topic] of TOPICS.entries()) {
    const week = 19 - i;
    await add({
      type: 'session',
      occurredAt: cal.on(week, 3, '16:00'),
      fact: `Lesson ${i + 1} at the Truro practice (60 minutes): ${topic}. Josh attended; session report filed.`,
      details: { workerId: staff.owen, kind: 'Maths lesson', location: 'practice', outcome: 'attended', reportFiled: true },
    });
  }

  let sent = 0;
  for (const [w, count] of PER_WEEK.entries()) {
    for (let k = 0; k < count; k++) {
      const [fact, medium, evening] = TO_OWEN[sent]!;
      sent += 1;
      const pairs = fact.includes('rather not go through the office');
      await add({
        type: 'contact',
        occurredAt: cal.on(13 - w, 1 + 2 * k, evening ? '21:15' : '12:30'),
        fact,
        significant: pairs,
        analysis: pairs ? 'Rebecca is asking Owen to keep the family’s contact between the two of them. This is the isolated pair the pairing guidance describes.' : '',
        details: {
          medium,
          line: medium === 'email' ? 'company_email' : 'practice_mobile',
          direction: 'from_client_side',
          clientParties: [rebecca],
          staffParties: [staff.owen],
          purpose: fact.includes('move next week') ? 'cancellation_or_rescheduling' : 'tuition_or_support',
          withinAllocatedTimes: !evening,
          ...(medium === 'email' ? { length: { unit: 'words' as const, value: 150 + 40 * sent } } : {}),
        },
      });
    }
  }

  await add({
    type: 'contact',
    occurredAt: cal.on(12, 2, '11:00'),
    fact: 'Jenny (mentor) phoned Rebecca to arrange the six-week review call. Rebecca said there was no need because “Owen and I sort everything out between us” and declined a date.',
    analysis: 'Early sign that the family want to work with the tutor alone. Jenny raised it with Owen in supervision.',
    details: { medium: 'phone_call', line: 'main_desk_phone', direction: 'to_client', clientParties: [rebecca], staffParties: [staff.jenny], requestedByService: true, purpose: 'tuition_or_support', length: { unit: 'minutes', value: 6 } },
  });

  await add({
    type: 'boundary_incident',
    occurredAt: cal.on(9, 4, '15:00'),
    fact: 'In supervision Owen told Jenny that he had been answering Rebecca’s emails in the evenings and at weekends, and had moved a lesson by text with her directly. None of it had been logged or copied to the client manager.',
    analysis: 'A lapse that supervision can correct rather than misconduct: Owen wants to help and finds Rebecca’s reliance on him rewarding. Agreed that he replies only in working hours, copies Daniel in, and sends changes of lesson time through the main desk.',
    details: { workerId: staff.owen, kind: 'contact_outside_allocated_times', severity: 'minor', discussedInSupervision: true },
  });

  await closeOut(ctx, add, rebecca);
}

/** The exam worry, the reassuring call, and the complaint that followed it. */
async function closeOut(ctx: DemoContext, add: AddRecord, rebecca: string): Promise<void> {
  const { cal, staff } = ctx;
  const exam = await add({
    type: 'issue',
    occurredAt: cal.on(3, 4, '10:30'),
    fact: 'Rebecca raised the arrangements for Josh’s mock GCSE maths exam at the private-candidate exam centre.',
    details: { title: 'Mock exam arrangements (GCSE maths)', openedOn: cal.dateOn(3, 4) },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(3, 4, '10:30'),
    fact: 'Rebecca phoned the main desk and was put through to Daniel (40 minutes). Josh has a mock exam at the exam centre in three weeks and has not been sleeping well. Daniel went through the arrangements with her: the private-candidate entry, what Josh needs to bring, the access arrangements the centre has confirmed, and which parts of the specification Owen’s session reports show as covered. He offered to email the specification checklist.',
    analysis: 'Rebecca’s worry eased noticeably during the call. By the end she was thanking Daniel at length and said she wished she had spoken to him sooner. Given the last three months, the pattern in the pairing guidance is a real possibility: she may now try to pair with Daniel instead of Owen.',
    significant: true,
    details: { medium: 'phone_call', line: 'main_desk_phone', direction: 'from_client_side', clientParties: [rebecca], staffParties: [staff.daniel], purpose: 'enquiry', issueId: exam.id, bringsNewInformation: true, length: { unit: 'minutes', value: 40 } },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(3, 5, '09:15'),
    fact: 'Daniel emailed Rebecca the specification checklist, with the topics Owen has covered marked from his session reports.',
    details: { medium: 'email', line: 'company_email', direction: 'to_client', clientParties: [rebecca], staffParties: [staff.daniel], requestedByService: true, purpose: 'enquiry', issueId: exam.id, length: { unit: 'words', value: 210 } },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(2, 1, '20:40'),
    fact: 'Rebecca emailed Daniel asking him to be her “main contact from now on” and asking him not to mention this to Owen.',
    details: { medium: 'email', line: 'company_email', direction: 'from_client_side', clientParties: [rebecca], staffParties: [staff.daniel], purpose: 'other', withinAllocatedTimes: false, length: { unit: 'words', value: 320 } },
  });
  const quality = await add({
    type: 'issue',
    occurredAt: cal.on(2, 5, '08:50'),
    fact: 'Rebecca complained about the quality of Owen’s maths tuition.',
    details: { title: 'Quality of maths tuition', openedOn: cal.dateOn(2, 5) },
  });
  await add({
    type: 'complaint',
    occurredAt: cal.on(2, 5, '08:50'),
    fact: 'Rebecca emailed a formal complaint about Owen: that simultaneous equations and algebraic fractions “were never taught”, that Josh “did not understand anything” in a practice paper, and that she wants a different tutor before the mock exam.',
    analysis: 'The complaint came eight days after the call in which Daniel reassured her. Owen’s session reports record simultaneous equations on two dates and algebraic fractions on one, each with Josh’s worked examples attached. This follows the pattern the pairing guidance describes. Daniel will investigate on the evidence and will not take either side.',
    significant: true,
    details: { route: 'email', aboutPersonId: staff.owen, issueId: quality.id, investigationStatus: 'investigating', staffHours: 3.5, seeksReplacement: true },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(1, 1, '10:00'),
    fact: 'Daniel phoned Rebecca to acknowledge the complaint, explain how it will be investigated, and offer a meeting with her, Owen and Jenny. Rebecca agreed to the meeting but repeated that she wants Owen replaced.',
    details: { medium: 'phone_call', line: 'main_desk_phone', direction: 'to_client', clientParties: [rebecca], staffParties: [staff.daniel], requestedByService: true, purpose: 'complaint', issueId: quality.id, length: { unit: 'minutes', value: 22 } },
  });
  await add({
    type: 'case_review',
    occurredAt: cal.on(1, 4, '14:00'),
    fact: 'Supervision discussion of the Hendy case between Daniel and Helen Treloar (director).',
    details: {
      supervisionSummary: 'Over weeks 6 to 14 of tuition, Rebecca’s contact moved almost entirely to Owen, much of it in the evenings and unlogged, and she declined the mentor’s review. After one reassuring call with Daniel about the mock exam she asked Daniel to be her only contact and, eight days later, complained about Owen and asked for him to be replaced. Owen’s session reports contradict the substance of the complaint.',
      recommendation: 'Do not replace the tutor on the strength of this complaint. Complete the investigation on the evidence; hold the meeting with Rebecca, Owen and Jenny; Owen to copy Daniel into all contact with the family and to log it; review in four weeks.',
    },
  });
}
