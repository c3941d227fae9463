// The renderer's only door to the core. Every type comes from the contract, so a method, its
// input and its output cannot drift apart; a refusal becomes an ApiFailure the UI can show.
import type { ApiError, ErrorCode, Input, MethodName, Output } from '../../electron/core/contract';

export type Issue = NonNullable<ApiError['issues']>[number];

/** A call the core refused (or could not answer). Carries the core's own message. */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

export function isApiFailure(error: unknown): error is ApiFailure {
  return error instanceof ApiFailure;
}

/** Codes meaning the session under the screen has gone (auto-locked in the core, or not yet valid). */
const SESSION_CODES: readonly ErrorCode[] = ['not_signed_in', 'passphrase_change_required'];
const sessionListeners = new Set<(failure: ApiFailure) => void>();

/** Lets the app react when the core says the session is gone, whichever screen made the call. */
export function onSessionLost(listener: (failure: ApiFailure) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/**
 * The transport itself failed (the core process died, IPC broke): there is no core message, so
 * say plainly what happened rather than leaving the screen spinning.
 */
function transportFailure(error: unknown): ApiFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiFailure({ code: 'internal', message: `Threshold could not reach its core (${detail}). Nothing was changed.` });
}

// Bumped on every lock. An answer to a call made before the lock is dropped on arrival, so
// data asked for while unlocked cannot land in a store that the lock has just emptied.
let generation = 0;

/** Drops the answers of every call still on its way (the lock calls it). */
export function discardAnswersInFlight(): void {
  generation += 1;
}

/** The failure an answer becomes when it arrives after a lock; throws nothing otherwise. */
export function checkStillCurrent(askedIn: number): void {
  if (askedIn === generation) return;
  throw new ApiFailure({
    code: 'cancelled',
    message: 'Threshold locked before this answer arrived, so it was not shown. If it was a change, check it after unlocking.',
  });
}

export function currentGeneration(): number {
  return generation;
}

export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const askedIn = generation;
  const result = await window.threshold.invoke(method, input).catch((error: unknown) => {
    throw transportFailure(error);
  });
  checkStillCurrent(askedIn);
  if (result.ok) return result.value;
  const failure = new ApiFailure(result.error);
  if (SESSION_CODES.includes(failure.code)) sessionListeners.forEach((listener) => listener(failure));
  throw failure;
}
