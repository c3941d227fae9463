// PAIR-4 possible re-pairing complaint: a complaint about staff person A at tc, and a contact
// between the client and a client manager or mentor B (B ≠ A) at tk with date(tc) − 30 days ≤
// date(tk) and tk < tc, where PAIR-1 held for A in a window ending between date(tk) − 60 days
// and date(tk). Westcountry SEN, client contact and pairing (the worked example): "the client may
// then have an interaction with a Client Manager / mentor that helps with their overwhelmed
// feeling and suddenly they want to pair with them rather than the tutor. Often a complaint is
// made against the tutor as a way of trying to make a new pair." Threshold's numbers.
import { isManagerOrMentor } from '../contacts';
import { addDays, longDate } from '../dates';
import { defineFlag, integer, POLICY, TUITION, type NewFinding } from '../flag';
import { recordsOf, staffName } from '../model';
import { pair1Defaults, pair1Windows, type Pair1Window } from './pair-1';

export const pair4 = defineFlag({
  id: 'PAIR-4',
  title: 'Possible re-pairing complaint',
  definition:
    'A complaint about staff person A, after a contact between the client and a client manager or mentor B (not A) in the 30 days before it, where an isolated pair (PAIR-1) had formed with A in a window ending in the 60 days up to that contact.',
  citation: { policy: POLICY.pairing, section: 'The human motivation to pair (the worked example)' },
  services: { default: TUITION, origin: 'policy' },
  params: {
    beforeComplaintDays: integer('Contact with a client manager or mentor, within before the complaint', 30, 'threshold', 'days', 1, 3650),
    pairingLookbackDays: integer('Isolated pair ended, within before that contact', 60, 'threshold', 'days', 0, 3650),
  },
  prompt: 'Gather evidence before acting on this complaint, and do not pair with the client against the worker.',
  evaluate(c, p) {
    const complaints = recordsOf(c, 'complaint');
    if (!complaints.some((x) => x.details.aboutPersonId !== null)) return [];
    // PAIR-1's windows with PAIR-1's default parameters: a flag receives only its own settings,
    // so a change to PAIR-1's settings does not reach PAIR-4.
    const windows = new Map<string, Pair1Window[]>();
    const contacts = recordsOf(c, 'contact');
    const findings: NewFinding[] = [];
    for (const complaint of complaints) {
      const a = complaint.details.aboutPersonId;
      if (a === null) continue;
      const earliest = addDays(complaint.date, -p.beforeComplaintDays);
      const before = Date.parse(complaint.occurredAt);
      // Contacts with a client manager or mentor B ≠ A in the days before the complaint.
      const withB = contacts.flatMap((k) => {
        if (k.date < earliest || Date.parse(k.occurredAt) >= before) return [];
        const b = k.details.staffParties.filter((id) => id !== a && isManagerOrMentor(c, id));
        return b.length ? [{ k, b }] : [];
      });
      if (!withB.length) continue;
      const pairedWithA = windows.get(a) ?? windows.set(a, pair1Windows(c, pair1Defaults, a)).get(a)!;
      const ids = new Set<string>();
      const managers = new Set<string>();
      let pairedUntil = '';
      for (const { k, b } of withB) {
        const lookFrom = addDays(k.date, -p.pairingLookbackDays);
        const held = pairedWithA.filter((w) => w.end >= lookFrom && w.end <= k.date);
        if (!held.length) continue;
        ids.add(k.id);
        b.forEach((id) => managers.add(id));
        for (const w of held) {
          w.contactIds.forEach((id) => ids.add(id));
          if (w.end > pairedUntil) pairedUntil = w.end;
        }
      }
      if (!ids.size) continue;
      ids.add(complaint.id);
      const evidence = c.records.filter((r) => ids.has(r.id));
      const names = [...managers].map((id) => staffName(c, id)).join(' and ');
      findings.push({
        summary: `The complaint about ${staffName(c, a)} on ${longDate(complaint.date)} follows the client's contact with ${names} and an isolated pair with ${staffName(c, a)} in the window ending ${longDate(pairedUntil)}: it may be an attempt to make a new pair.`,
        from: evidence[0]!.date,
        to: complaint.date,
        evidence: evidence.map((r) => r.id),
        staffId: a,
      });
    }
    return findings;
  },
});
