// Calls to the core's long operations (the contract marks them `progress: true`): the same
// typed call as client.ts, plus a call id of our own, so the core's progress events for this
// call reach `onProgress` and `cancel()` can stop it.
import type { Input, MethodName, Output, Progress } from '../../electron/core/contract';
import { ApiFailure, checkStillCurrent, currentGeneration } from './client';

export interface ProgressCall<T> {
  readonly callId: string;
  /** The answer, or an ApiFailure (code 'cancelled' after cancel()). */
  readonly result: Promise<T>;
  cancel(): void;
}

let counter = 0;

/** Unique within this window; the core only needs it to match progress and cancel to the call. */
function nextCallId(method: string): string {
  counter += 1;
  return `${method}:${Date.now().toString(36)}-${counter}`;
}

export function callWithProgress<M extends MethodName>(method: M, input: Input<M>, onProgress: (progress: Progress) => void): ProgressCall<Output<M>> {
  const callId = nextCallId(method);
  const askedIn = currentGeneration();
  const stopListening = window.threshold.onProgress((id, progress) => {
    if (id === callId && currentGeneration() === askedIn) onProgress(progress);
  });
  const result = window.threshold
    .invoke(method, input, callId)
    .catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      throw new ApiFailure({ code: 'internal', message: `Threshold could not reach its core (${detail}). Nothing was changed.` });
    })
    .then((answer) => {
      checkStillCurrent(askedIn);
      if (answer.ok) return answer.value;
      throw new ApiFailure(answer.error);
    })
    .finally(stopListening);
  return { callId, result, cancel: () => window.threshold.cancel(callId) };
}
