import { get, type IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixtures/catalog';
import { serveOnLoopback } from '../tests/setup/serve-on-loopback';
import { createReferenceServer } from './app';
import { encodingFor } from './cached-answers';
import { openDatabase, seed } from './database';
import { changeDataVersion } from './sql/migrations';

describe('the encoding an answer is sent in', () => {
  it('is the one the reader prefers most, of br, gzip and identity; the smaller on a tie', () => {
    expect(encodingFor('gzip, deflate, br, zstd')).toBe('br');
    expect(encodingFor('gzip, deflate')).toBe('gzip');
    expect(encodingFor('gzip;q=0.5, br')).toBe('br');
    expect(encodingFor('deflate, gzip;q=0.1')).toBe('gzip');
  });

  it('is identity when the reader names none of them, refuses them, or says nothing', () => {
    expect(encodingFor(undefined)).toBe('identity');
    expect(encodingFor('deflate')).toBe('identity');
    expect(encodingFor('br;q=0, gzip;q=0')).toBe('identity');
    expect(encodingFor('*')).toBe('identity');
  });
});

/** A GET as it went over the wire: the body as sent, not decoded. */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    }).on('error', reject);
  });
}

const withoutDate = ({ date: _date, ...headers }: IncomingHttpHeaders) => headers;

describe('answers to URLs asked before, sent from the cache ahead of the app', () => {
  const served = async () => {
    const db = await openDatabase(':memory:');
    await seed(db, fixtureCatalog, 'all');
    const lines: string[] = [];
    const server = await serveOnLoopback(
      createReferenceServer(db, {
        corsOrigins: [],
        staticDir: null,
        log: (line) => lines.push(line),
      }),
    );
    return { db, lines, ...server };
  };
  const path = '/api/v1/observations?indicator=poverty-rate&region=CN-GZ,CN&from=2011&to=2020';

  it('sends the same status, headers and bytes the second time, in each encoding and as a 304', async () => {
    const { origin, close } = await served();
    const eventsPath = '/api/v1/events?indicator=poverty-rate&region=CN-GZ&from=2011&to=2020';
    for (const asked of [path, eventsPath]) {
      for (const encoding of ['identity', 'br', 'gzip']) {
        const headers = { 'Accept-Encoding': encoding };
        const first = await rawGet(`${origin}${asked}`, headers);
        const again = await rawGet(`${origin}${asked}`, headers);
        expect(first.status).toBe(200);
        expect(again.status).toBe(200);
        expect(withoutDate(again.headers)).toEqual(withoutDate(first.headers));
        expect(again.body.equals(first.body)).toBe(true);
        if (encoding !== 'identity') expect(again.headers['content-encoding']).toBe(encoding);
        const tag = { ...headers, 'If-None-Match': String(first.headers.etag) };
        const notModified = [
          await rawGet(`${origin}${asked}`, tag),
          await rawGet(`${origin}${asked}`, tag),
        ];
        expect(notModified.map((reply) => reply.status)).toEqual([304, 304]);
        expect(notModified.map((reply) => reply.body.length)).toEqual([0, 0]);
      }
    }
    close();
  });

  it('carries the hardening headers every other response carries', async () => {
    const { origin, close } = await served();
    await rawGet(`${origin}${path}`);
    const fromCache = await rawGet(`${origin}${path}`);
    const health = await rawGet(`${origin}/healthz`);
    const hardening = Object.keys(health.headers).filter(
      (name) => name.startsWith('x-') || name.startsWith('cross-origin') || name.includes('polic'),
    );
    expect(hardening).toContain('x-content-type-options');
    expect(hardening).toContain('referrer-policy');
    for (const name of hardening) expect(fromCache.headers[name]).toBe(health.headers[name]);
    close();
  });

  it('sends the new answer once the data changes, never the one made before', async () => {
    const { db, origin, close } = await served();
    const before = await rawGet(`${origin}${path}`);
    await rawGet(`${origin}${path}`);
    await db.run(
      "UPDATE observations SET value = 26.9 WHERE indicator_id = 'poverty-rate' AND region_id = 'CN-GZ' AND period = '2012'",
    );
    await changeDataVersion(db);
    const after = await rawGet(`${origin}${path}`);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.toString()).toContain('26.9');
    expect(before.body.toString()).not.toContain('26.9');
    close();
  });

  it('logs one line for each request, whichever way it was answered', async () => {
    const { lines, origin, close } = await served();
    await rawGet(`${origin}${path}`);
    await rawGet(`${origin}${path}`);
    await rawGet(`${origin}${path}`, { 'If-None-Match': '"no-such-tag"' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^GET \/api\/v1\/observations 200 \d+ ms$/);
    close();
  });
});
