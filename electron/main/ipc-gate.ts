// What main does with a renderer's call before the core sees it: check who sent it, that the
// method exists, that the call id is sane; then relay it. Everything from the renderer is
// untrusted here; the core validates the input itself against the contract.
import { isMethodName, type Progress, type Result } from '../core/contract';
import { callId as callIdSchema } from '../core/protocol';
import type { CoreRelay } from './core-relay';
import type { AppOrigins } from './origins';
import { isTrustedFrame, type SenderFrame } from './sender';

export interface IpcGate {
  invoke(
    frame: SenderFrame | null,
    method: unknown,
    input: unknown,
    callId: unknown,
    sendProgress: (callId: string, progress: Progress) => void,
  ): Promise<Result<unknown>>;
  cancel(frame: SenderFrame | null, callId: unknown): void;
}

export function createIpcGate(relay: Pick<CoreRelay, 'invoke' | 'cancel'>, origins: AppOrigins): IpcGate {
  return {
    async invoke(frame, method, input, callId, sendProgress) {
      if (!isTrustedFrame(frame, origins)) {
        return { ok: false, error: { code: 'forbidden', message: 'Only the Threshold window itself may call the core.' } };
      }
      if (!isMethodName(method)) {
        return { ok: false, error: { code: 'unknown_method', message: `There is no API method called ${JSON.stringify(String(method)).slice(0, 120)}.` } };
      }
      if (callId === undefined || callId === null) return relay.invoke(method, input);
      const id = callIdSchema.safeParse(callId);
      if (!id.success) {
        return { ok: false, error: { code: 'invalid_input', message: 'The call id must be 1-100 letters, digits, dots, dashes, colons or underscores.' } };
      }
      return relay.invoke(method, input, { callId: id.data, onProgress: (progress) => sendProgress(id.data, progress) });
    },
    cancel(frame, callId) {
      if (!isTrustedFrame(frame, origins)) return;
      const id = callIdSchema.safeParse(callId);
      if (id.success) relay.cancel(id.data);
    },
  };
}
