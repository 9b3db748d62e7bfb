import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import budget from '../bench/budget.json';
import { initialJavaScriptGzip, initialScripts } from './initial-javascript';

// Size only, never timing: a production build's first download stays within the committed
// budget, and the mock API's code is not part of it.
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'budget-'));
  // NODE_ENV=production: inherited, the test runner's NODE_ENV=test gives React's development build.
  const result = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  expect(result.status, result.stderr).toBe(0);
}, 120_000);

describe('the production bundle', () => {
  it(`loads at most ${budget.initialJavaScriptGzipBytes} bytes of gzipped JavaScript first`, () => {
    // ECharts is a chunk of its own, loaded at start beside the entry: it counts.
    expect(initialScripts(dir).some((file) => /echarts-[\w-]+\.js$/.test(file))).toBe(true);
    expect(initialJavaScriptGzip(dir)).toBeLessThanOrEqual(budget.initialJavaScriptGzipBytes);
  });

  it('keeps MSW out of the first download; it is fetched only when mocking is on', () => {
    const isMsw = (file: string) => readFileSync(file, 'utf8').includes('[MSW]');
    expect(initialScripts(dir).filter(isMsw)).toEqual([]);
    const lazy = readdirSync(join(dir, 'assets'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => join(dir, 'assets', file));
    expect(lazy.some(isMsw)).toBe(true);
  });

  it('ships each text file with brotli and gzip copies of the same bytes, but not config.json', () => {
    const [entry] = initialScripts(dir);
    if (!entry) throw new Error('the build has no entry script');
    const bytes = readFileSync(entry);
    expect(brotliDecompressSync(readFileSync(`${entry}.br`)).equals(bytes)).toBe(true);
    expect(gunzipSync(readFileSync(`${entry}.gz`)).equals(bytes)).toBe(true);
    const styles = readdirSync(join(dir, 'assets')).filter((file) => file.endsWith('.css'));
    expect(styles.length).toBeGreaterThan(0);
    for (const file of styles) expect(existsSync(join(dir, 'assets', `${file}.br`))).toBe(true);
    // Operators edit config.json after the build: a compressed copy would outlive the edit.
    expect(existsSync(join(dir, 'config.json.br'))).toBe(false);
    expect(existsSync(join(dir, 'config.json.gz'))).toBe(false);
  });

  it(`sends the default view drawn, in at most ${budget.firstViewPageBrotliBytes} bytes of brotli`, () => {
    // The page is rendered after the bundle is written; its compressed copies are of the page as
    // rendered, not of the empty template.
    const page = readFileSync(join(dir, 'index.html'));
    expect(page.toString()).toContain('data-rendered-from="mock"');
    const brotli = readFileSync(join(dir, 'index.html.br'));
    expect(brotliDecompressSync(brotli).equals(page)).toBe(true);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).equals(page)).toBe(true);
    expect(brotli.length).toBeLessThanOrEqual(budget.firstViewPageBrotliBytes);
  });
});
