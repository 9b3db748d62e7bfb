import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixtures/catalog';
import { createApp } from './app';
import { openDatabase, seed } from './database';

function app(corsOrigins: string[] = []) {
  const db = openDatabase(':memory:');
  seed(db, fixtureCatalog, 'all');
  return createApp(db, { corsOrigins, staticDir: null });
}

describe('the reference server', () => {
  it('sends an ETag and Cache-Control, and 304 when nothing changed', async () => {
    const server = app();
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
    const server = app(['https://dashboard.example']);
    const allowed = await server.request('/api/v1/regions', {
      headers: { Origin: 'https://dashboard.example' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
    const other = await server.request('/api/v1/regions', {
      headers: { Origin: 'https://elsewhere.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses an oversized query string with 400, not 500', async () => {
    const response = await app().request(`/api/v1/observations?indicator=${'a'.repeat(5000)}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toMatch(
      /query string longer than/,
    );
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const response = await app().request('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('binds every parameter: SQL in an id is only a malformed id', async () => {
    const response = await app().request(
      `/api/v1/observations?indicator=${encodeURIComponent("x' OR 1=1 --")}`,
    );
    expect(response.status).toBe(400);
  });
});
