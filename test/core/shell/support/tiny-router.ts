// A tiny contract of its own, routed by the real router, for what the app's contract has no
// method for yet: a long call that reports progress and honours cancel, and a core that dies.
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { method } from '../../../../electron/core/contract';
import { CoreError } from '../../../../electron/core/errors';
import { createRouter } from '../../../../electron/core/router';

export const tinyContract = {
  'tiny.echo': method({ summary: 'Echo', access: 'anyone', input: z.object({ text: z.string().min(1) }), output: z.object({ text: z.string() }) }),
  'tiny.count': method({
    summary: 'Count slowly to n, reporting each step',
    access: 'anyone',
    progress: true,
    input: z.object({ to: z.number().int().min(1), stepMs: z.number().int().min(0) }),
    output: z.object({ reached: z.number() }),
  }),
  'tiny.exit': method({ summary: 'End the process', access: 'anyone', input: z.object({ code: z.number().int() }), output: z.null() }),
};

export function createTinyRouter() {
  return createRouter(
    tinyContract,
    {
      'tiny.echo': (input) => ({ text: input.text }),
      'tiny.count': async (input, ctx) => {
        for (let i = 1; i <= input.to; i++) {
          await sleep(input.stepMs);
          if (ctx.signal.aborted) throw new CoreError('cancelled', `Counting stopped at ${i - 1}; nothing was changed.`);
          ctx.progress({ done: i, total: input.to, label: `step ${i}` });
        }
        return { reached: input.to };
      },
      'tiny.exit': (input) => process.exit(input.code),
    },
    () => null,
    { logInternal: () => {} },
  );
}
