// The core host over a real MessageChannel, fed raw messages: whatever arrives, it answers with a
// typed error and keeps serving.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { serveCore } from '../../../electron/core/host';
import { parseFromCore, type FromCore } from '../../../electron/core/protocol';
import { createTinyRouter } from './support/tiny-router';

const open: MessagePort[] = [];
afterEach(() => open.splice(0).forEach((port) => port.close()));

/** The host on one end of a channel; the test holds the other end and reads typed answers. */
function hostOnChannel(createRouter = createTinyRouter) {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  serveCore(port2, createRouter);
  const received: FromCore[] = [];
  const waiters: (() => void)[] = [];
  port1.on('message', (raw: unknown) => {
    const parsed = parseFromCore(raw);
    if (!parsed.ok) throw new Error(`the host sent a malformed message: ${parsed.problem}`);
    received.push(parsed.message);
    waiters.splice(0).forEach((wake) => wake());
  });
  async function next(predicate: (m: FromCore) => boolean): Promise<FromCore> {
    for (;;) {
      const found = received.find(predicate);
      if (found) return found;
      await new Promise<void>((wake) => waiters.push(wake));
    }
  }
  const resultOf = (id: string) => next((m) => m.type === 'result' && m.id === id);
  return { send: (message: unknown) => port1.postMessage(message), received, next, resultOf };
}

describe('core host', () => {
  it('routes an invoke and answers with the Result under the same id', async () => {
    const host = hostOnChannel();
    host.send({ type: 'invoke', id: 'c1', method: 'tiny.echo', input: { text: 'hello' } });
    expect(await host.resultOf('c1')).toEqual({ type: 'result', id: 'c1', result: { ok: true, value: { text: 'hello' } } });
  });

  it('answers invalid input and an unknown method with typed errors', async () => {
    const host = hostOnChannel();
    host.send({ type: 'invoke', id: 'c1', method: 'tiny.echo', input: { text: '' } });
    host.send({ type: 'invoke', id: 'c2', method: 'tiny.dropTables', input: {} });
    expect(await host.resultOf('c1')).toMatchObject({ result: { ok: false, error: { code: 'invalid_input', issues: [{ path: 'text' }] } } });
    expect(await host.resultOf('c2')).toMatchObject({ result: { ok: false, error: { code: 'unknown_method' } } });
  });

  it('answers garbage with a typed error, by call id when it has one, and keeps serving', async () => {
    const host = hostOnChannel();
    for (const garbage of [null, 42, 'invoke', [], { type: 'explode' }, { type: 'invoke' }, { id: '../../x', type: 'invoke' }]) host.send(garbage);
    host.send({ type: 'invoke', id: 'c9', method: 'tiny.echo' }); // no input: the router validates {} -> invalid_input
    host.send({ type: 'invoke', id: 'ok', method: 'tiny.echo', input: { text: 'still here' } });
    expect(await host.resultOf('ok')).toMatchObject({ result: { ok: true, value: { text: 'still here' } } });
    const unreadable = host.received.filter((m) => m.type === 'unreadable');
    expect(unreadable).toHaveLength(7);
    for (const m of unreadable) expect(m).toMatchObject({ error: { code: 'invalid_input', message: expect.stringMatching(/^The core received a malformed message/) } });
    expect(await host.resultOf('c9')).toMatchObject({ result: { ok: false, error: { code: 'invalid_input' } } });
  });

  it('answers a malformed message that carries a usable id under that id', async () => {
    const host = hostOnChannel();
    host.send({ type: 'invoke', id: 'c1', method: 7 });
    expect(await host.resultOf('c1')).toMatchObject({ result: { ok: false, error: { code: 'invalid_input' } } });
  });

  it('forwards progress, and cancel aborts the call with a cancelled error', async () => {
    const host = hostOnChannel();
    host.send({ type: 'invoke', id: 'long', method: 'tiny.count', input: { to: 1000, stepMs: 5 } });
    await host.next((m) => m.type === 'progress' && m.id === 'long' && m.progress.done === 3);
    host.send({ type: 'cancel', id: 'long' });
    const answer = await host.resultOf('long');
    expect(answer).toMatchObject({ result: { ok: false, error: { code: 'cancelled' } } });
    const steps = host.received.flatMap((m) => (m.type === 'progress' ? [m.progress.done] : []));
    expect(steps.slice(0, 3)).toEqual([1, 2, 3]);
    expect(Math.max(...steps)).toBeLessThan(1000);
  });

  it('refuses a second call under an id that is still running', async () => {
    const host = hostOnChannel();
    host.send({ type: 'invoke', id: 'dup', method: 'tiny.count', input: { to: 3, stepMs: 20 } });
    host.send({ type: 'invoke', id: 'dup', method: 'tiny.echo', input: { text: 'x' } });
    const first = await host.resultOf('dup');
    expect(first).toMatchObject({ result: { ok: false, error: { code: 'invalid_input', message: expect.stringContaining('already running') } } });
  });

  it('answers every call with the typed error when the store cannot be opened', async () => {
    const host = hostOnChannel(() => {
      throw Object.assign(new Error('locked'), { name: 'NotCoreError' });
    });
    host.send({ type: 'invoke', id: 'a', method: 'tiny.echo', input: { text: 'x' } });
    host.send({ type: 'invoke', id: 'b', method: 'tiny.echo', input: { text: 'y' } });
    expect(await host.resultOf('a')).toMatchObject({ result: { ok: false, error: { code: 'internal', message: expect.stringContaining('could not open the store') } } });
    expect(await host.resultOf('b')).toMatchObject({ result: { ok: false, error: { code: 'internal' } } });
  });

  it('on shutdown aborts what runs, closes the router and says closed', async () => {
    let closed = 0;
    const host = hostOnChannel(() => ({ ...createTinyRouter(), close: () => void closed++ }));
    host.send({ type: 'invoke', id: 'long', method: 'tiny.count', input: { to: 1000, stepMs: 5 } });
    await host.next((m) => m.type === 'progress');
    host.send({ type: 'shutdown' });
    await host.next((m) => m.type === 'closed');
    expect(await host.resultOf('long')).toMatchObject({ result: { ok: false, error: { code: 'cancelled' } } });
    expect(closed).toBe(1);
    host.send({ type: 'invoke', id: 'late', method: 'tiny.echo', input: { text: 'x' } });
    expect(await host.resultOf('late')).toMatchObject({ result: { ok: false, error: { code: 'cancelled' } } });
  });
});
