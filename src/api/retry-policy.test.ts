import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { retryDelay, shouldRetry } from './retry-policy';

describe('shouldRetry', () => {
  it('retries network failures, timeouts and server errors, twice at most', () => {
    expect(shouldRetry(0, new ApiError('network', 'x'))).toBe(true);
    expect(shouldRetry(1, new ApiError('timeout', 'x'))).toBe(true);
    expect(shouldRetry(0, new ApiError('http', 'x', { status: 503 }))).toBe(true);
    expect(shouldRetry(2, new ApiError('http', 'x', { status: 503 }))).toBe(false);
  });

  it('never retries a refused request or a response that broke the contract', () => {
    expect(shouldRetry(0, new ApiError('http', 'x', { status: 400 }))).toBe(false);
    expect(shouldRetry(0, new ApiError('http', 'x', { status: 404 }))).toBe(false);
    expect(shouldRetry(0, new ApiError('invalid-response', 'x'))).toBe(false);
    expect(shouldRetry(0, new Error('a bug'))).toBe(false);
  });

  it('backs off exponentially, with a ceiling', () => {
    expect([0, 1, 2, 3, 10].map(retryDelay)).toEqual([500, 1000, 2000, 4000, 8000]);
  });
});
