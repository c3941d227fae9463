// Letters (SPEC section 5): the eight letter types, who signs each, a letter's editable content
// and its stored, signed form. A draft is edited freely; signing freezes it: the signer re-enters
// their passphrase, the PDF is stored with its SHA-256, the signer and the time, and the
// director's letters carry an Ed25519 signature. A signed letter is only ever voided, with a reason.
import { z } from 'zod';
import { ROLES } from './define';
import { fileSystemPath, id, isoDate, isoDateTime, passphrase } from './schemas';

export const LETTER_TYPES = [
  'verbal_warning_confirmation',
  'written_warning',
  'withdrawal_of_service',
  'communication_agreement',
  'contact_restriction',
  'missed_sessions_notice',
  'end_of_short_term_counselling',
  'warning_expired',
] as const;
export const letterType = z.enum(LETTER_TYPES);
export type LetterType = z.infer<typeof letterType>;

/** Who signs each type (SPEC section 5; G-5: warnings, withdrawal and restriction letters are the director's). */
export const LETTER_SIGNERS: Readonly<Record<LetterType, 'director' | 'client_manager'>> = {
  verbal_warning_confirmation: 'client_manager',
  written_warning: 'director',
  withdrawal_of_service: 'director',
  communication_agreement: 'client_manager',
  contact_restriction: 'director',
  missed_sessions_notice: 'client_manager',
  end_of_short_term_counselling: 'client_manager',
  warning_expired: 'client_manager',
};

export const LETTER_TYPE_LABELS: Readonly<Record<LetterType, string>> = {
  verbal_warning_confirmation: 'Verbal warning confirmation',
  written_warning: 'Written warning',
  withdrawal_of_service: 'Withdrawal of service',
  communication_agreement: 'Communication agreement',
  contact_restriction: 'Contact restriction',
  missed_sessions_notice: 'Missed sessions notice',
  end_of_short_term_counselling: 'End of short-term counselling',
  warning_expired: 'Warning expired',
};

/** What a letter is drafted from: a warning or decision (casework actions), an agreement record, a flag, or the case itself. */
export const LETTER_SOURCE_KINDS = ['warning', 'decision', 'agreement', 'flag', 'case'] as const;
export const letterSource = z.object({ kind: z.enum(LETTER_SOURCE_KINDS), id: z.string().min(1).max(100).nullable() });
export type LetterSource = z.infer<typeof letterSource>;

/** The parts every letter has, in order; each may be edited (or emptied) before signing. */
export const SECTION_KEYS = ['opening', 'expected', 'consequence', 'live_period', 'review', 'appeal', 'complaints', 'closing'] as const;
export const SECTION_HEADINGS: Readonly<Record<(typeof SECTION_KEYS)[number], string>> = {
  opening: '',
  expected: 'What we ask of you',
  consequence: 'What happens next',
  live_period: 'How long this stays in place',
  review: 'Review',
  appeal: 'How to appeal',
  complaints: 'How to complain',
  closing: '',
};

// NFC: a name typed with a combining accent prints as its one precomposed letter (the fonts have those).
const para = (max: number) => z.string().trim().normalize('NFC').max(max, `must be at most ${max} characters`);
const filled = (max: number) => para(max).min(1, 'is required');

export const letterReason = z.object({ date: isoDate, text: filled(4000), recordId: id.nullable().default(null) });
export type LetterReason = z.output<typeof letterReason>;

export const letterContent = z.object({
  letterDate: isoDate,
  recipient: z.object({ name: filled(200), address: para(1000).default('') }),
  salutation: filled(200),
  subject: filled(200),
  /** Sent in the organisation's name: no staff member is named, not even the signer (4.4: "without increasing risks to staff"). */
  inOrganisationName: z.boolean(),
  reasonsIntro: para(2000).default(''),
  reasons: z.array(letterReason).max(200, 'list at most 200 reasons'),
  sections: z.array(z.object({ key: z.enum(SECTION_KEYS), text: para(6000) })).max(SECTION_KEYS.length),
  signOff: z.object({ name: para(200), title: para(200) }),
});
export type LetterContent = z.output<typeof letterContent>;

const person = z.object({ userId: id, fullName: z.string() });

export const LETTER_STATUSES = ['draft', 'signed', 'void'] as const;
export const letterProblem = z.object({ code: z.enum(['G-6', 'script', 'staff_named']), path: z.string(), message: z.string() });
export type LetterProblem = z.infer<typeof letterProblem>;

export const letterSummary = z.object({
  id,
  caseId: id,
  caseReference: z.string(),
  reference: z.string(),
  type: letterType,
  status: z.enum(LETTER_STATUSES),
  signer: z.enum(ROLES),
  letterDate: isoDate,
  recipient: z.string(),
  createdBy: person,
  updatedAt: isoDateTime,
  signedAt: isoDateTime.nullable(),
});
export type LetterSummary = z.infer<typeof letterSummary>;

export const letterView = letterSummary.extend({
  source: letterSource,
  revision: z.number().int(),
  content: letterContent,
  createdAt: isoDateTime,
  signed: z
    .object({ by: person.extend({ role: z.enum(ROLES) }), at: isoDateTime, sha256: z.string(), digitallySigned: z.boolean() })
    .nullable(),
  voided: z.object({ by: person, at: isoDateTime, reason: z.string() }).nullable(),
  /** What signing would refuse now (G-6, undrawable characters, staff named in a letter sent in the organisation's name). */
  problems: z.array(letterProblem),
});
export type LetterView = z.infer<typeof letterView>;

export const letterOption = z.object({ type: letterType, source: letterSource, label: z.string(), date: isoDate.nullable(), signer: z.enum(ROLES) });
export type LetterOption = z.infer<typeof letterOption>;

/** The letterhead and the routes every letter states (SPEC section 5), set by the director. */
export const letterhead = z.object({
  /** A PNG or JPEG as a data URL, at most 512 KB; null for none. */
  logo: z
    .string()
    .max(700_000, 'must be an image of at most 512 KB')
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'must be a PNG or JPEG image')
    .nullable()
    .default(null),
  phone: para(100).default(''),
  // Printed under the letterhead for a client to reply to: a typo here reaches every letter.
  email: para(200)
    .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'must be an email address, like office@example.org')
    .default(''),
  website: para(200)
    .refine((v) => v === '' || /^(https?:\/\/)?[^\s/]+\.[^\s]+$/.test(v), 'must be a web address, like www.example.org')
    .default(''),
  appealDays: z.number().int().min(5, 'must be at least 5 days').max(90, 'must be at most 90 days').default(28),
  appealTo: filled(1000).default('the Chair of Trustees, in writing at the address above'),
  complaintsRoute: filled(2000).default('You can complain about this decision through our complaints procedure: write to us at the address above, or ask us for a copy of the procedure.'),
});
export type Letterhead = z.output<typeof letterhead>;

export const pdfFile = z.object({ fileName: z.string(), pdf: z.string().describe('base64'), sha256: z.string(), pages: z.number().int() });
export type PdfFile = z.infer<typeof pdfFile>;

export const savedFile = z.object({ path: z.string(), sha256: z.string() });

export const letterVerification = z.object({
  checked: z.number().int(),
  valid: z.number().int(),
  failures: z.array(z.object({ letterId: id, reference: z.string(), problem: z.string() })),
  auditHeads: z.object({ checked: z.number().int(), valid: z.number().int() }),
});
export type LetterVerification = z.infer<typeof letterVerification>;

export const outPath = fileSystemPath('the file to write').refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p), 'must be a full path');
export const voidReason = z.string().trim().min(1, 'is required: say why the letter is void').max(2000);
export { passphrase as signingPassphrase };
