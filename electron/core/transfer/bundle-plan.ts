// Step three of an import, for cases and records: what to create and what the store already
// holds, with every staff and user id rewritten to this store's (the casework's own rules are in
// bundle-action-plan.ts, the letters' in bundle-letter-plan.ts). Reads the store, writes nothing.
import { RESTRICTED_TYPES, type BundleCase, type BundleImportResult, type BundleRecord, type CaseBundle, type RecordPayload } from '../contract';
import type { Writer } from '../records/record-service';
import { planActions, type ActionToWrite } from './bundle-action-plan';
import { caseDifferences, recordDifference, type VersionToCompare } from './bundle-compare';
import { planLetters, type LetterToWrite, type VoidToWrite } from './bundle-letter-plan';
import type { Issues, Path } from './bundle-issues';
import { planPeople, type PeoplePlan } from './bundle-map';
import { refsOf, rewriteRefs, versionPayloads } from './bundle-refs';

export interface CaseToWrite {
  readonly kase: BundleCase;
  readonly reference: string;
  readonly allocatedWorkerId: string;
  readonly clientManagerId: string;
  readonly mentorId: string | null;
  readonly createdBy: string;
}

export interface RecordToWrite {
  readonly caseId: string;
  readonly clientId: string;
  readonly record: BundleRecord;
  readonly restricted: boolean;
  /** Each version's details with this store's ids; a null author here means the importer. */
  readonly versions: readonly VersionToCompare[];
}

export interface ImportPlan {
  readonly people: PeoplePlan;
  readonly cases: readonly CaseToWrite[];
  readonly records: readonly RecordToWrite[];
  /** In the bundle's order, which is each case's log order: a target is written before what acts on it. */
  readonly actions: readonly ActionToWrite[];
  readonly letters: readonly LetterToWrite[];
  /** Letters this store holds as signed that the bundle's store has voided since. */
  readonly voids: readonly VoidToWrite[];
  readonly result: BundleImportResult;
}

export function planImport(w: Writer, bundle: CaseBundle, issues: Issues): ImportPlan {
  const people = planPeople(w.db, bundle, issues);
  const person = (id: string): string => people.persons.get(id) ?? id;
  const userOf = (id: string) => people.users.get(id) ?? null;
  const byImporter = new Map<string, { login: string; fullName: string }>();
  /** This store's user for a bundle user; the importer (noted) when there is none. */
  const author = (id: string): string => {
    const found = userOf(id);
    if (found) return found.id;
    const u = bundle.users.find((x) => x.id === id);
    if (u) byImporter.set(u.id, { login: u.login, fullName: u.fullName });
    return w.user.id;
  };

  const cases: CaseToWrite[] = [];
  const records: RecordToWrite[] = [];
  const actions: ActionToWrite[] = [];
  const letters: LetterToWrite[] = [];
  const voids: VoidToWrite[] = [];
  const result: BundleImportResult = {
    cases: { created: [], matched: [] },
    people: { created: [], matched: [...people.matched] },
    records: { created: 0, matched: 0 },
    actions: { created: 0, matched: 0 },
    letters: { created: 0, matched: 0, voided: 0, renumbered: [] },
    recordedByImporter: [],
    renumbered: [],
    managedByImporter: [],
  };
  result.people.created.push(...people.staffToCreate.map((s) => s.id), ...people.clientSideToCreate.map((p) => p.id));
  let count = (w.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  // Prepared once: a bundle may hold many thousands of records.
  const managerUser = w.db.prepare("SELECT 1 FROM users WHERE person_id = ? AND removed_at IS NULL AND role IN ('client_manager', 'director')");
  const storedCase = w.db.prepare('SELECT client_manager_id, reference FROM cases WHERE id = ?');
  const storedRecord = w.db.prepare('SELECT 1 FROM records WHERE id = ?');

  bundle.cases.forEach((kase, ci) => {
    const at: Path = ['cases', ci];
    // A case's client manager must be a client manager (or director) user here; else the importer takes the case.
    const manager = person(kase.clientManagerId);
    const managerRow = managerUser.get(manager);
    const targets = { allocatedWorkerId: person(kase.allocatedWorkerId), clientManagerId: managerRow ? manager : null, mentorId: kase.mentorId === null ? null : person(kase.mentorId) };
    const exists = storedCase.get(kase.id) as { client_manager_id: string; reference: string } | undefined;
    let caseReference = exists?.reference ?? kase.reference;
    if (exists) {
      const differ = caseDifferences(w, kase, targets);
      if (differ.length) issues.add(at, `has the id of a case in this store with other ${differ.join(', ')}`, 'conflict');
      result.cases.matched.push(kase.id);
    } else {
      count += 1;
      const reference = `TH-${String(count).padStart(4, '0')}`;
      caseReference = reference;
      if (reference !== kase.reference) result.renumbered.push({ caseId: kase.id, from: kase.reference, to: reference });
      if (!targets.clientManagerId) result.managedByImporter.push(kase.id);
      cases.push({ kase, reference, ...targets, clientManagerId: targets.clientManagerId ?? w.user.personId, createdBy: author(kase.createdBy) });
      result.cases.created.push(kase.id);
    }
    const managerHere = exists ? exists.client_manager_id : (targets.clientManagerId ?? w.user.personId);
    const mayRestricted = w.user.role === 'director' || managerHere === w.user.personId;

    kase.records.forEach((record, ri) => {
      const rat: Path = [...at, 'records', ri];
      const restricted = RESTRICTED_TYPES.includes(record.type);
      const versions: VersionToCompare[] = versionPayloads(record).map((payload, vi) => {
        checkUserRefs(payload, [...rat, 'versions', vi, 'details'], userOf, bundle, issues);
        const source = record.versions[vi]!;
        return { payload: rewriteRefs(payload, person, (id) => userOf(id)?.id ?? id), source, recordedBy: userOf(source.recordedBy)?.id ?? null };
      });
      if (storedRecord.get(record.id)) {
        const why = recordDifference(w, kase.id, record, versions);
        if (why) issues.add([...rat, 'id'], why, 'conflict');
        result.records.matched += 1;
        return;
      }
      if (restricted && !mayRestricted) issues.add(rat, "is a safeguarding note: only the director or the case's client manager may import it", 'forbidden');
      for (const v of versions) if (v.recordedBy === null) author(v.source.recordedBy);
      records.push({ caseId: kase.id, clientId: kase.clientId, record, restricted, versions });
      result.records.created += 1;
    });

    const planned = planActions(w, kase, at, { bundle, userOf }, issues);
    actions.push(...planned.toWrite);
    result.actions.created += planned.toWrite.length;
    result.actions.matched += planned.matched;

    const lettersPlanned = planLetters(w, kase, at, { bundle, userOf, author, caseReference }, issues, result.letters);
    letters.push(...lettersPlanned.toWrite);
    voids.push(...lettersPlanned.voids);
  });
  result.recordedByImporter.push(...byImporter.values());
  return { people, cases, records, actions, letters, voids, result };
}

/** An assessment or a sign-off is a person's judgement: it is never re-attributed to the importer. */
function checkUserRefs(payload: RecordPayload, at: Path, userOf: (id: string) => { role: string } | null, bundle: CaseBundle, issues: Issues): void {
  for (const ref of refsOf(payload)) {
    if (ref.kind !== 'user' && ref.kind !== 'clinical_lead') continue;
    const here = userOf(ref.id);
    const who = bundle.users.find((u) => u.id === ref.id);
    const named = who ? `${who.fullName} (login ${who.login})` : ref.id;
    if (!here) issues.add([...at, ...ref.path], `is ${named}, who is not a user of this store: add them as a user, then import again`);
    else if (ref.kind === 'clinical_lead' && here.role !== 'clinical_lead') issues.add([...at, ...ref.path], `is ${named}, who is not a clinical lead in this store`);
  }
}
