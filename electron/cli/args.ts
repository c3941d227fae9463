// Every option the command line knows, in one place. There is deliberately no --passphrase:
// argv is visible to every user of the machine in the process list.
import { parseArgs } from 'node:util';

export const OPTIONS = {
  store: { type: 'string' },
  login: { type: 'string' },
  'passphrase-fd': { type: 'string' },
  'passphrase-file': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
  // init
  'org-name': { type: 'string' },
  'org-address': { type: 'string' },
  'director-name': { type: 'string' },
  'director-login': { type: 'string' },
  // bundles and contacts
  case: { type: 'string', multiple: true },
  all: { type: 'boolean', default: false },
  out: { type: 'string' },
  'include-restricted': { type: 'boolean', default: false },
  'date-format': { type: 'string' },
  mapping: { type: 'string' },
  // flags and checklist (and generate: the last day with records); register restrictions
  at: { type: 'string' },
  // generate
  scale: { type: 'string' },
  seed: { type: 'string' },
  // restore (backup writes to --out); register oversight's first day
  from: { type: 'string' },
  // subject-access and erase
  client: { type: 'string' },
  release: { type: 'string' },
  'redactions-reviewed': { type: 'boolean', default: false },
  redact: { type: 'string', multiple: true },
  reason: { type: 'string' },
  // casework (checklist, warn, propose, consult, decide, assess, risk-check, review-restriction,
  // appeal, register). Lists (criteria, evidence, lines) take commas and may also be repeated.
  level: { type: 'string' },
  criteria: { type: 'string', multiple: true },
  criterion: { type: 'string' },
  evidence: { type: 'string', multiple: true },
  'evidence-from-flag': { type: 'string', multiple: true },
  issued: { type: 'string' },
  summary: { type: 'string' },
  'live-months': { type: 'string' },
  review: { type: 'string' },
  'confirmed-on': { type: 'string' },
  'confirmed-how': { type: 'string' },
  need: { type: 'string' },
  explains: { type: 'string' },
  adjustments: { type: 'string' },
  'need-details': { type: 'string' },
  outcome: { type: 'string' },
  rationale: { type: 'string' },
  block: { type: 'string', multiple: true },
  agreement: { type: 'string' },
  proposal: { type: 'string' },
  approve: { type: 'boolean', default: false },
  refuse: { type: 'boolean', default: false },
  reject: { type: 'boolean', default: false },
  'counsellor-view': { type: 'string' },
  reasons: { type: 'string' },
  on: { type: 'string' },
  finding: { type: 'string' },
  risks: { type: 'string' },
  'safeguarding-concerns': { type: 'string' },
  action: { type: 'string' },
  restriction: { type: 'string' },
  renew: { type: 'boolean', default: false },
  lift: { type: 'boolean', default: false },
  against: { type: 'string' },
  grounds: { type: 'string' },
  appeal: { type: 'string' },
  user: { type: 'string' },
  upheld: { type: 'boolean', default: false },
  dismissed: { type: 'boolean', default: false },
  // register oversight (with --from)
  to: { type: 'string' },
  // pack (with --case, --all, --out, --at)
  redacted: { type: 'boolean', default: false },
  // letter (--case, --out): the type, the source to draft from, and whether to sign it
  type: { type: 'string' },
  source: { type: 'string' },
  sign: { type: 'boolean', default: false },
} as const;

export function parseCli(argv: readonly string[]) {
  return parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
}

export type CliValues = ReturnType<typeof parseCli>['values'];
