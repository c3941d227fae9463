import { call, withUnlockedStore, type CliContext } from '../context';
import { readInput } from '../files';

/** Imports a case bundle file (or standard input): all of it, or nothing if anything is wrong. */
export function importBundle(ctx: CliContext): Promise<number> {
  const text = readInput(ctx.args[0], 'bundle');
  return withUnlockedStore(ctx, async (core) => {
    const result = await call(core, 'bundles.import', { bundle: text });
    const lines = [
      `Cases: ${result.cases.created.length} created, ${result.cases.matched.length} already here.`,
      `People: ${result.people.created.length} created, ${result.people.matched.length} already here.`,
      `Records: ${result.records.created} created, ${result.records.matched} already here.`,
      `Casework: ${result.actions.created} created, ${result.actions.matched} already here.`,
      `Signed letters: ${result.letters.created} created, ${result.letters.matched} already here${result.letters.voided ? `, ${result.letters.voided} voided since` : ''}.`,
      ...result.renumbered.map((r) => `Case ${r.from} is ${r.to} in this store.`),
      ...result.letters.renumbered.map((r) => `Letter ${r.from} is ${r.to} in this store (its PDF shows the reference it was signed under).`),
      ...result.recordedByImporter.map((u) => `Records by ${u.fullName} (${u.login}), who is not a user here, now name you; the audit trail keeps who wrote them.`),
      ...(result.managedByImporter.length ? [`You are the client manager of ${result.managedByImporter.length} imported case(s) whose client manager is not a user here.`] : []),
    ];
    ctx.print(lines.join('\n'), result);
    return 0;
  });
}
