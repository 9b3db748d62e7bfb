import type { z } from 'zod';
import type { Problem } from '../contract/schemas';

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'invalid-response' | 'mock-unavailable';

/**
 * Every way a request can fail, as one typed error a panel can explain: the network, an HTTP
 * error (with the server's problem details when it sent them), a response that does not match
 * the contract (with the path that failed and what was expected there), or the built-in mock API
 * that could not start (a browser that blocks service workers, say).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: { status?: number; problem?: Problem; issues?: string[]; url?: string } = {},
  ) {
    super(message);
  }
}

/** Writes zod issues as lines such as "data[0].points[3].value: expected a number". */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path
      .map((segment, index) =>
        typeof segment === 'number'
          ? `[${segment}]`
          : `${index === 0 ? '' : '.'}${String(segment)}`,
      )
      .join('');
    return `${path || '(root)'}: ${issue.message}`;
  });
}
