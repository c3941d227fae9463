// Records domain (foundation slice): staff people and cases. The chronology issue completes it.
import { z } from 'zod';
import { method } from './define';
import { id, isoDate, isoDateTime, personName, staffRole } from './schemas';

export const SERVICES = [
  'online_tuition',
  'in_practice_tuition',
  'counselling_open_ended',
  'counselling_short_term',
  'information_advice',
] as const;
export const service = z.enum(SERVICES);
export type Service = z.infer<typeof service>;

export const CASE_STATUSES = ['active', 'under_review', 'warned', 'restricted', 'withdrawn', 'closed'] as const;
export const caseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatus>;

export const staffPerson = z.object({
  id,
  fullName: z.string(),
  staffRole,
  userId: id.nullable(),
});
export type StaffPerson = z.infer<typeof staffPerson>;

export const caseSummary = z.object({
  id,
  reference: z.string(),
  clientId: id,
  clientName: z.string(),
  service,
  status: caseStatus,
  startDate: isoDate,
  allocatedWorker: staffPerson,
  clientManager: staffPerson,
  createdAt: isoDateTime,
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const recordsMethods = {
  'people.listStaff': method({
    summary: 'Every staff person, users and non-users alike',
    access: 'signed-in',
    input: z.object({}),
    output: z.array(staffPerson),
  }),
  'people.addStaff': method({
    summary: 'Record a staff person who is not a user (a tutor, counsellor, mentor, ...)',
    access: ['director', 'client_manager'],
    input: z.object({ fullName: personName, staffRole }),
    output: staffPerson,
  }),
  'cases.list': method({
    summary: 'Every case, newest first',
    access: 'signed-in',
    input: z.object({}),
    output: z.array(caseSummary),
  }),
  'cases.create': method({
    summary: 'Open a case for a new client',
    access: ['director', 'client_manager'],
    input: z.object({
      clientName: personName,
      service,
      startDate: isoDate,
      allocatedWorkerId: id,
      clientManagerId: id,
    }),
    output: caseSummary,
  }),
  'cases.get': method({
    summary: 'One case',
    access: 'signed-in',
    input: z.object({ caseId: id }),
    output: caseSummary,
  }),
};
