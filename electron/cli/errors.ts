import type { ApiError } from '../core/contract';

/** A failure to report in one line (and, with --json, as the core's typed error when there is one). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly apiError?: ApiError,
  ) {
    super(message);
  }
}
