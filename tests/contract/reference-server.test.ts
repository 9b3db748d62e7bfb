import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll } from 'vitest';
import { fixtureCatalog } from '../../fixtures/catalog';
import { createApp } from '../../server/app';
import { openDatabase, seed } from '../../server/database';
import { contractCases } from './contract-cases';

// The reference server over HTTP on loopback, with a fresh database seeded from the fixtures.
let baseUrl = '';
let close: () => void = () => {};

beforeAll(async () => {
  const db = openDatabase(':memory:');
  seed(db, fixtureCatalog, 'all');
  const app = createApp(db, { corsOrigins: [], staticDir: null });
  await new Promise<void>((resolve) => {
    const server = serve(
      { fetch: app.fetch, hostname: '127.0.0.1', port: 0 },
      (info: AddressInfo) => {
        baseUrl = `http://127.0.0.1:${info.port}/api/v1`;
        resolve();
      },
    );
    close = () => {
      server.close();
      db.close();
    };
  });
});
afterAll(() => close());

contractCases(() => baseUrl);
