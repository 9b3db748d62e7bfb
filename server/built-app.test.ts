import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixtures/catalog';
import { serveOnLoopback } from '../tests/setup/serve-on-loopback';
import { createReferenceServer } from './app';
import { openDatabase, seed } from './database';

// A built app in miniature, laid out as `vite build` writes it (with the precompressed copies of
// scripts/vite-plugin-precompress.ts), served by the reference server's --static over HTTP on
// loopback. fetch decompresses what it receives; the precompressed copy says so in its text, so
// a test can tell which file was sent.
let root = '';
let baseUrl = '';
let close: () => void = () => {};
const script = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;
const precompressedScript = `${script}// the precompressed copy\n`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'built-app-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), `<!doctype html><title>app</title>${' '.repeat(2000)}`);
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'assets', 'index-AbC123.js'), script);
  writeFileSync(
    join(root, 'assets', 'index-AbC123.js.br'),
    brotliCompressSync(precompressedScript),
  );
  const db = await openDatabase(':memory:');
  await seed(db, fixtureCatalog, 'all');
  const served = await serveOnLoopback(
    createReferenceServer(db, { corsOrigins: [], staticDir: root }),
  );
  baseUrl = served.origin;
  close = () => {
    served.close();
    db.close();
  };
});

afterAll(() => {
  close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}${path}`, { headers });

describe('the reference server serving a built app', () => {
  it('sends a hashed asset precompressed, to be kept for a year', async () => {
    const response = await get('/assets/index-AbC123.js', { 'Accept-Encoding': 'gzip, br' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(precompressedScript);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toContain('Accept-Encoding');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toContain('javascript');
  });

  it('sends the plain file to a client that accepts no encoding', async () => {
    const response = await get('/assets/index-AbC123.js', { 'Accept-Encoding': 'identity' });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe(script);
  });

  it('has the page, config.json and other unhashed files revalidated on every use', async () => {
    for (const path of ['/', '/report', '/config.json', '/favicon.svg']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
    }
    const config = await (await get('/config.json')).json();
    expect(config).toEqual({ apiBaseUrl: '/api/v1', mockApi: false });
  });

  it('compresses the page and the API answers as it sends them', async () => {
    const page = await get('/', { 'Accept-Encoding': 'gzip' });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(await page.text()).toContain('<title>app');
    const indicators = await get('/api/v1/indicators', { 'Accept-Encoding': 'gzip' });
    expect(indicators.headers.get('content-encoding')).toBe('gzip');
    const body = await indicators.json();
    expect(body.data.map((indicator: { id: string }) => indicator.id)).toContain('poverty-rate');
  });

  it('still answers a compressed answer’s ETag with 304', async () => {
    const first = await get('/api/v1/regions', { 'Accept-Encoding': 'gzip' });
    const tag = first.headers.get('etag') ?? '';
    expect(tag).toMatch(/^W\//);
    const second = await get('/api/v1/regions', {
      'Accept-Encoding': 'gzip',
      'If-None-Match': tag,
    });
    expect(second.status).toBe(304);
  });
});
