import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { fixtureCatalog } from '../fixtures/catalog';
import { createApp } from '../server/app';
import { openDatabase, seed } from '../server/database';

/** The servers the benchmark measures against, each on a free loopback port. */

/**
 * Serves the app build from the reference server on the same origin, with the mock off. This is
 * what a deployment against a real backend loads: no MSW and no service worker.
 */
export async function serveWithReferenceServer(
  dir: string,
): Promise<{ origin: string; close: () => void }> {
  const db = openDatabase(':memory:');
  seed(db, fixtureCatalog, 'all');
  const app = createApp(db, { corsOrigins: [], staticDir: dir });
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, hostname: '127.0.0.1', port: 0 },
      (info: AddressInfo) =>
        resolve({
          origin: `http://127.0.0.1:${info.port}`,
          close: () => {
            server.close();
            db.close();
          },
        }),
    );
  });
}

export async function serveDir(dir: string): Promise<{ origin: string; close: () => void }> {
  const app = new Hono();
  app.use('/*', serveStatic({ root: dir }));
  app.get('*', (context) => context.html(readFileSync(join(dir, 'index.html'), 'utf8')));
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, hostname: '127.0.0.1', port: 0 },
      (info: AddressInfo) =>
        resolve({ origin: `http://127.0.0.1:${info.port}`, close: () => server.close() }),
    );
  });
}
