import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixtures/catalog';
import { createReferenceServer } from './app';
import { openDatabase, seed } from './database';

async function app(corsOrigins: string[] = [], log?: (line: string) => void) {
  const db = await openDatabase(':memory:');
  await seed(db, fixtureCatalog, 'all');
  return createReferenceServer(db, { corsOrigins, staticDir: null, ...(log ? { log } : {}) }).app;
}

describe('the reference server', () => {
  it('sends an ETag and Cache-Control, and 304 when nothing changed', async () => {
    const server = await app();
    const first = await server.request('/api/v1/indicators');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    const second = await server.request('/api/v1/indicators', {
      headers: { 'If-None-Match': tag ?? '' },
    });
    expect(second.status).toBe(304);
  });

  it('allows browsers from the configured origins only', async () => {
    const server = await app(['https://dashboard.example']);
    const allowed = await server.request('/api/v1/regions', {
      headers: { Origin: 'https://dashboard.example' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
    const other = await server.request('/api/v1/regions', {
      headers: { Origin: 'https://elsewhere.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends the hardening headers with a CORS preflight too', async () => {
    const preflight = await (await app(['https://dashboard.example'])).request('/api/v1/regions', {
      method: 'OPTIONS',
      headers: { Origin: 'https://dashboard.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
    expect(preflight.headers.get('x-content-type-options')).toBe('nosniff');
    expect(preflight.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('refuses an oversized query string with 400, not 500', async () => {
    const response = await (await app()).request(
      `/api/v1/observations?indicator=${'a'.repeat(5000)}`,
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toMatch(
      /query string longer than/,
    );
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const response = await (await app()).request('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('binds every parameter: SQL in an id is only a malformed id', async () => {
    const response = await (await app()).request(
      `/api/v1/observations?indicator=${encodeURIComponent("x' OR 1=1 --")}`,
    );
    expect(response.status).toBe(400);
  });

  it('sends nosniff and a referrer policy with every answer, and no HSTS of its own', async () => {
    for (const path of ['/api/v1/regions', '/api/v1/nothing-here', '/healthz']) {
      const response = await (await app()).request(path);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('answers /healthz with 200 while the database answers, and 503 once it does not', async () => {
    const db = await openDatabase(':memory:');
    await seed(db, fixtureCatalog, 'catalog');
    const server = createReferenceServer(db, { corsOrigins: [], staticDir: null }).app;
    const healthy = await server.request('/healthz');
    expect(healthy.status).toBe(200);
    expect(healthy.headers.get('cache-control')).toBe('no-store');
    expect(await healthy.json()).toEqual({ status: 'ok', database: 'answers' });
    await db.close();
    const down = await server.request('/healthz');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', database: 'does not answer' });
  });

  it('logs one line per request: method, path, status and milliseconds', async () => {
    const lines: string[] = [];
    const server = await app([], (line) => lines.push(line));
    await server.request('/api/v1/regions?x=1');
    await server.request('/api/v1/observations?indicator=no-such-indicator');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^GET \/api\/v1\/regions 200 \d+ ms$/);
    expect(lines[1]).toMatch(/^GET \/api\/v1\/observations 404 \d+ ms$/);
  });
});
