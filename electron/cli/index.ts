// Threshold's command line, on the same core and contract as the app: one file per command under
// commands/, each returning its exit code. Every failure ends as one line on stderr (and, with
// --json, the core's typed error on stdout) with a non-zero exit; never a stack trace.
import { parseCli } from './args';
import { appeal } from './commands/appeal';
import { assess } from './commands/assess';
import { backup } from './commands/backup';
import { checklist } from './commands/checklist';
import { consult } from './commands/consult';
import { decide } from './commands/decide';
import { demo } from './commands/demo';
import { erase } from './commands/erase';
import { exportBundle } from './commands/export-bundle';
import { flags } from './commands/flags';
import { generate } from './commands/generate';
import { importBundle } from './commands/import-bundle';
import { importContacts } from './commands/import-contacts';
import { init } from './commands/init';
import { pack } from './commands/pack';
import { letter, verifyLetters } from './commands/letter';
import { propose } from './commands/propose';
import { register } from './commands/register';
import { restore } from './commands/restore';
import { reviewRestriction } from './commands/review-restriction';
import { riskCheck } from './commands/risk-check';
import { selfTest } from './commands/self-test';
import { status } from './commands/status';
import { subjectAccess } from './commands/subject-access';
import { verifyAudit } from './commands/verify-audit';
import { warn } from './commands/warn';
import { CliError, type CliContext } from './context';
import { USAGE } from './usage';

const COMMANDS: Readonly<Record<string, (ctx: CliContext) => Promise<number>>> = {
  'self-test': selfTest,
  status,
  init,
  'verify-audit': verifyAudit,
  'export-bundle': exportBundle,
  'import-bundle': importBundle,
  'import-contacts': importContacts,
  flags,
  demo,
  'subject-access': subjectAccess,
  erase,
  generate,
  backup,
  restore,
  checklist,
  warn,
  propose,
  consult,
  decide,
  assess,
  'risk-check': riskCheck,
  'review-restriction': reviewRestriction,
  appeal,
  register,
  letter,
  'verify-letters': verifyLetters,
  pack,
};

/** Exit codes: 0 done, 1 refused or failed (the message says why), 2 not understood, 70 internal error. */
async function main(argv: readonly string[]): Promise<number> {
  let json = argv.includes('--json');
  try {
    const { values, positionals } = parseCli(argv);
    json = values.json;
    const [command, ...args] = positionals;
    if (values.help || !command) {
      process.stdout.write(`${USAGE}\n`);
      return values.help ? 0 : 2;
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) return fail(json, 2, `Unknown command "${command}". Run with --help for the list.`);
    const ctx: CliContext = {
      values,
      args,
      print: (human, data) => process.stdout.write(json ? `${JSON.stringify(data)}\n` : `${human}\n`),
      note: (message) => process.stderr.write(`${message}\n`),
    };
    return await run(ctx);
  } catch (error) {
    // A refusal by the command line itself (a bad or missing option, an unknown case) is, like the
    // core's own input refusals, invalid_input: scripts tell it from a guard's guard_refused.
    if (error instanceof CliError) return fail(json, 1, error.message, error.apiError ?? { code: 'invalid_input', message: error.message });
    // parseArgs refusals (an unknown option, a missing value) carry an ERR_PARSE_ARGS code.
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) return fail(json, 2, error.message);
    // Anything else is shown without its stack; messages from Node (a missing file) are plain.
    return fail(json, error instanceof Error && 'code' in error ? 1 : 70, error instanceof Error ? error.message : String(error));
  }
}

function fail(json: boolean, code: number, message: string, apiError?: unknown): number {
  process.stderr.write(`threshold: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  if (json) process.stdout.write(`${JSON.stringify({ error: apiError ?? { code: code === 2 ? 'invalid_input' : 'internal', message } })}\n`);
  return code;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
