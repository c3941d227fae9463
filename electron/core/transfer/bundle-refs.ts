// What a record's details point at (staff, client-side people, users, other records of the case),
// with the path of each reference inside the details. Export uses it to collect the people a
// bundle must carry; import uses it to check every reference, and rewrites the staff and user
// ids that this store knows under another id.
import type { BundleRecord, RecordPayload } from '../contract';
import type { Path } from './bundle-issues';

export type RefKind = 'staff' | 'client_side' | 'user' | 'clinical_lead' | 'issue' | 'session';

export interface Ref {
  readonly path: Path;
  readonly id: string;
  readonly kind: RefKind;
}

const one = (path: Path, id: string | null, kind: RefKind): Ref[] => (id === null ? [] : [{ path, id, kind }]);
const many = (key: string, ids: readonly string[], kind: RefKind): Ref[] => ids.map((id, i) => ({ path: [key, i], id, kind }));

/** References in one version's details; paths are relative to `details`. */
export function refsOf(record: RecordPayload): Ref[] {
  switch (record.type) {
    case 'contact': {
      const d = record.details;
      return [...many('clientParties', d.clientParties, 'client_side'), ...many('staffParties', d.staffParties, 'staff'), ...one(['issueId'], d.issueId, 'issue')];
    }
    case 'session':
      return [...one(['workerId'], record.details.workerId, 'staff'), ...one(['replacementForId'], record.details.replacementForId, 'session')];
    case 'complaint':
      return [...one(['aboutPersonId'], record.details.aboutPersonId, 'staff'), ...one(['issueId'], record.details.issueId, 'issue')];
    case 'boundary_incident':
      return one(['workerId'], record.details.workerId, 'staff');
    case 'counselling_review':
      return one(['assessedByUserId'], record.details.assessedByUserId, 'clinical_lead');
    case 'communication_agreement':
      return one(['singlePointOfContactId'], record.details.singlePointOfContactId, 'staff');
    case 'case_review':
      return one(['signedOffByUserId'], record.details.signedOffByUserId, 'user');
    case 'issue':
    case 'behaviour_incident':
    case 'safeguarding_note':
      return [];
  }
}

/** Each version of a bundle record as a payload (type and details), oldest first. */
export function versionPayloads(record: BundleRecord): RecordPayload[] {
  // One arm per type keeps the link between a record's type and its details' type.
  switch (record.type) {
    case 'contact':
      return record.versions.map((v) => ({ type: record.type, details: v.details }));
    case 'session':
      return record.versions.map((v) => ({ type: record.type, details: v.details }));
    case 'complaint':
      return record.versions.map((v) => ({ type: record.type, details: v.details }));
    case 'issue':
      return record.versions.map((v) => ({ type: record.type, details: v.details }));
    case 'boundary_incident':
      return record.versions.map((v) => ({ type: record.type, details: v.details }));
    case 'behaviour_incident':
      return record.versions.map((v) => ({ type: record.type, details: v.details }));
    case 'safeguarding_note':
      return record.versions.map((v) => ({ type: record.type, details: v.details }));
    case 'counselling_review':
      return record.versions.map((v) => ({ type: record.type, details: v.details }));
    case 'communication_agreement':
      return record.versions.map((v) => ({ type: record.type, details: v.details }));
    case 'case_review':
      return record.versions.map((v) => ({ type: record.type, details: v.details }));
  }
}

/** The same payload with staff and user references replaced by this store's ids. */
export function rewriteRefs(p: RecordPayload, person: (id: string) => string, user: (id: string) => string): RecordPayload {
  const orNull = (id: string | null, map: (id: string) => string): string | null => (id === null ? null : map(id));
  switch (p.type) {
    case 'contact':
      return { type: p.type, details: { ...p.details, staffParties: p.details.staffParties.map(person) } };
    case 'session':
      return { type: p.type, details: { ...p.details, workerId: person(p.details.workerId) } };
    case 'complaint':
      return { type: p.type, details: { ...p.details, aboutPersonId: orNull(p.details.aboutPersonId, person) } };
    case 'boundary_incident':
      return { type: p.type, details: { ...p.details, workerId: person(p.details.workerId) } };
    case 'counselling_review':
      return { type: p.type, details: { ...p.details, assessedByUserId: user(p.details.assessedByUserId) } };
    case 'communication_agreement':
      return { type: p.type, details: { ...p.details, singlePointOfContactId: orNull(p.details.singlePointOfContactId, person) } };
    case 'case_review':
      return { type: p.type, details: { ...p.details, signedOffByUserId: orNull(p.details.signedOffByUserId, user) } };
    case 'issue':
    case 'behaviour_incident':
    case 'safeguarding_note':
      return p;
  }
}
