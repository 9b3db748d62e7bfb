import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Serves the reference server (or any listener) over HTTP on a loopback port, free unless one is
 * given, as its command line does, for tests that must see what goes over the wire (compression,
 * headers, answers sent from the cache, a page on another origin).
 */
export function serveOnLoopback(
  { listener }: { listener: RequestListener },
  port = 0,
): Promise<{ origin: string; close: () => void }> {
  const server = createServer(listener);
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}
