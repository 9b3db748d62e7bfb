import type { Problem } from './schemas';

/** The RFC 9457 problem details that the API answers with; docs/api.md documents their types. */

export const problemContentType = 'application/problem+json';

export interface InvalidParameter {
  name: string;
  reason: string;
}

export type InvalidParameterProblem = Problem & { invalidParams: InvalidParameter[] };

export function invalidParameterProblem(invalid: InvalidParameter[]): InvalidParameterProblem {
  return {
    type: '/problems/invalid-parameter',
    title: 'Invalid query parameter',
    status: 400,
    detail: invalid.map(({ name, reason }) => `${name}: ${reason}`).join('; '),
    invalidParams: invalid,
  };
}

export type UnknownIdProblem = Problem & { unknownIds: { parameter: string; ids: string[] }[] };

export function unknownIdProblem(
  unknown: { parameter: string; ids: string[] }[],
): UnknownIdProblem {
  return {
    type: '/problems/unknown-id',
    title: 'Unknown id',
    status: 404,
    detail: unknown
      .map(({ parameter, ids }) => `unknown ${parameter}: ${ids.join(', ')}`)
      .join('; '),
    unknownIds: unknown,
  };
}
