// Transfer domain: contact import from CSV (a phone system's or helpline's export) and case
// bundles. The import maps CSV columns to contact fields, fills the rest from defaults, and is
// previewed before anything is written; the words it accepts for each value are listed here so
// the core, the wizard and docs/contact-import.md agree.
import { z } from 'zod';
import { method } from './define';
import { CONTACT_PURPOSES, LINES, MEDIA, TONE_MARKERS, contactDetails } from './record-details';
import { id, isoDateTime } from './schemas';

/** What a CSV column can be mapped to. `time` is for exports that put the time in its own column. */
export const CONTACT_IMPORT_FIELDS = [
  'occurredAt',
  'time',
  'medium',
  'line',
  'direction',
  'purpose',
  'staffParties',
  'clientParties',
  'lengthMinutes',
  'fact',
  'analysis',
  'significant',
  'requestedByService',
  'withinAllocatedTimes',
  'bringsNewInformation',
  'toneMarkers',
] as const;
export type ContactImportField = (typeof CONTACT_IMPORT_FIELDS)[number];

export const CONTACT_IMPORT_FIELD_LABELS: Readonly<Record<ContactImportField, string>> = {
  occurredAt: 'Date and time (or date)',
  time: 'Time, if in its own column',
  medium: 'Medium',
  line: 'Line used',
  direction: 'Direction',
  purpose: 'Purpose',
  staffParties: 'Staff (full name)',
  clientParties: 'Client side (full name)',
  lengthMinutes: 'Length in minutes',
  fact: 'Fact (what happened)',
  analysis: 'Analysis',
  significant: 'Significant event',
  requestedByService: 'Requested by the service',
  withinAllocatedTimes: 'Within allocated times',
  bringsNewInformation: 'Brings new information',
  toneMarkers: 'Tone markers',
};

/**
 * The words a cell may hold for each value, compared ignoring case, spaces, dashes and
 * underscores; the contract's own id is always accepted too. The first word is the label.
 */
export const MEDIUM_WORDS: Readonly<Record<(typeof MEDIA)[number], readonly string[]>> = {
  phone_call: ['Phone call', 'phone', 'call', 'telephone', 'voice call', 'voice'],
  text_message: ['Text message', 'text', 'sms'],
  email: ['Email', 'e-mail'],
  letter: ['Letter', 'post'],
  video_call: ['Video call', 'video'],
  social_media_message: ['Social media message', 'social media', 'direct message', 'dm'],
  in_person: ['In person', 'face to face', 'face-to-face', 'visit', 'walk-in'],
};

export const LINE_WORDS: Readonly<Record<(typeof LINES)[number], readonly string[]>> = {
  main_desk_phone: ['Main desk phone', 'main desk', 'desk', 'desk phone', 'reception', 'office phone'],
  practice_mobile: ['Practice mobile', 'work mobile', 'company mobile'],
  personal_phone_withheld: ['Personal phone (number withheld)', 'personal phone withheld', 'withheld'],
  personal_phone_shown: ['Personal phone (number shown)', 'personal phone shown', 'personal phone', 'personal mobile'],
  company_email: ['Company email', 'work email'],
  personal_email: ['Personal email'],
  service_inbox: ['Service inbox', 'inbox', 'shared inbox'],
  helpline: ['Helpline', 'help line'],
  approved_video_platform: ['Approved video platform', 'approved video'],
  other_video_platform: ['Other video platform', 'other video'],
};

export const DIRECTION_WORDS: Readonly<Record<'from_client_side' | 'to_client', readonly string[]>> = {
  from_client_side: ['From the client side', 'from client', 'inbound', 'incoming', 'in', 'received'],
  to_client: ['To the client', 'to client', 'outbound', 'outgoing', 'out', 'made'],
};

export const PURPOSE_WORDS: Readonly<Record<(typeof CONTACT_PURPOSES)[number], readonly string[]>> = {
  tuition_or_support: ['Tuition or support', 'tuition', 'support', 'lesson'],
  cancellation_or_rescheduling: ['Cancellation or rescheduling', 'cancellation', 'cancel', 'rescheduling', 'reschedule'],
  complaint: ['Complaint'],
  enquiry: ['Enquiry', 'inquiry', 'query', 'question'],
  safeguarding: ['Safeguarding'],
  other: ['Other'],
};

export const TONE_WORDS: Readonly<Record<(typeof TONE_MARKERS)[number], readonly string[]>> = {
  sarcastic: ['Sarcastic'],
  rude: ['Rude'],
  derogatory: ['Derogatory'],
  discriminatory: ['Discriminatory'],
  threatening: ['Threatening', 'threat'],
};

export const YES_WORDS = ['yes', 'y', 'true', '1'] as const;
export const NO_WORDS = ['no', 'n', 'false', '0'] as const;

/** How the date column is written. Times without an offset are Europe/London local times. */
export const IMPORT_DATE_FORMATS = ['uk', 'iso'] as const;
export const IMPORT_DATE_FORMAT_LABELS: Readonly<Record<(typeof IMPORT_DATE_FORMATS)[number], string>> = {
  uk: 'UK: 31/12/2026 14:05',
  iso: 'ISO: 2026-12-31 14:05 or 2026-12-31T14:05:00Z',
};

/** Field -> CSV column name (as the header row writes it). Unmapped fields take their default. */
export const contactImportMapping = z.partialRecord(z.enum(CONTACT_IMPORT_FIELDS), z.string().min(1).max(500));
export type ContactImportMapping = z.output<typeof contactImportMapping>;

/** What every row gets where its field is unmapped or its cell is empty. */
export const contactImportDefaults = contactDetails
  .pick({ requestedByService: true, withinAllocatedTimes: true, bringsNewInformation: true })
  .extend({
    medium: contactDetails.shape.medium.default('phone_call'),
    line: contactDetails.shape.line.default('helpline'),
    direction: contactDetails.shape.direction.default('from_client_side'),
    purpose: contactDetails.shape.purpose.default('other'),
    /** Empty: the case's client. */
    clientParties: z.array(id).default([]),
    staffParties: contactDetails.shape.staffParties,
    significant: z.boolean().default(false),
    fact: z.string().trim().max(20_000, 'must be at most 20,000 characters').default(''),
  });
export type ContactImportDefaults = z.input<typeof contactImportDefaults>;

/** A CSV file is sent as text: the wizard reads the file itself (no paths cross to the core). */
export const contactImportInput = z.object({
  caseId: id,
  csv: z.string().max(64 * 1024 * 1024, 'is larger than 64 MB: split the file'),
  mapping: contactImportMapping.optional(),
  dateFormat: z.enum(IMPORT_DATE_FORMATS).default('uk'),
  defaults: contactImportDefaults.prefault({}),
});
export type ContactImportInput = z.input<typeof contactImportInput>;

/** A bad cell: `row` counts as a spreadsheet does (the header is row 1), `column` is its header. */
export const contactImportError = z.object({ row: z.number().int(), column: z.string(), reason: z.string() });
export type ContactImportError = z.output<typeof contactImportError>;

export const contactImportPreviewRow = z.object({
  row: z.number().int(),
  occurredAt: isoDateTime,
  fact: z.string(),
  analysis: z.string(),
  significant: z.boolean(),
  details: contactDetails,
  clientNames: z.array(z.string()),
  staffNames: z.array(z.string()),
});
export type ContactImportPreviewRow = z.output<typeof contactImportPreviewRow>;

/** At most this many errors are listed (errorCount says how many there are in all). */
export const MAX_LISTED_IMPORT_ERRORS = 1000;

const IMPORTERS = ['director', 'client_manager'] as const;

export const transferMethods = {
  'contacts.previewImport': method({
    summary: 'Read a CSV of contacts: its columns, a suggested mapping, the first rows as they would be recorded, every bad row',
    access: IMPORTERS,
    progress: true,
    input: contactImportInput.extend({ previewRows: z.number().int().min(1).max(200).default(20) }),
    output: z.object({
      columns: z.array(z.string()),
      suggestedMapping: contactImportMapping,
      /** The mapping the preview used: the one given, or the suggested one. */
      mapping: contactImportMapping,
      dataRows: z.number().int(),
      validRows: z.number().int(),
      rows: z.array(contactImportPreviewRow),
      errors: z.array(contactImportError),
      errorCount: z.number().int(),
    }),
  }),
  'contacts.import': method({
    summary: 'Import a CSV of contacts into a case: all rows in one transaction, or none if any row is bad',
    access: IMPORTERS,
    progress: true,
    input: contactImportInput,
    output: z.object({ caseId: id, imported: z.number().int() }),
  }),
};
