// The policy situations planted in the generated organisation, each shaped after SPEC section 3
// so that its flag finds it: an isolated pair (PAIR-1, with PAIR-2 now and then), the same pair
// followed by a re-pairing complaint (PAIR-4), a persistent caller (COMM-1 and COMM-2), missed
// counselling sessions (SESS-1), boundary incidents (BND-1) and safeguarding notes (SAFE-1 when
// an action is missing). What each needs of its case's quotas is declared beside it.
import { workingCalendar } from '../analysis/working-days';
import type { CasePlanner, Counts } from './case-planner';
import { isCounselling, isTuition, type PlannedCase } from './cases-plan';
import { dateOf } from './days';
import * as kit from './kit';

export type SituationKind = 'pairing' | 'repairing' | 'persistent' | 'missed_sessions' | 'boundaries' | 'safeguarding';

export interface SituationDef {
  readonly kind: SituationKind;
  /** Share of the cases that have it (at least one case whenever one is eligible). */
  readonly rate: number;
  readonly needs: Counts;
  eligible(kase: PlannedCase): boolean;
  plan(p: CasePlanner): void;
}

const calendar = workingCalendar();
const BURST_DAYS = [0, 2, 5, 7, 9, 12, 15, 19];

/** 8 contacts in 20 days, all with the allocated worker and none with the organisation around them. */
function isolatedPair(p: CasePlanner, margin: number, after: number): number {
  const start = p.slot(margin + 19 + margin + after) + margin;
  p.quietForContacts.push({ from: start - margin, to: start + 19 + margin + after });
  const worker = p.kase.allocatedWorkerId;
  const outOfChannel = p.rng.chance(0.5);
  BURST_DAYS.forEach((offset, i) => {
    const [medium, line] = outOfChannel && i === 5 ? (['phone_call', 'personal_phone_shown'] as const) : p.rng.pick([['phone_call', 'practice_mobile'], ['text_message', 'practice_mobile'], ['email', 'company_email']] as const);
    const details = kit.contactDetails({ medium, line, direction: i % 2 ? 'to_client' : 'from_client_side', clientParties: p.clientParty(), staffParties: [worker], purpose: 'tuition_or_support' });
    p.add(kit.contact({ ...p.when(start + offset), fact: kit.contactFact(details) }, details));
  });
  return start + 19;
}

const pairing: SituationDef = {
  kind: 'pairing',
  rate: 0.02,
  needs: { contacts: 8, sessions: 0, complaints: 0 },
  eligible: (k) => isTuition(k.service),
  plan: (p) => void isolatedPair(p, 28, 0),
};

const repairing: SituationDef = {
  kind: 'repairing',
  rate: 0.015,
  needs: { contacts: 9, sessions: 0, complaints: 1 },
  eligible: (k) => isTuition(k.service),
  plan(p) {
    const end = isolatedPair(p, 28, 14);
    const manager = p.kase.manager.personId;
    const details = kit.contactDetails({ medium: 'phone_call', line: 'main_desk_phone', direction: 'from_client_side', clientParties: [p.kase.client.id], staffParties: [manager], purpose: 'enquiry' });
    p.add(kit.contact({ ...p.when(end + 8), fact: 'The client rang the client manager feeling overwhelmed; the call helped.' }, details));
    const complaint = kit.complaintDetails({ route: 'phone', aboutPersonId: p.kase.allocatedWorkerId, aboutWhat: 'The tutor', investigationStatus: 'investigating', staffHours: 2, seeksReplacement: true });
    p.add(kit.complaint({ ...p.when(end + 14), fact: 'The client complained about the tutor and asked for a different one.', significant: true }, complaint));
  },
};

const persistent: SituationDef = {
  kind: 'persistent',
  rate: 0.03,
  needs: { contacts: 18, sessions: 0, complaints: 0 },
  eligible: () => true,
  plan(p) {
    const from = p.slot(40);
    const k = p.kase;
    const staff = [k.manager.personId, k.allocatedWorkerId, p.rng.pick(p.cast.reception)];
    const inbound = (day: number, line: 'helpline' | 'main_desk_phone' | 'company_email', extra: Partial<ReturnType<typeof kit.contactDetails>> = {}) => {
      const medium = line === 'company_email' ? 'email' : 'phone_call';
      const details = kit.contactDetails({ medium, line, direction: 'from_client_side', clientParties: [k.client.id], staffParties: [p.rng.pick(staff)], purpose: 'enquiry', ...extra });
      p.add(kit.contact({ ...p.when(day), fact: kit.contactFact(details) }, details));
    };
    // COMM-1 (a): contacts on 6 consecutive working days.
    let day = from;
    for (const n of [2, 1, 2, 1, 1, 1]) {
      while (!calendar.isWorkingDay(dateOf(day))) day++;
      for (let i = 0; i < n; i++) inbound(day, p.rng.pick(['helpline', 'main_desk_phone', 'company_email'] as const));
      day++;
    }
    // COMM-1 (b): two days with 4 contacts each, 4 days apart.
    for (const heavy of [day + 3, day + 7]) for (let i = 0; i < 4; i++) inbound(heavy, i % 2 ? 'helpline' : 'company_email');
    // COMM-2: the same issue through two lines with two staff on one day.
    const issueId = p.add(kit.issue({ ...p.when(from - 3), fact: 'The client is unhappy about changes to the timetable.' }, { title: 'Timetable changes', openedOn: dateOf(from - 3), resolvedOn: null }));
    inbound(from + 24, 'helpline', { issueId, staffParties: [staff[0]!] });
    inbound(from + 24, 'company_email', { issueId, staffParties: [staff[1]!] });
    const agreed = from + 30;
    p.add(
      kit.communicationAgreement(
        { ...p.when(agreed), fact: 'A communication agreement was made with the client.' },
        { singlePointOfContactId: k.manager.personId, agreedFrequency: 'One email a week', allowedChannels: ['company_email'], onlyNewIssuesAnswered: true, ignoredUnlessRelevantToOpenIssue: false, styleRequirement: '', frequencyContacts: 0, frequencyDays: 7, startsOn: dateOf(agreed), reviewOn: dateOf(agreed + 90), endedOn: null },
      ),
    );
  },
};

const missedSessions: SituationDef = {
  kind: 'missed_sessions',
  rate: 0.04,
  needs: { contacts: 0, sessions: 3, complaints: 0 },
  eligible: (k) => isCounselling(k.service),
  plan(p) {
    const from = p.slot(50);
    for (const [offset, outcome] of [[0, 'did_not_attend'], [20, 'cancelled_by_client_without_due_cause'], [45, 'did_not_attend']] as const) {
      const details = kit.sessionDetails({ workerId: p.kase.allocatedWorkerId, kind: 'Counselling session', location: 'practice', outcome });
      p.add(kit.session({ ...p.when(from + offset), fact: kit.SESSION_FACTS[outcome] }, details));
    }
  },
};

const boundaries: SituationDef = {
  kind: 'boundaries',
  rate: 0.02,
  needs: { contacts: 0, sessions: 0, complaints: 0 },
  eligible: () => true,
  plan(p) {
    const from = p.slot(85);
    const workerId = p.kase.allocatedWorkerId;
    const minor = p.rng.chance(0.6);
    const kinds = minor ? (['personal_disclosure', 'contact_outside_allocated_times', 'gift'] as const) : (['personal_number_given'] as const);
    kinds.forEach((kind, i) => {
      p.add(kit.boundaryIncident({ ...p.when(from + i * 35), fact: 'A boundary incident was reported.', significant: !minor }, { workerId, kind, severity: minor ? 'minor' : 'moderate', discussedInSupervision: i > 0 }));
    });
  },
};

const safeguarding: SituationDef = {
  kind: 'safeguarding',
  rate: 0.03,
  needs: { contacts: 0, sessions: 0, complaints: 0 },
  eligible: () => true,
  plan(p) {
    const day = p.slot(5);
    const required = p.rng.chance(0.6);
    const done = p.rng.chance(0.3);
    p.add(
      kit.safeguardingNote(
        { ...p.when(day), fact: 'The client disclosed a concern during a conversation; noted and escalated.', significant: true },
        {
          concern: p.rng.pick(['suicide_or_self_harm_disclosure', 'risk_to_others'] as const),
          reportRequired: required,
          reportedOn: required && done ? dateOf(day + 1) : null,
          clinicalLeadConsultedOn: !required && done ? dateOf(day + 1) : null,
        },
      ),
    );
  },
};

export const SITUATIONS: readonly SituationDef[] = [pairing, repairing, persistent, missedSessions, boundaries, safeguarding];
