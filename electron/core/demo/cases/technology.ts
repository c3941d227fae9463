// "When Technology Fails": online lessons that failed, a first lesson abandoned and reported (the
// policy does not apply to new clients), one replacement inside the 7-day window and one outside
// it, and a tutor who strayed into a financial negotiation that is not his to make.
import { recorder, type AddRecord, type DemoContext, type DemoScenario } from '../context';

export const technology: DemoScenario = {
  name: 'Failed online lessons and their replacements',
  manager: 'clientmanager',
  async open(ctx) {
    const { api, cal, staff } = ctx;
    const kase = await api('cases.create', {
      clientName: 'Sophie Angove',
      clientPhone: '07700 900376',
      clientEmail: 'sophie.angove@example.net',
      clientAddress: '11 Polwhele Close\nNewquay\nTR7 2SL',
      service: 'online_tuition',
      startDate: cal.dateOn(7, 2),
      allocatedWorkerId: staff.liam,
      clientManagerId: staff.daniel,
    });
    await api('people.addClientSide', { caseId: kase.id, kind: 'student', fullName: 'Harry Angove', asStudent: true });
    await api('cases.update', { caseId: kase.id, mentorId: staff.jenny, boundariesExplainedOn: cal.dateOn(7, 2) });
    return { caseId: kase.id, chronicle: () => chronicle(ctx, recorder(ctx, kase.id), kase.clientId) };
  },
};

async function chronicle(ctx: DemoContext, add: AddRecord, sophie: string): Promise<void> {
  const { cal, staff } = ctx;
  const lesson = { workerId: staff.liam, kind: 'Maths lesson', location: 'online_from_home' as const };
  const attended = (weeksAgo: number, day: number, fact: string, replacementForId: string | null = null) =>
    add({ type: 'session', occurredAt: cal.on(weeksAgo, day, '16:00'), fact, details: { ...lesson, outcome: 'attended', reportFiled: true, replacementForId } });

  await add({
    type: 'session',
    occurredAt: cal.on(7, 2, '16:00'),
    fact: 'First lesson. Harry could not join the online classroom: the link failed on the family’s tablet and again on a laptop. Because this was a first lesson, Liam abandoned it after 20 minutes and reported it to the service inbox, as the policy requires for new clients. No replacement was offered by Liam.',
    significant: true,
    details: { ...lesson, outcome: 'technology_failure', technologyFailure: 'failed_connection', abandonedAndReported: true },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(7, 3, '10:00'),
    fact: 'Daniel phoned Sophie about the failed first lesson and arranged a ten-minute connection check with the main desk before the next one. Sophie was understanding.',
    details: { medium: 'phone_call', line: 'main_desk_phone', direction: 'to_client', clientParties: [sophie], staffParties: [staff.daniel], requestedByService: true, purpose: 'tuition_or_support', length: { unit: 'minutes', value: 12 } },
  });
  await attended(6, 2, 'Lesson (60 minutes): number bonds and column addition. The connection check beforehand worked.');
  await attended(5, 2, 'Lesson (60 minutes): times tables to 5 × 5 and arrays.');

  const noSound = await add({
    type: 'session',
    occurredAt: cal.on(4, 2, '16:00'),
    fact: 'No sound from Harry’s side after ten minutes; refreshing the page and closing other tabs did not help. Liam was at home and his phone has no spare minutes, so sound could not be replaced by phone. Harry cannot yet read well enough to work by typing. Liam offered a replacement on Friday, telling Sophie that he does not normally have that space and that it was a one-off.',
    details: { ...lesson, outcome: 'technology_failure', technologyFailure: 'no_sound' },
  });
  await attended(4, 5, 'Replacement lesson (60 minutes), three days after the failed one and inside the 7-day window; Liam changed the calendar himself.', noSound.id);
  await attended(3, 2, 'Lesson (60 minutes): halving and doubling.');

  const unstable = await add({
    type: 'session',
    occurredAt: cal.on(2, 2, '16:00'),
    fact: 'The connection dropped four times in the first 25 minutes; the lesson could not continue. Liam offered a replacement on Thursday of the following week, nine days later, and told Sophie that “we’d knock half off this one on the invoice”.',
    significant: true,
    details: { ...lesson, outcome: 'technology_failure', technologyFailure: 'unstable_connection' },
  });
  await add({
    type: 'boundary_incident',
    occurredAt: cal.on(2, 2, '16:40'),
    fact: 'Liam told Sophie that half the fee for the failed lesson would be taken off the invoice.',
    analysis: 'A financial negotiation that only the client manager can investigate and the director can decide. Well meant, but it tells the family something is possible that may not be.',
    details: { workerId: staff.liam, kind: 'financial_negotiation', severity: 'minor', discussedInSupervision: true },
  });
  await attended(1, 2, 'Lesson (60 minutes): telling the time to the half hour.');
  await attended(1, 4, 'Replacement lesson (60 minutes), nine days after the failed one: outside the 7-day window the policy allows.', unstable.id);
  const invoice = await add({
    type: 'issue',
    occurredAt: cal.on(1, 3, '09:20'),
    fact: 'Sophie asked for the reduced invoice Liam had mentioned.',
    details: { title: 'Invoice for the lesson that failed', openedOn: cal.dateOn(1, 3) },
  });
  await add({
    type: 'contact',
    occurredAt: cal.on(1, 3, '09:20'),
    fact: 'Sophie emailed Daniel asking when she would receive the half-price invoice that Liam had promised for the lesson that failed.',
    analysis: 'Daniel will look into where the fault lay before anything is said about fees, and explain to Sophie that tutors cannot agree changes to the invoice.',
    details: { medium: 'email', line: 'company_email', direction: 'from_client_side', clientParties: [sophie], staffParties: [staff.daniel], purpose: 'enquiry', issueId: invoice.id, bringsNewInformation: true, length: { unit: 'words', value: 120 } },
  });
}
