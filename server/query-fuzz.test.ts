import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixtures/catalog';
import { problemSchema } from '../src/contract/schemas';
import { createReferenceServer } from './app';
import { openDatabase, seed } from './database';

const db = await openDatabase(':memory:');
await seed(db, fixtureCatalog, 'all');
const app = createReferenceServer(db, { corsOrigins: [], staticDir: null }).app;

/** Raw query-string text: printable junk, percent escapes (valid or broken), separators, ids. */
const queryText = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        'indicator=',
        'region=',
        'from=',
        'to=',
        '&',
        '=',
        ',',
        '%',
        '%zz',
        '%00',
        '%E2%82',
        '+',
        'poverty-rate',
        'CN-GZ',
        '2012',
        '9999',
      ),
      fc.string({ unit: 'binary', maxLength: 8 }).map(encodeURIComponent),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('the reference server under random query strings', () => {
  it('answers 200 or a 400/404 problem, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('observations', 'events'),
        queryText,
        async (path, query) => {
          const url = `/api/v1/${path}?${query.replace(/#/g, '%23')}`;
          const response = await app.request(url);
          expect([200, 400, 404]).toContain(response.status);
          if (response.status !== 200) {
            expect(problemSchema.safeParse(await response.json()).success).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('answers 400 to a query string too long to be honest', async () => {
    const response = await app.request(
      `/api/v1/observations?indicator=${'poverty-rate,'.repeat(400)}`,
    );
    expect(response.status).toBe(400);
  });
});
