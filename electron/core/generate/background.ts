// The everyday records that fill a case up to its quotas: issues, contacts, sessions, complaints
// and counselling reviews, spread over the case's life. Ordinary work: contacts go both ways
// with the worker, the client manager, reception and others, so a quiet case raises no flag.
import type { RecordDetails } from '../contract';
import type { CasePlanner, Counts, DayRange } from './case-planner';
import { isCounselling, isTuition, otherWorker } from './cases-plan';
import { dateOf } from './days';
import * as kit from './kit';

type Contact = RecordDetails<'contact'>;
interface OpenIssue {
  readonly id: string;
  readonly day: number;
}

const ISSUE_TITLES = ['Timetable', 'Invoice query', 'Change of tutor', 'Exam preparation', 'Room access', 'Waiting list', 'Missed homework', 'Transport'];
const PURPOSES: readonly (readonly [Contact['purpose'], number])[] = [
  ['tuition_or_support', 40],
  ['enquiry', 25],
  ['other', 20],
  ['cancellation_or_rescheduling', 10],
  ['complaint', 3],
  ['safeguarding', 2],
];

function dayOutside(p: CasePlanner, quiet: readonly DayRange[]): number {
  const { startDay, endDay } = p.kase;
  for (let attempt = 0; attempt < 50; attempt++) {
    const day = p.rng.int(startDay, endDay);
    if (quiet.every((r) => day < r.from || day > r.to)) return day;
  }
  return p.rng.int(startDay, endDay);
}

function planIssues(p: CasePlanner, contacts: number): OpenIssue[] {
  const issues: OpenIssue[] = [];
  for (let i = Math.min(60, 1 + Math.floor(contacts / 150)); i > 0; i--) {
    const day = p.rng.int(p.kase.startDay, p.kase.endDay);
    const resolved = day + p.rng.int(5, 60);
    const details = { title: p.rng.pick(ISSUE_TITLES), openedOn: dateOf(day), resolvedOn: p.rng.chance(0.7) && resolved <= p.untilDay ? dateOf(resolved) : null };
    issues.push({ id: p.add(kit.issue({ ...p.when(day, 0), fact: `Issue opened: ${details.title.toLowerCase()}.` }, details)), day });
  }
  return issues.sort((a, b) => a.day - b.day);
}

function contactWith(p: CasePlanner): Pick<Contact, 'medium' | 'line' | 'staffParties'> {
  const k = p.kase;
  const who = p.rng.weighted([['worker', 25], ['manager', 30], ['reception', 25], ['mentor', k.mentorId ? 10 : 0], ['other', 5], ['nobody', 5]] as const);
  if (who === 'reception') return { medium: 'phone_call', line: 'main_desk_phone', staffParties: [p.rng.pick(p.cast.reception)] };
  if (who === 'manager' || who === 'mentor') {
    const staff = [who === 'mentor' && k.mentorId ? k.mentorId : k.manager.personId];
    return p.rng.chance(0.5) ? { medium: 'phone_call', line: 'main_desk_phone', staffParties: staff } : { medium: 'email', line: p.rng.pick(['company_email', 'service_inbox'] as const), staffParties: staff };
  }
  if (who === 'nobody') return p.rng.chance(0.9) ? { medium: 'email', line: 'service_inbox', staffParties: [] } : { medium: 'letter', line: 'service_inbox', staffParties: [] };
  const staff = [who === 'worker' ? k.allocatedWorkerId : otherWorker(p.cast, k, p.rng)];
  if (k.service === 'online_tuition' && p.rng.chance(0.2)) return { medium: 'video_call', line: 'approved_video_platform', staffParties: staff };
  return p.rng.pick([{ medium: 'phone_call', line: 'practice_mobile', staffParties: staff }, { medium: 'text_message', line: 'practice_mobile', staffParties: staff }, { medium: 'email', line: 'company_email', staffParties: staff }] as const);
}

function planContacts(p: CasePlanner, count: number, issues: readonly OpenIssue[]): void {
  for (let i = 0; i < count; i++) {
    const day = dayOutside(p, p.quietForContacts);
    const how = contactWith(p);
    const direction = p.rng.chance(0.5) ? 'from_client_side' : 'to_client';
    const open = p.rng.chance(0.08) ? issues.filter((x) => x.day <= day) : [];
    const issueId = open.length ? p.rng.pick(open).id : null;
    const details = kit.contactDetails({
      ...how,
      direction,
      clientParties: p.clientParty(),
      purpose: p.rng.weighted(PURPOSES),
      requestedByService: direction === 'to_client' && p.rng.chance(0.3),
      withinAllocatedTimes: p.rng.chance(0.97),
      issueId,
      bringsNewInformation: issueId !== null && p.rng.chance(0.15),
      length: how.medium === 'phone_call' ? { unit: 'minutes', value: p.rng.int(2, 30) } : how.medium === 'email' ? { unit: 'words', value: p.rng.int(40, 600) } : null,
      toneMarkers: p.rng.chance(0.0005) ? ['rude'] : [],
    });
    p.add(kit.contact({ ...p.when(day), fact: kit.contactFact(details), significant: p.rng.chance(0.01) }, details));
  }
}

function planSessions(p: CasePlanner, count: number): void {
  const k = p.kase;
  const counselling = isCounselling(k.service);
  const kind = counselling ? 'Counselling session' : p.rng.pick(['Maths tuition', 'English tuition', 'Science tuition']);
  for (let i = 0; i < count; i++) {
    const day = p.rng.int(k.startDay, k.endDay);
    const online = k.service === 'online_tuition' || (counselling && p.rng.chance(0.3));
    const outcome = p.rng.weighted([
      ['attended', 85],
      ['cancelled_by_client_with_due_cause', 5],
      ['cancelled_by_service', 4],
      ['did_not_attend', counselling ? 2 : 3],
      ['cancelled_by_client_without_due_cause', counselling ? 1 : 2],
      ['technology_failure', k.service === 'online_tuition' ? 2 : 0],
    ] as const);
    const details = kit.sessionDetails({
      workerId: p.rng.chance(0.95) ? k.allocatedWorkerId : otherWorker(p.cast, k, p.rng),
      kind,
      location: online ? 'online_from_home' : 'practice',
      outcome,
      technologyFailure: outcome === 'technology_failure' ? p.rng.pick(['no_sound', 'no_video', 'unstable_connection', 'failed_connection'] as const) : null,
      reportFiled: outcome === 'attended' && p.rng.chance(0.97),
    });
    p.add(kit.session({ ...p.when(day), fact: kit.SESSION_FACTS[outcome] }, details));
  }
}

function planComplaints(p: CasePlanner, count: number, issues: readonly OpenIssue[]): void {
  const k = p.kase;
  for (let i = 0; i < count; i++) {
    const day = p.rng.int(k.startDay, k.endDay);
    const about = p.rng.chance(0.5) ? k.allocatedWorkerId : null;
    const completed = day + p.rng.int(10, 45);
    const done = completed <= p.untilDay;
    const open = issues.filter((x) => x.day <= day);
    const details = kit.complaintDetails({
      route: p.rng.pick(['phone', 'email', 'letter', 'online_form'] as const),
      aboutPersonId: about,
      aboutWhat: about ? 'The worker' : p.rng.pick(['The timetable', 'An invoice', 'Communication from the office']),
      issueId: open.length && p.rng.chance(0.3) ? p.rng.pick(open).id : null,
      investigationStatus: done ? 'completed' : 'investigating',
      outcome: done ? p.rng.pick(['upheld', 'partly_upheld', 'not_upheld'] as const) : null,
      procedureCompletedOn: done ? dateOf(completed) : null,
      staffHours: p.rng.int(1, 4),
      seeksReplacement: about !== null && p.rng.chance(0.05),
    });
    p.add(kit.complaint({ ...p.when(day), fact: 'The client made a complaint.', significant: true }, details));
  }
}

function planReviews(p: CasePlanner): void {
  const k = p.kase;
  if (!isCounselling(k.service)) return;
  for (let day = k.startDay + 90; day <= k.endDay; day += 180) {
    const fine = p.rng.chance(0.85);
    p.add(kit.counsellingReview({ ...p.when(day), fact: 'Counselling review with the clinical lead.' }, { clarityOfAims: fine, progressAgainstAims: fine || p.rng.chance(0.5), counsellorView: '', assessedByUserId: p.cast.clinicalLead.id }));
  }
}

/** Fills the case up to its quotas after its situations. */
export function planBackground(p: CasePlanner, quota: Counts): void {
  const contacts = quota.contacts - p.used.contacts;
  const issues = planIssues(p, contacts);
  planContacts(p, contacts, issues);
  if (isTuition(p.kase.service) || isCounselling(p.kase.service)) planSessions(p, quota.sessions - p.used.sessions);
  planComplaints(p, quota.complaints - p.used.complaints, issues);
  planReviews(p);
  if (p.rng.chance(0.01)) {
    p.add(kit.behaviourIncident({ ...p.when(p.rng.int(p.kase.startDay, p.kase.endDay)), fact: 'The client shouted at a member of staff.', significant: true }, { kind: 'verbal_aggression', riskToStaff: 'some', protectiveSteps: '' }));
  }
}
