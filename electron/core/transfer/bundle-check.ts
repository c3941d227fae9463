// Step two of an import: the bundle must agree with itself. Ids are unique, versions run 1..n,
// and every person, user and record a case or record points at is carried by the bundle, is of
// the right kind and (for records) belongs to the same case; so is the casework's
// (bundle-action-check.ts), and the letters' (bundle-letter-check.ts). Nothing here reads the store.
import type { BundleCase, CaseBundle } from '../contract';
import { checkActions } from './bundle-action-check';
import { checkLetters } from './bundle-letter-check';
import type { Issues, Path } from './bundle-issues';
import { refsOf, versionPayloads, type RefKind } from './bundle-refs';

/** Reports every repeated value of `key` among `items` at the path of its second and later uses. */
function unique<T>(items: readonly T[], key: (item: T) => string, at: (i: number) => Path, what: string, issues: Issues): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) issues.add(at(i), `repeats the ${what} ${k}`);
    seen.add(k);
  });
}

export function checkBundle(bundle: CaseBundle, issues: Issues): void {
  unique(bundle.users, (u) => u.id, (i) => ['users', i, 'id'], 'user id', issues);
  unique(bundle.staff, (s) => s.id, (i) => ['staff', i, 'id'], 'staff id', issues);
  unique(bundle.cases, (c) => c.id, (i) => ['cases', i, 'id'], 'case id', issues);
  const allRecords = bundle.cases.flatMap((c, ci) => c.records.map((r, ri) => ({ id: r.id, path: ['cases', ci, 'records', ri, 'id'] as Path })));
  unique(allRecords, (r) => r.id, (i) => allRecords[i]!.path, 'record id', issues);
  const allActions = bundle.cases.flatMap((c, ci) => c.actions.map((a, ai) => ({ id: a.id, path: ['cases', ci, 'actions', ai, 'id'] as Path })));
  unique(allActions, (a) => a.id, (i) => allActions[i]!.path, 'action id', issues);
  const allLetters = bundle.cases.flatMap((c, ci) => c.letters.map((l, li) => ({ id: l.id, path: ['cases', ci, 'letters', li, 'id'] as Path })));
  unique(allLetters, (l) => l.id, (i) => allLetters[i]!.path, 'letter id', issues);

  const users = new Map(bundle.users.map((u) => [u.id, u]));
  const staff = new Set(bundle.staff.map((s) => s.id));
  const clientSide = new Map<string, string>();
  bundle.cases.forEach((kase, ci) => {
    kase.clientSide.forEach((p, pi) => {
      const path: Path = ['cases', ci, 'clientSide', pi];
      if (staff.has(p.id)) issues.add([...path, 'id'], 'is also the id of a staff person');
      const content = JSON.stringify(p);
      const earlier = clientSide.get(p.id);
      if (earlier !== undefined && earlier !== content) issues.add(path, `differs from another case's copy of person ${p.id}`);
      clientSide.set(p.id, content);
    });
    checkCase(kase, ['cases', ci], { users, staff }, issues);
    checkActions(bundle, kase, ['cases', ci], issues);
    checkLetters(bundle, kase, ['cases', ci], issues);
  });
}

interface Known {
  readonly users: ReadonlyMap<string, CaseBundle['users'][number]>;
  readonly staff: ReadonlySet<string>;
}

function checkCase(kase: BundleCase, at: Path, known: Known, issues: Issues): void {
  unique(kase.clientSide, (p) => p.id, (i) => [...at, 'clientSide', i, 'id'], 'person id', issues);
  const sideKind = new Map(kase.clientSide.map((p) => [p.id, p.kind]));
  if (sideKind.get(kase.clientId) !== 'client') issues.add([...at, 'clientId'], 'must be a client listed in clientSide');
  if (kase.studentId !== null && sideKind.get(kase.studentId) !== 'student') issues.add([...at, 'studentId'], 'must be a student listed in clientSide');
  for (const field of ['allocatedWorkerId', 'clientManagerId', 'mentorId'] as const) {
    const personId = kase[field];
    if (personId !== null && !known.staff.has(personId)) issues.add([...at, field], 'must be a staff person listed in staff');
  }
  if (!known.users.has(kase.createdBy)) issues.add([...at, 'createdBy'], 'must be a user listed in users');

  const recordType = new Map(kase.records.map((r) => [r.id, r.type]));
  const fits = (kind: RefKind, id: string): string | null => {
    switch (kind) {
      case 'staff':
        return known.staff.has(id) ? null : 'must be a staff person listed in staff';
      case 'client_side':
        return sideKind.has(id) ? null : "must be a person in this case's clientSide";
      case 'user':
        return known.users.has(id) ? null : 'must be a user listed in users';
      case 'clinical_lead':
        return known.users.get(id)?.role === 'clinical_lead' ? null : 'must be a clinical lead listed in users';
      case 'issue':
      case 'session':
        return recordType.get(id) === kind ? null : `must be a ${kind} record of this case`;
    }
  };
  kase.records.forEach((record, ri) => {
    const rat: Path = [...at, 'records', ri];
    if (record.mergedInto !== null) {
      if (record.type !== 'issue') issues.add([...rat, 'mergedInto'], 'is only for issues');
      else if (record.mergedInto === record.id || recordType.get(record.mergedInto) !== 'issue') issues.add([...rat, 'mergedInto'], 'must be another issue of this case');
    }
    const payloads = versionPayloads(record);
    record.versions.forEach((version, vi) => {
      const vat: Path = [...rat, 'versions', vi];
      if (version.version !== vi + 1) issues.add([...vat, 'version'], `must be ${vi + 1}: versions run from 1, oldest first`);
      if (!known.users.has(version.recordedBy)) issues.add([...vat, 'recordedBy'], 'must be a user listed in users');
      if (vi === 0 && version.correctionReason !== null) issues.add([...vat, 'correctionReason'], 'must be null on the first version');
      if (vi > 0 && version.correctionReason === null) issues.add([...vat, 'correctionReason'], 'is required on a correction');
      for (const ref of refsOf(payloads[vi]!)) {
        const problem = fits(ref.kind, ref.id);
        if (problem) issues.add([...vat, 'details', ...ref.path], problem);
      }
    });
  });
}
