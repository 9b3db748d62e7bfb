import { afterAll, beforeAll } from 'vitest';
import { fixtureCatalog } from '../../fixtures/catalog';
import { createApp } from '../../server/app';
import { openDatabase, seed } from '../../server/database';
import { serveOnLoopback } from '../setup/serve-on-loopback';
import { contractCases } from './contract-cases';

// The reference server over HTTP on loopback, with a fresh database seeded from the fixtures.
let baseUrl = '';
let close: () => void = () => {};

beforeAll(async () => {
  const db = openDatabase(':memory:');
  seed(db, fixtureCatalog, 'all');
  const served = await serveOnLoopback(createApp(db, { corsOrigins: [], staticDir: null }));
  baseUrl = `${served.origin}/api/v1`;
  close = () => {
    served.close();
    db.close();
  };
});
afterAll(() => close());

contractCases(() => baseUrl);
