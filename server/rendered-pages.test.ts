import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixtures/catalog';
import { serveOnLoopback } from '../tests/setup/serve-on-loopback';
import { createReferenceServer } from './app';
import { importCsv } from './csv-import';
import { type Db, openDatabase, seed } from './database';

// The reference server with --static over a real production build, whose renderer (dist/ssr/)
// draws each request's page from the server's own database.
let dir = '';
let db: Db;
let origin = '';
let close: () => void = () => {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rendered-pages-'));
  // NODE_ENV=production: the test runner's NODE_ENV=test would give React's development build.
  const build = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  expect(build.status, build.stderr).toBe(0);
  db = await openDatabase(':memory:');
  await seed(db, fixtureCatalog, 'all');
  const served = await serveOnLoopback(
    createReferenceServer(db, { corsOrigins: [], staticDir: dir }),
  );
  origin = served.origin;
  close = served.close;
}, 180_000);

/** Imports Guizhou's 2012 poverty rate again with another value, as an operator would. */
async function replaceGuizhou2012(value: number): Promise<void> {
  const text = [
    'indicator_id,region_id,period,value,status,source_id',
    `poverty-rate,CN-GZ,2012,${value},reported,china-daily-2017-12-18`,
  ].join('\n');
  const result = await importCsv(db, [{ name: 'fix.csv', text }], { replace: true });
  expect(result.problems).toEqual([]);
}

afterAll(() => {
  close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}${path}`, { headers });

const dataVersion = (html: string) => /data-data-version="([^"]+)"/.exec(html)?.[1];

describe('pages rendered by the reference server', () => {
  it('renders each request’s own view from the database, in the language of its cookie', async () => {
    const response = await get('/?indicator=poverty-rate&from=2013', {
      Cookie: 'poverty-dashboard.lang=zh-CN',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toContain('Cookie');
    const html = await response.text();
    expect(html).toContain('<html lang="zh-CN" data-rendered-from="api:/api/v1"');
    expect(html).toContain('data-rendered-search="indicator=poverty-rate&amp;from=2013"');
    expect(html.match(/<section class="panel[ "]/g)).toHaveLength(1);
    expect(html).toContain('农村贫困发生率');
    expect(html).toContain('2013–2020');
    expect(html).toContain('data-state="ready"');
  });

  it('answers a repeat visit 304 while the data is unchanged, and with the new data once it changes', async () => {
    const first = await get('/?indicator=poverty-rate');
    const tag = first.headers.get('etag');
    const before = await first.text();
    expect(tag).toBeTruthy();
    // 26.8 is in the fixtures once: Guizhou's rate in 2012.
    expect(before).toContain('26.8');
    const again = await get('/?indicator=poverty-rate', { 'If-None-Match': tag ?? '' });
    expect(again.status).toBe(304);

    // Data changes by import; the page must follow it at once.
    await replaceGuizhou2012(26.9);
    try {
      const changed = await get('/?indicator=poverty-rate', { 'If-None-Match': tag ?? '' });
      expect(changed.status).toBe(200);
      const after = await changed.text();
      expect(after).toContain('26.9');
      expect(after).not.toContain('26.8');
      expect(dataVersion(after)).not.toBe(dataVersion(before));
    } finally {
      await replaceGuizhou2012(26.8);
    }
  });

  it('leaves the report and other paths to the browser, and does not serve the renderer', async () => {
    for (const path of ['/report?from=2013', '/no-such-page']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      const page = await response.text();
      expect(page).toContain('<div id="root"></div>');
      expect(page).not.toContain('data-rendered');
    }
    for (const path of ['/ssr/render-page.js', '/ssr/template.html', '/assets/no-such-file.js'])
      expect((await get(path)).status).toBe(404);
  });

  it('renders the embed of one panel, without the page header or the filter bar', async () => {
    const response = await get('/embed?indicator=poverty-rate&region=CN-GZ&from=2012&to=2016');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('data-rendered-path="/embed"');
    expect(html.match(/<section class="panel[ "]/g)).toHaveLength(1);
    // Guizhou's change over the years, as the delta strip writes it (React marks text joins).
    expect(html).toContain('26.8 %<!-- --> → 2016 10.6 %');
    expect(html).toContain('2012–2016');
    expect(html).toContain('Open the full view');
    expect(html).not.toContain('app__header');
    expect(html).not.toContain('filter-bar');
  });

  it('draws an embed asked for two indicators with the first, and says so', async () => {
    const html = await (await get('/embed?indicator=poverty-rate,villages-exited')).text();
    expect(html.match(/<section class="panel[ "]/g)).toHaveLength(1);
    expect(html).toContain('data-indicator="poverty-rate"');
    expect(html).toContain(
      'An embed shows one indicator: poverty-rate is shown, and villages-exited left out.',
    );
  });

  it('lets no page be framed, the embed included, when no origin is allowed', async () => {
    for (const path of ['/', '/embed?indicator=poverty-rate']) {
      const response = await get(path);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});

describe('a server started with --frame-ancestors', () => {
  let framing = '';
  let closeFraming: () => void = () => {};
  beforeAll(async () => {
    const served = await serveOnLoopback(
      createReferenceServer(db, {
        corsOrigins: [],
        staticDir: dir,
        frameAncestors: ['https://news.example.org', 'http://localhost:8080'],
      }),
    );
    framing = served.origin;
    closeFraming = served.close;
  });
  afterAll(() => closeFraming());

  it('lets those origins frame the embed, with no X-Frame-Options to contradict it', async () => {
    const response = await fetch(`${framing}/embed?indicator=poverty-rate&region=CN-GZ`);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain('frame-ancestors https://news.example.org http://localhost:8080');
    expect(policy).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  it('still lets no one frame the dashboard or the report', async () => {
    for (const path of ['/', '/report']) {
      const response = await fetch(`${framing}${path}`);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});
