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

const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullable().default(null);

export const clientSidePerson = z.object({
  id,
  kind: z.enum(['client', 'student']),
  fullName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
});
export type ClientSidePerson = z.infer<typeof clientSidePerson>;

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

export const caseDetail = caseSummary.extend({
  client: clientSidePerson,
  student: clientSidePerson.nullable(),
  mentor: staffPerson.nullable(),
  /** When the professional boundaries were explained to the client (Sue Lambert 4.1). */
  boundariesExplainedOn: isoDate.nullable(),
  /** Everyone on the client side of this case: the client, the student, another parent or carer. */
  clientSide: z.array(clientSidePerson),
});
export type CaseDetail = z.infer<typeof caseDetail>;

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
  'cases.recent': method({
    summary: 'The cases the signed-in user opened lately, the latest first (from the access log)',
    access: 'signed-in',
    input: z.object({ limit: z.number().int().min(1, 'must be at least 1').max(20, 'must be at most 20').default(8) }),
    output: z.array(z.object({ case: caseSummary, openedAt: isoDateTime })),
  }),
  'cases.create': method({
    summary: 'Open a case for a new client',
    access: ['director', 'client_manager'],
    input: z.object({
      clientName: personName,
      clientPhone: optionalText(50),
      clientEmail: optionalText(200),
      clientAddress: optionalText(1000),
      service,
      startDate: isoDate,
      allocatedWorkerId: id,
      clientManagerId: id,
    }),
    output: caseSummary,
  }),
  'cases.get': method({
    summary: 'One case with its people (opening it is written to the access log)',
    access: 'signed-in',
    input: z.object({ caseId: id }),
    output: caseDetail,
  }),
  'cases.update': method({
    summary: "Change a case's people or the date its boundaries were explained",
    access: ['director', 'client_manager'],
    input: z.object({
      caseId: id,
      allocatedWorkerId: id.optional(),
      clientManagerId: id.optional(),
      studentId: id.nullable().optional(),
      mentorId: id.nullable().optional(),
      boundariesExplainedOn: isoDate.nullable().optional(),
    }),
    output: caseDetail,
  }),
  'people.addClientSide': method({
    summary: 'Add a client-side person to a case (the student, another parent or carer)',
    access: ['director', 'client_manager', 'clinical_lead'],
    input: z.object({
      caseId: id,
      kind: z.enum(['client', 'student']),
      fullName: personName,
      phone: optionalText(50),
      email: optionalText(200),
      address: optionalText(1000),
      /** Make this person the case's student. */
      asStudent: z.boolean().default(false),
    }),
    output: clientSidePerson,
  }),
};
