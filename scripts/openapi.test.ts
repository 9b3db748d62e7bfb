import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApiText } from './openapi-document';

describe('openapi.json', () => {
  it('is what the zod schemas generate today (run `npm run openapi` after changing them)', () => {
    expect(readFileSync('openapi.json', 'utf8')).toBe(openApiText());
  });

  it('describes the five endpoints and their errors', () => {
    const document = JSON.parse(openApiText()) as {
      paths: Record<
        string,
        { get: { parameters?: { name: string }[]; responses: Record<string, unknown> } }
      >;
    };
    expect(Object.keys(document.paths)).toEqual([
      '/indicators',
      '/regions',
      '/observations',
      '/observations.csv',
      '/events',
    ]);
    for (const path of ['/observations', '/observations.csv', '/events']) {
      expect(Object.keys(document.paths[path]?.get.responses ?? {})).toEqual(['200', '400', '404']);
    }
    expect(
      document.paths['/observations.csv']?.get.parameters?.map((parameter) => parameter.name),
    ).toEqual(['indicator', 'region', 'from', 'to', 'start', 'end', 'lang']);
    expect(document.paths['/events']?.get.parameters?.map((parameter) => parameter.name)).toEqual([
      'indicator',
      'region',
      'from',
      'to',
    ]);
  });
});
