import { ApiError } from './api-error';

/**
 * Which failures are worth another try: the network, a timeout, a server error (5xx). Never a
 * 4xx (the request itself is wrong) or a response that broke the contract (it will break again).
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
