import { afterAll, beforeAll, describe } from 'vitest';
import { fixtureCatalog } from '../../fixtures/catalog';
import { createReferenceServer } from '../../server/app';
import { engines, testDatabase } from '../setup/databases';
import { serveOnLoopback } from '../setup/serve-on-loopback';
import { contractCases } from './contract-cases';

// The reference server over HTTP on loopback, on each engine: a fresh SQLite database in memory,
// and a fresh database in the run's own PostgreSQL cluster, both seeded from the fixtures.
describe.each(engines)('the reference server on %s', (engine) => {
  let baseUrl = '';
  let close: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const db = await testDatabase(engine, fixtureCatalog, 'all');
    const served = await serveOnLoopback(
      createReferenceServer(db, { corsOrigins: [], staticDir: null }),
    );
    baseUrl = `${served.origin}/api/v1`;
    close = async () => {
      served.close();
      await db.close();
    };
  });
  afterAll(() => close());

  contractCases(() => baseUrl);
});
