// A long operation in named steps (issue 9: review packs and backups show progress and can be
// cancelled, as imports already could). The first step starts at once, without yielding even a
// microtask: a backup's snapshot is of the store as it was when asked for, before any call sent
// after it. Each later step first yields a turn, so a cancel sent while the previous step ran
// (the core is single-threaded) is heard, then reports where it is. Callers place steps only
// before anything is written, or clean up what a cancel interrupts: a cancelled call must leave
// nothing behind.
import { CoreError } from './errors';
import type { CallContext } from './router';

export interface Steps {
  /** Starts the first step, synchronously. */
  first(label: string): void;
  /** Starts the next step, or throws `cancelled` if the caller cancelled meanwhile. */
  next(label: string): Promise<void>;
}

const nextTurn = () => new Promise<void>((done) => setImmediate(done));

export function stepsOf(ctx: CallContext, total: number, whatStops: string): Steps {
  let done = 0;
  const start = (label: string): void => {
    if (ctx.signal.aborted) throw new CoreError('cancelled', `${whatStops} was cancelled; nothing was written.`);
    ctx.progress({ done, total, label });
    done = Math.min(done + 1, total);
  };
  return {
    first: start,
    async next(label) {
      await nextTurn();
      start(label);
    },
  };
}
