import { ApiError } from './api-error';

/**
 * Whether a failure is worth another try. A network failure, a timeout and a server error (5xx)
 * are. A 4xx is not, because the request itself is wrong, and neither is a response that broke the
 * contract, because it would break again.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.kind === 'http' && (error.details.status ?? 0) >= 500;
}

export const maxRetries = 2;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < maxRetries && isRetryable(error);
}

/** Exponential backoff: 0.5 s, 1 s, 2 s ... at most 8 s. */
export function retryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 8000);
}
