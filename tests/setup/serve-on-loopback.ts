import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

/**
 * Serves an app over HTTP on a free loopback port, as the reference server's command line does,
 * for tests that must see what goes over the wire (compression, headers set by the Node adapter).
 */
export function serveOnLoopback(app: Hono): Promise<{ origin: string; close: () => void }> {
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, hostname: '127.0.0.1', port: 0 },
      (info: AddressInfo) =>
        resolve({ origin: `http://127.0.0.1:${info.port}`, close: () => server.close() }),
    );
  });
}
