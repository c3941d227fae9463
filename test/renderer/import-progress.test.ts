// The renderer's side of a long call: progress events reach only the call they belong to, cancel
// names that call, and the bar offers Cancel only while rows are being checked. The bridge here
// is a stand-in that lets the test send progress (the real core's progress is tested in
// test/core/transfer).
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Progress, Result, ThresholdBridge } from '../../electron/core/contract';
import { isApiFailure } from '../../src/api/client';
import { callWithProgress } from '../../src/api/progress';
import ImportProgress from '../../src/components/import/ImportProgress.vue';

function stubBridge() {
  const listeners = new Set<(callId: string, progress: Progress) => void>();
  const cancelled: string[] = [];
  let answer: (result: Result<unknown>) => void = () => {};
  const bridge = {
    invoke: (_method, _input, callId) => {
      if (!callId) throw new Error('a long call must carry a call id');
      return new Promise((resolve) => (answer = resolve as (result: Result<unknown>) => void));
    },
    cancel: (callId) => void cancelled.push(callId),
    onProgress: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } satisfies ThresholdBridge;
  Object.defineProperty(window, 'threshold', { value: bridge, configurable: true });
  return { listeners, cancelled, send: (id: string, p: Progress) => listeners.forEach((l) => l(id, p)), answer: (r: Result<unknown>) => answer(r) };
}

afterEach(() => Reflect.deleteProperty(window, 'threshold'));

describe('calls with progress', () => {
  it('passes on only its own progress, cancels by its call id, and stops listening when answered', async () => {
    const bridge = stubBridge();
    const seen: Progress[] = [];
    const call = callWithProgress('contacts.import', { caseId: '00000000-0000-4000-8000-000000000000', csv: 'Date\n' }, (p) => seen.push(p));
    bridge.send(call.callId, { done: 1000, total: 4000, label: 'Checking rows' });
    bridge.send('someone-else', { done: 3, total: 4 });
    expect(seen).toEqual([{ done: 1000, total: 4000, label: 'Checking rows' }]);

    call.cancel();
    expect(bridge.cancelled).toEqual([call.callId]);
    bridge.answer({ ok: false, error: { code: 'cancelled', message: 'The import was cancelled; no contacts were imported.' } });
    const failure = await call.result.catch((error: unknown) => error);
    expect(isApiFailure(failure) && failure.code).toBe('cancelled');
    expect(bridge.listeners.size).toBe(0);
  });
});

describe('ImportProgress', () => {
  it('shows the phase and percentage, with Cancel only while rows are checked', () => {
    const checking = mount(ImportProgress, { props: { progress: { done: 1500, total: 4000, label: 'Checking rows' }, importing: true } });
    expect(checking.get('[data-testid="import-progress-label"]').text()).toBe('Checking rows… 37%');
    expect(checking.find('[data-testid="import-cancel"]').exists()).toBe(true);
    const writing = mount(ImportProgress, { props: { progress: { done: 3000, total: 4000, label: 'Writing contacts' }, importing: true } });
    expect(writing.get('[data-testid="import-progress-label"]').text()).toBe('Writing contacts… 75%');
    expect(writing.find('[data-testid="import-cancel"]').exists()).toBe(false);
  });
});
