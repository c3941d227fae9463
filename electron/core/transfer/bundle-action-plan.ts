// Step three of an import, for a case's casework: which actions the store already holds (matched
// when the same, a conflict when not) and which to write, with user ids rewritten to this
// store's. An action is someone's act or judgement (a warning issued, a decision, an appeal
// decided), so unlike a record's authorship it is never given to the importer: whoever did it
// must be a user here, in the role the act needs. Reads the store, writes nothing.
import type { BundleAction, BundleActionKind, BundleCase, CaseBundle, Role } from '../contract';
import type { Writer } from '../records/record-service';
import { citedRecords, namedUsers } from './bundle-action-check';
import { canonical } from './bundle-compare';
import type { Issues, Path } from './bundle-issues';
import type { TargetUser } from './bundle-map';

export interface ActionToWrite {
  readonly caseId: string;
  readonly clientId: string;
  /** The bundle's action with this store's user ids. */
  readonly action: BundleAction;
  readonly recordedBy: string;
  /** As a UTC instant, as the core writes every action's time. */
  readonly recordedAt: string;
}

export interface ActionsContext {
  readonly bundle: CaseBundle;
  readonly userOf: (id: string) => TargetUser | null;
}

const DECIDERS: readonly Role[] = ['appeals_officer', 'director', 'clinical_lead'];
/** The roles the casework API requires for each judgement (docs/roles.md); other acts need only a user. */
const JUDGES: Partial<Record<BundleActionKind, readonly Role[]>> = {
  assessment: ['clinical_lead'],
  consultation: ['clinical_lead'],
  decision: ['director'],
  restriction_review: ['director'],
  appeal_assignment: ['director'],
  appeal_decision: DECIDERS,
};
const ROLE_WORDS: Record<Role, string> = { director: 'the director', client_manager: 'a client manager', clinical_lead: 'a clinical lead', appeals_officer: 'an appeals officer' };

const instant = (iso: string): string => new Date(iso).toISOString();

function rolesFor(a: BundleAction, path: Path): readonly Role[] | undefined {
  if (path[0] === 'payload') return DECIDERS; // whom an appeal is assigned to
  return a.kind === 'warning' && a.payload.level === 'written' ? ['director'] : JUDGES[a.kind];
}

/** The same action with the user it names in its payload mapped to this store's. */
function withUsers(a: BundleAction, user: (id: string) => string): BundleAction {
  return a.kind === 'appeal_assignment' ? { ...a, payload: { userId: user(a.payload.userId) } } : a;
}

export function planActions(w: Writer, kase: BundleCase, at: Path, ctx: ActionsContext, issues: Issues): { toWrite: ActionToWrite[]; matched: number } {
  const inBundle = new Set(kase.records.map((r) => r.id));
  const storedRecord = w.db.prepare('SELECT case_id, type FROM records WHERE id = ?');
  const storedAction = w.db.prepare('SELECT case_id, kind, target_id, payload, recorded_at, recorded_by FROM case_actions WHERE id = ?');
  const leftOut = ctx.bundle.exported.restricted === 'left_out' ? ' (the bundle was exported without safeguarding notes: export it again with them)' : '';
  const toWrite: ActionToWrite[] = [];
  let matched = 0;

  kase.actions.forEach((a, ai) => {
    const aat: Path = [...at, 'actions', ai];
    for (const u of namedUsers(a)) {
      const here = ctx.userOf(u.id);
      const who = ctx.bundle.users.find((x) => x.id === u.id);
      const named = who ? `${who.fullName} (login ${who.login})` : u.id;
      const roles = rolesFor(a, u.path);
      if (!here) issues.add([...aat, ...u.path], `is ${named}, who is not a user of this store: casework is never re-attributed, so add them as a user, then import again`);
      else if (roles && !roles.includes(here.role)) issues.add([...aat, ...u.path], `is ${named}, who is not ${roles.map((r) => ROLE_WORDS[r]).join(' or ')} in this store`);
    }
    for (const r of citedRecords(a)) {
      if (inBundle.has(r.id)) continue;
      const row = storedRecord.get(r.id) as { case_id: string; type: string } | undefined;
      if (!row || row.case_id !== kase.id) issues.add([...aat, ...r.path], `must be a record of this case, and neither the bundle nor this store has it${leftOut}`);
      else if (r.agreement && row.type !== 'communication_agreement') issues.add([...aat, ...r.path], 'must be a communication agreement of this case');
    }
    const recordedBy = ctx.userOf(a.recordedBy)?.id ?? a.recordedBy;
    const action = withUsers(a, (id) => ctx.userOf(id)?.id ?? id);
    const stored = storedAction.get(a.id) as { case_id: string; kind: string; target_id: string | null; payload: string; recorded_at: string; recorded_by: string } | undefined;
    if (!stored) return void toWrite.push({ caseId: kase.id, clientId: kase.clientId, action, recordedBy, recordedAt: instant(a.recordedAt) });
    matched += 1;
    const why =
      stored.case_id !== kase.id
        ? 'has the id of an action of another case in this store'
        : stored.kind !== a.kind
          ? `has the id of a ${stored.kind.replaceAll('_', ' ')} in this store`
          : canonical({ t: stored.target_id, p: JSON.parse(stored.payload), at: instant(stored.recorded_at), by: stored.recorded_by }) !== canonical({ t: a.targetId, p: action.payload, at: instant(a.recordedAt), by: recordedBy })
            ? "differs from this store's copy"
            : null;
    if (why) issues.add([...aat, 'id'], why, 'conflict');
  });

  if (toWrite.length && w.db.prepare('SELECT 1 FROM erased_cases WHERE case_id = ?').get(kase.id)) {
    issues.add(at, 'is a case whose client was erased in this store: it takes no new casework', 'conflict');
  }
  return { toWrite, matched };
}
