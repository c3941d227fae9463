// System domain: start-up self-test, audit verification, organisation settings.
import { z } from 'zod';
import { id } from './schemas';
import { method } from './define';

export const selfTestReport = z.object({
  ok: z.boolean(),
  checks: z.array(z.object({ name: z.string(), ok: z.boolean(), detail: z.string() })),
});
export type SelfTestReport = z.infer<typeof selfTestReport>;

export const auditVerification = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
});

export const organisation = z.object({
  name: z.string(),
  address: z.string(),
  autoLockMinutes: z.number().int(),
});

export const systemMethods = {
  'system.selfTest': method({
    summary: 'Check that the store module loads, an encrypted database round-trips and the KDF is right',
    access: 'anyone',
    input: z.object({}),
    output: selfTestReport,
  }),
  'audit.verify': method({
    summary: 'Walk the audit hash chain and report the first broken link',
    access: ['director'],
    input: z.object({}),
    output: auditVerification,
  }),
  'audit.forCase': method({
    summary: "A case's audit trail: who did what to the case, its records and its casework, and when",
    access: ['director'],
    input: z.object({ caseId: id }),
    output: z.array(z.object({ seq: z.number().int(), at: z.string(), actor: z.string(), action: z.string(), entity: z.string(), entityId: z.string().nullable() })),
  }),
  'org.get': method({
    summary: "The organisation's name, address and settings",
    access: 'signed-in',
    input: z.object({}),
    output: organisation,
  }),
  'org.update': method({
    summary: "Change the organisation's name, address or auto-lock time",
    access: ['director'],
    input: z.object({
      name: z.string().trim().min(1, 'is required').max(200),
      address: z.string().trim().min(1, 'is required').max(1000),
      autoLockMinutes: z.number().int().min(1, 'must be at least 1 minute').max(240, 'must be at most 240 minutes'),
    }),
    output: organisation,
  }),
};
