import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReferenceServer } from '../../server/app';

/**
 * Serves the reference server over HTTP on a free loopback port, as its command line does, for
 * tests that must see what goes over the wire (compression, headers, answers sent from the cache).
 */
export function serveOnLoopback({
  listener,
}: ReferenceServer): Promise<{ origin: string; close: () => void }> {
  const server = createServer(listener);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}
