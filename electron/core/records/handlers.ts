import type { chronologyMethods } from '../contract/chronology';
import type { recordsMethods } from '../contract/records';
import type { DomainHandlers } from '../services';
import { listAccess, logAccess } from './access-log';
import { addClientSidePerson, getCaseDetail, updateCase } from './case-detail';
import { createCase, listCases } from './cases';
import { recentCases } from './recent-cases';
import { listChronology } from './chronology-query';
import { getStaff, insertPerson, listStaff } from './people';
import { correctRecord, createRecord, getRecord, mergeIssues } from './record-service';

export const recordsHandlers: DomainHandlers<typeof recordsMethods> = ({ db, actorId, clock, writer }) => ({
  'people.listStaff': () => listStaff(db()),
  'people.addStaff': (input) =>
    db().transaction(() => getStaff(db(), insertPerson(db(), { kind: 'staff', fullName: input.fullName, staffRole: input.staffRole }, actorId(), clock.now())))(),
  'cases.list': () => listCases(db()),
  'cases.recent': (input) => recentCases(db(), actorId(), input.limit),
  'cases.create': (input) => createCase(db(), input, actorId(), clock.now()),
  // Opening a case is written to the access log (SPEC section 7).
  'cases.get': (input) => {
    const found = getCaseDetail(writer(), input.caseId);
    logAccess(db(), clock.now(), actorId(), 'case', found.id);
    return found;
  },
  'cases.update': (input) => updateCase(writer(), input),
  'people.addClientSide': (input) => addClientSidePerson(writer(), input),
});

export const chronologyHandlers: DomainHandlers<typeof chronologyMethods> = ({ db, writer }) => ({
  'records.create': (input) => createRecord(writer(), input),
  'records.correct': (input) => correctRecord(writer(), input),
  'records.get': (input) => getRecord(writer(), input.recordId),
  'chronology.list': (input) => listChronology(writer(), input),
  'issues.merge': (input) => mergeIssues(writer(), input),
  'access.list': (input) => listAccess(db(), input.caseId, input.limit),
});
