// Main's relay talking to a core host in a real worker thread (the Worker is the relay's port, as
// the UtilityProcess is in the app): ids, progress, cancel, shutdown, and a core that dies.
import { afterEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../../electron/core/contract';
import { startWorker, type CoreWorker } from './support/workers';

let core: CoreWorker | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

describe('core relay over a worker thread', () => {
  it('waits for ready, then relays calls and answers', async () => {
    core = startWorker('tiny-core-worker');
    expect(await core.relay.ready).toMatchObject({ ok: true });
    expect(await core.relay.invoke('tiny.echo', { text: 'over the port' })).toEqual({ ok: true, value: { text: 'over the port' } });
    const answers = await Promise.all(['a', 'b', 'c'].map((text) => core!.relay.invoke('tiny.echo', { text })));
    expect(answers.map((a) => (a.ok ? a.value : null))).toEqual([{ text: 'a' }, { text: 'b' }, { text: 'c' }]);
  });

  it('delivers progress to the caller and cancels by the caller’s call id', async () => {
    core = startWorker('tiny-core-worker');
    const seen: Progress[] = [];
    const relay = core.relay;
    const answer = relay.invoke('tiny.count', { to: 10_000, stepMs: 2 }, {
      callId: 'renderer-7',
      onProgress: (progress) => {
        seen.push(progress);
        if (progress.done === 5) relay.cancel('renderer-7');
      },
    });
    expect(await answer).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(seen.slice(0, 5).map((p) => p.done)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.at(-1)?.done).toBeLessThan(10_000);
    expect(await relay.invoke('tiny.count', { to: 3, stepMs: 0 }, { callId: 'renderer-7' })).toEqual({ ok: true, value: { reached: 3 } });
  });

  it('refuses a call id that is malformed or already in use, without sending it', async () => {
    core = startWorker('tiny-core-worker');
    const long = core.relay.invoke('tiny.count', { to: 5, stepMs: 20 }, { callId: 'same' });
    expect(await core.relay.invoke('tiny.echo', { text: 'x' }, { callId: 'same' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.relay.invoke('tiny.echo', { text: 'x' }, { callId: '<script>' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await long).toEqual({ ok: true, value: { reached: 5 } });
  });

  it('answers every pending call with a clear internal error when the core dies, and every later call too', async () => {
    core = startWorker('tiny-core-worker');
    await core.relay.ready;
    const waiting = core.relay.invoke('tiny.count', { to: 10_000, stepMs: 5 });
    const dying = core.relay.invoke('tiny.exit', { code: 7 });
    const expected = { ok: false, error: { code: 'internal', message: expect.stringMatching(/core process stopped unexpectedly \(exit code 7\).*Restart Threshold/) } };
    expect(await waiting).toMatchObject(expected);
    expect(await dying).toMatchObject(expected);
    expect(await core.relay.exited).toBe(7);
    expect(await core.relay.invoke('tiny.echo', { text: 'anyone there?' })).toMatchObject(expected);
  });

  it('also fails pending calls when the worker is terminated from outside', async () => {
    core = startWorker('tiny-core-worker');
    await core.relay.ready;
    const waiting = core.relay.invoke('tiny.count', { to: 10_000, stepMs: 5 });
    await core.worker.terminate();
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('stopped unexpectedly') } });
  });

  it('shuts the core down: running calls end cancelled, then the core reports closed', async () => {
    core = startWorker('tiny-core-worker');
    await core.relay.ready;
    const running = core.relay.invoke('tiny.count', { to: 10_000, stepMs: 5 });
    await core.relay.shutdown(5000);
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await core.relay.invoke('tiny.echo', { text: 'x' })).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('ignores and logs a malformed message from the core rather than trusting it', async () => {
    core = startWorker('tiny-core-worker');
    await core.relay.ready;
    core.worker.emit('message', { type: 'result', id: 'x', result: { ok: 'yes' } });
    expect(core.logged).toEqual([expect.stringContaining('ignored a malformed message from the core')]);
  });
});
