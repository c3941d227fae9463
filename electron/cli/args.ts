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
  // flags (and generate: the last day with records)
  at: { type: 'string' },
  // generate
  scale: { type: 'string' },
  seed: { type: 'string' },
  // restore (backup writes to --out)
  from: { type: 'string' },
  // subject-access and erase
  client: { type: 'string' },
  release: { type: 'string' },
  'redactions-reviewed': { type: 'boolean', default: false },
  redact: { type: 'string', multiple: true },
  reason: { type: 'string' },
} as const;

export function parseCli(argv: readonly string[]) {
  return parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
}

export type CliValues = ReturnType<typeof parseCli>['values'];
