// Typed failures. Services throw CoreError with a code and a message written for the person at
// the screen; the router turns it into {ok:false, error}. Anything else becomes 'internal', so
// no stack trace or SQL text ever reaches the renderer.
import type { ApiError, ErrorCode } from './contract/define';

export class CoreError extends Error {
  readonly code: ErrorCode;
  readonly issues: ApiError['issues'];

  constructor(code: ErrorCode, message: string, issues?: ApiError['issues']) {
    super(message);
    this.name = 'CoreError';
    this.code = code;
    this.issues = issues;
  }

  toApiError(): ApiError {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

export function isCoreError(error: unknown): error is CoreError {
  return error instanceof CoreError;
}
