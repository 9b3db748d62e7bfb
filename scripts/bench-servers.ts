import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { fixtureCatalog } from '../fixtures/catalog';
import { createReferenceServer } from '../server/app';
import { openDatabase, seed } from '../server/database';

/** The servers the benchmark measures against, each on a free loopback port. */

/**
 * Serves the app build from the reference server on the same origin, with the mock off. This is
 * what a deployment against a real backend loads: no MSW and no service worker.
 */
export async function serveWithReferenceServer(
  dir: string,
): Promise<{ origin: string; close: () => void }> {
  const db = await openDatabase(':memory:');
  await seed(db, fixtureCatalog, 'all');
  const { listener } = createReferenceServer(db, { corsOrigins: [], staticDir: dir });
  const server = createServer(listener);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => {
          server.close();
          void db.close();
        },
      });
    });
  });
}

/**
 * Serves a build as any careful static host would: its precompressed copies where the build has
 * them (the app and the naive build, see scripts/vite-plugin-precompress.ts), everything else
 * gzipped as it is sent, so that the bytes over the slow link compare like with like.
 */
export async function serveDir(dir: string): Promise<{ origin: string; close: () => void }> {
  const app = new Hono();
  app.use('*', compress());
  app.use('/*', serveStatic({ root: dir, precompressed: true }));
  app.get('*', (context) => context.html(readFileSync(join(dir, 'index.html'), 'utf8')));
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, hostname: '127.0.0.1', port: 0 },
      (info: AddressInfo) =>
        resolve({ origin: `http://127.0.0.1:${info.port}`, close: () => server.close() }),
    );
  });
}
