// Step two of an import, for a case's casework: each action must fit the log it came from. Every
// target is an earlier action of the same case of the kind it acts on (a decision on a proposal,
// an appeal on a warning or a decision), decided things are decided once, the users named are in
// the bundle, and the records cited are this case's. Nothing here reads the store: a cited record
// the bundle does not carry is checked against the store when the import is planned.
import type { BundleAction, BundleActionKind, BundleCase, CaseBundle } from '../contract';
import type { Issues, Path } from './bundle-issues';

/** What each kind acts on: null, nothing; otherwise an earlier action of one of these kinds. */
export const TARGET_KINDS: Readonly<Record<BundleActionKind, readonly BundleActionKind[] | null>> = {
  warning: null,
  assessment: null,
  risk_check: null,
  proposal: null,
  consultation: ['proposal'],
  decision: ['proposal'],
  restriction_review: ['proposal'],
  appeal: ['warning', 'proposal'],
  appeal_assignment: ['appeal'],
  appeal_decision: ['appeal'],
};

/** Kinds an action may have at most one of per target: the log's readers keep only the last. */
const ONCE: Partial<Record<BundleActionKind, string>> = { consultation: "the clinical lead's view", decision: 'the decision', appeal_decision: 'the decision' };

/** The record ids an action cites, with their paths inside the action. */
export function citedRecords(a: BundleAction): { path: Path; id: string; agreement: boolean }[] {
  const evidence = 'evidence' in a.payload ? a.payload.evidence.map((id, i) => ({ path: ['payload', 'evidence', i] as Path, id, agreement: false })) : [];
  const agreement = a.kind === 'proposal' && a.payload.agreementId !== null ? [{ path: ['payload', 'agreementId'] as Path, id: a.payload.agreementId, agreement: true }] : [];
  return [...evidence, ...agreement];
}

/** The user ids an action names: who recorded it, and whom an appeal was assigned to. */
export function namedUsers(a: BundleAction): { path: Path; id: string }[] {
  return [{ path: ['recordedBy'], id: a.recordedBy }, ...(a.kind === 'appeal_assignment' ? [{ path: ['payload', 'userId'] as Path, id: a.payload.userId }] : [])];
}

export function checkActions(bundle: CaseBundle, kase: BundleCase, at: Path, issues: Issues): void {
  const users = new Set(bundle.users.map((u) => u.id));
  const recordType = new Map(kase.records.map((r) => [r.id, r.type]));
  const elsewhere = new Set(bundle.cases.filter((c) => c.id !== kase.id).flatMap((c) => c.records.map((r) => r.id)));
  const earlier = new Map<string, BundleActionKind>();
  const once = new Set<string>();
  kase.actions.forEach((a, ai) => {
    const aat: Path = [...at, 'actions', ai];
    const allowed = TARGET_KINDS[a.kind];
    if (allowed === null && a.targetId !== null) issues.add([...aat, 'targetId'], `must be null: a ${a.kind.replaceAll('_', ' ')} acts on no other action`);
    if (allowed !== null) {
      const kind = a.targetId === null ? undefined : earlier.get(a.targetId);
      if (kind === undefined || !allowed.includes(kind)) issues.add([...aat, 'targetId'], `must be an earlier ${allowed.join(' or ')} of this case`);
      else if (ONCE[a.kind]) {
        const key = `${a.kind}:${a.targetId}`;
        if (once.has(key)) issues.add([...aat, 'targetId'], `repeats ${ONCE[a.kind]} on that ${kind}: it is given once`);
        once.add(key);
      }
    }
    for (const u of namedUsers(a)) if (!users.has(u.id)) issues.add([...aat, ...u.path], 'must be a user listed in users');
    for (const r of citedRecords(a)) {
      if (elsewhere.has(r.id)) issues.add([...aat, ...r.path], 'is a record of another case');
      else if (r.agreement && recordType.has(r.id) && recordType.get(r.id) !== 'communication_agreement') issues.add([...aat, ...r.path], 'must be a communication agreement of this case');
    }
    earlier.set(a.id, a.kind);
  });
}
