import { resolve } from 'node:path';
import { generateOrganisation, orgShape } from '../../core/generate';
import { CliError, requireValue, type CliContext } from '../context';

/** "0.01", "1/100" or "1": SPEC section 8's organisation times the scale. */
export function parseScale(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(\d+(?:\.\d+)?))?\s*$/.exec(text);
  const scale = match ? Number(match[1]) / Number(match[2] ?? 1) : Number.NaN;
  try {
    orgShape(scale);
  } catch {
    throw new CliError(`--scale must be above 0 and at most 1, such as 1, 0.1, 0.01 or 1/100 (got "${text}").`);
  }
  return scale;
}

/** Generates a large organisation (SPEC section 8's, scaled) into a new store folder. */
export async function generate(ctx: CliContext): Promise<number> {
  const dir = resolve(requireValue(ctx.values.store, '--store DIR', 'a new folder for the generated store'));
  const scale = parseScale(ctx.values.scale ?? '0.01');
  const seed = ctx.values.seed === undefined ? undefined : Number(ctx.values.seed);
  if (seed !== undefined && !Number.isSafeInteger(seed)) throw new CliError(`--seed must be a whole number (got "${ctx.values.seed}").`);
  const shape = orgShape(scale);
  ctx.note(`Generating ${shape.clients} clients, ${shape.contacts} contacts, ${shape.sessions} sessions and ${shape.complaints} complaints in ${dir}...`);
  let shown = -1;
  const summary = await generateOrganisation({
    storeDir: dir,
    scale,
    seed,
    until: ctx.values.at,
    onProgress: (p) => {
      const percent = p.phase === 'records' && p.total ? Math.floor((100 * p.done) / p.total) : -1;
      if (percent > shown) ctx.note(`  records written: ${p.done} of ${p.total} (${(shown = percent)}%)`);
    },
  });
  const seconds = summary.seconds.plan + summary.seconds.people + summary.seconds.records;
  ctx.print(
    [
      `Generated ${summary.cases} cases and ${summary.records} records in ${seconds.toFixed(1)} s (seed ${summary.seed}, records up to ${summary.until}).`,
      `Logins: ${summary.users.map((u) => u.login).join(', ')}; passphrase for every login: ${summary.passphrase}`,
      'A generated store is for measuring and exploring only: its passphrase is public.',
    ].join('\n'),
    summary,
  );
  return 0;
}
