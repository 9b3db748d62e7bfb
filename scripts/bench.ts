import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Browser, chromium, type Page } from '@playwright/test';
import { Hono } from 'hono';
import { fixtureCatalog } from '../fixtures/catalog';
import { createApp } from '../server/app';
import { openDatabase, seed } from '../server/database';
import { chromiumArgs, chromiumPath } from './chromium';
import { initialJavaScriptGzip } from './initial-javascript';

/**
 * `npm run bench`: the production build against two baselines built from the same source, on
 * loopback, in one run, so every figure can be read as a ratio on one machine at one time.
 *   app    the dashboard as shipped (echarts/core, code splitting)
 *   naive  BENCH_NAIVE=1: the whole echarts package, no code splitting
 *   floor  bench/floor: the same three charts from inline data, nothing else
 * Chromium runs with prefers-reduced-motion, so charts draw without animation in all three.
 */

const runs = Number(process.env.BENCH_RUNS ?? 5);
/** The naive build takes seconds per large view (it asks for a million points): fewer runs. */
const largeRuns = Number(process.env.BENCH_LARGE_RUNS ?? 3);
const defaultView = '/';

type Target = 'app' | 'naive' | 'floor';
const builds: Record<Target, { dir: string; build: () => void; charts: number }> = {
  app: { dir: 'dist', build: () => run('npx', ['vite', 'build']), charts: 3 },
  naive: {
    dir: 'dist-naive',
    build: () => run('npx', ['vite', 'build'], { BENCH_NAIVE: '1' }),
    charts: 3,
  },
  floor: {
    dir: 'dist-floor',
    build: () =>
      run('npx', ['vite', 'build', 'bench/floor', '--outDir', '../../dist-floor', '--emptyOutDir']),
    charts: 3,
  },
};

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * The app build served by the reference server on the same origin, with the mock off: what a
 * deployment against a real backend loads (no MSW, no service worker).
 */
async function serveWithReferenceServer(
  dir: string,
): Promise<{ origin: string; close: () => void }> {
  const db = openDatabase(':memory:');
  seed(db, fixtureCatalog, 'all');
  const app = createApp(db, { corsOrigins: [], staticDir: dir });
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, hostname: '127.0.0.1', port: 0 },
      (info: AddressInfo) =>
        resolve({
          origin: `http://127.0.0.1:${info.port}`,
          close: () => {
            server.close();
            db.close();
          },
        }),
    );
  });
}

async function serveDir(dir: string): Promise<{ origin: string; close: () => void }> {
  const app = new Hono();
  app.use('/*', serveStatic({ root: dir }));
  app.get('*', (context) => context.html(readFileSync(join(dir, 'index.html'), 'utf8')));
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, hostname: '127.0.0.1', port: 0 },
      (info: AddressInfo) =>
        resolve({ origin: `http://127.0.0.1:${info.port}`, close: () => server.close() }),
    );
  });
}

/**
 * Resolves when `count` charts have drawn their latest option (`data-drawn`, set by
 * src/charts/e-chart.tsx); returns when the last did (ms from navigation).
 */
function chartsDrawn(page: Page, count: number, timeout = 30_000): Promise<number> {
  return page
    .waitForFunction((n) => document.querySelectorAll('[data-drawn="true"]').length >= n, count, {
      timeout,
    })
    .then(() =>
      page.evaluate(() =>
        Math.max(...performance.getEntriesByName('chart-drawn').map((mark) => mark.startTime)),
      ),
    );
}

/**
 * Changes the From year in the page and times it until every chart has drawn again. Written as a
 * string so that the TypeScript runner's helpers do not leak into the page.
 */
function filterChange(
  page: Page,
  charts: number,
  year: string,
  drawnBefore?: number,
): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const before = ${drawnBefore ?? "performance.getEntriesByName('chart-drawn').length"};
    const select = document.querySelectorAll('form select')[0];
    const start = performance.now();
    select.value = ${JSON.stringify(year)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const poll = () => {
      const marks = performance.getEntriesByName('chart-drawn');
      if (marks.length >= before + ${charts}) resolve(marks[marks.length - 1].startTime - start);
      else requestAnimationFrame(poll);
    };
    poll();
  })`);
}

interface Samples {
  cold: number[];
  warm: number[];
  filter: number[];
  png: number[];
}

/** One run against one build: cold and warm first draw, three changes of year, a PNG export. */
async function measureOnce(browser: Browser, target: Target, origin: string, into: Samples) {
  const { charts } = builds[target];
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 1000 },
  });
  const page = await context.newPage();
  await page.goto(`${origin}${defaultView}`);
  into.cold.push(await chartsDrawn(page, charts));
  await page.goto(`${origin}${defaultView}`);
  into.warm.push(await chartsDrawn(page, charts));
  if (target !== 'floor') {
    for (const year of ['2013', '2014', '2012'])
      into.filter.push(await filterChange(page, charts, year));
    const panel = page.locator('section.panel').first();
    await panel.locator('summary').first().click();
    const started = Date.now();
    const download = page.waitForEvent('download');
    await panel.locator('.export-menu__actions button').first().click();
    await download;
    into.png.push(Date.now() - started);
  }
  await context.close();
}

function medians(samples: Samples) {
  return {
    cold: median(samples.cold),
    warm: median(samples.warm),
    filter: samples.filter.length ? median(samples.filter) : null,
    png: samples.png.length ? median(samples.png) : null,
  };
}

const largeRegions = Array.from(
  { length: 100 },
  (_, index) => `SYN-${String(index + 1).padStart(3, '0')}`,
).join(',');
/** The large-data views: the million-point panel alone, and 3 monthly indicators for 100 regions. */
const largeViews = {
  million: '/?scenario=large&indicator=synthetic-stations-online&region=SYN-001&from=2019&to=2020',
  monthly: `/?scenario=large&indicator=synthetic-poverty-rate,synthetic-online-sales,synthetic-villages-connected&region=${largeRegions}&from=2001&to=2020`,
} as const;

/** Records every long task (over 50 ms) from the first script on. */
const recordLongTasks = `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask', buffered: true });`;

/**
 * A large-data view: navigation to every chart drawn, and the longest main-thread task from that
 * first draw on, through a hover, a zoom and a filter change and back.
 */
async function measureLarge(browser: Browser, origin: string, view: keyof typeof largeViews) {
  const charts = view === 'million' ? 1 : 3;
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 1000 },
  });
  const page = await context.newPage();
  await page.addInitScript(recordLongTasks);
  await page.goto(`${origin}${largeViews[view]}`);
  const drawn = await chartsDrawn(page, charts, 180_000);
  // When the panels asked for their data: the draw's own share, without the start-up before it.
  const requested = await page.evaluate(() =>
    Math.min(
      ...performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/api/v1/observations'))
        .map((entry) => entry.startTime),
    ),
  );
  const chart = page.locator('[data-testid="echart"]').first();
  await chart.hover();
  await page.mouse.wheel(0, -400);
  await page.waitForTimeout(500);
  const drawnSoFar = await page.evaluate(() => performance.getEntriesByName('chart-drawn').length);
  await filterChange(page, charts, '2020', drawnSoFar);
  await filterChange(page, charts, view === 'million' ? '2019' : '2001');
  await page.waitForTimeout(1000);
  const tasks = (await page.evaluate('window.__longTasks')) as [number, number][];
  await context.close();
  const after = tasks.filter(([start]) => start >= drawn).map(([, duration]) => duration);
  const before = tasks.filter(([start]) => start < drawn).map(([, duration]) => duration);
  return {
    drawn,
    fromRequest: drawn - requested,
    longestTaskBefore: before.length ? Math.max(...before) : 0,
    longestTaskAfter: after.length ? Math.max(...after) : 0,
  };
}

async function heapAfterFilterChanges(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(origin);
  await chartsDrawn(page, 3);
  for (let change = 0; change < 200; change++)
    await filterChange(page, 3, ['2013', '2014', '2015', '2012'][change % 4] as string);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return usedSize;
}

async function main() {
  for (const target of Object.keys(builds) as Target[]) builds[target].build();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  const results: Record<string, unknown> = {};
  let referenceServer: ReturnType<typeof medians> | null = null;
  const rows: Record<Target, Record<string, number | null>> = {} as Record<
    Target,
    Record<string, number | null>
  >;
  const buildNames = Object.keys(builds) as Target[];
  // Every build served at once, and the builds take turns within each run, so that a slower or
  // faster stretch of a shared machine falls on all of them alike. The same app build is also
  // served by the reference server, mock off: a real backend's start-up.
  const servers = await Promise.all(buildNames.map((target) => serveDir(builds[target].dir)));
  const reference = await serveWithReferenceServer(builds.app.dir);
  const turns = [
    ...buildNames.map((target, index) => ({
      name: target,
      target,
      origin: servers[index]?.origin,
    })),
    { name: 'reference', target: 'app' as const, origin: reference.origin },
  ];
  try {
    const samples = new Map(
      turns.map((turn) => [turn.name, { cold: [], warm: [], filter: [], png: [] } as Samples]),
    );
    for (let index = 0; index < runs; index++) {
      for (const turn of turns) {
        await measureOnce(
          browser,
          turn.target,
          turn.origin ?? '',
          samples.get(turn.name) as Samples,
        );
      }
    }
    const large: Record<string, Awaited<ReturnType<typeof measureLarge>>[]> = {};
    for (let index = 0; index < largeRuns; index++) {
      for (const turn of turns.filter((entry) => entry.name === 'app' || entry.name === 'naive')) {
        for (const view of Object.keys(largeViews) as (keyof typeof largeViews)[]) {
          const key = `${turn.name} ${view}`;
          large[key] ??= [];
          large[key].push(await measureLarge(browser, turn.origin ?? '', view));
        }
      }
    }
    for (const [index, target] of buildNames.entries()) {
      const origin = servers[index]?.origin ?? '';
      const heap = target === 'floor' ? null : await heapAfterFilterChanges(browser, origin);
      rows[target] = {
        initialGzip: initialJavaScriptGzip(builds[target].dir),
        ...medians(samples.get(target) as Samples),
        heap,
      };
      for (const view of Object.keys(largeViews) as (keyof typeof largeViews)[]) {
        const measured = large[`${target} ${view}`];
        if (!measured) continue;
        rows[target][`${view}Drawn`] = median(measured.map((entry) => entry.drawn));
        rows[target][`${view}FromRequest`] = median(measured.map((entry) => entry.fromRequest));
        rows[target][`${view}TaskBefore`] = median(
          measured.map((entry) => entry.longestTaskBefore),
        );
        rows[target][`${view}TaskAfter`] = median(measured.map((entry) => entry.longestTaskAfter));
      }
    }
    referenceServer = medians(samples.get('reference') as Samples);
  } finally {
    for (const server of servers) server.close();
    reference.close();
    await browser.close();
  }
  const app = rows.app;
  const ratios = {
    initialJavaScriptVsNaive: (app.initialGzip ?? 0) / (rows.naive.initialGzip ?? 1),
    firstDrawColdVsFloor: (app.cold ?? 0) / (rows.floor.cold ?? 1),
    firstDrawWarmVsFloor: (app.warm ?? 0) / (rows.floor.warm ?? 1),
    referenceServerFirstDrawColdVsFloor: (referenceServer?.cold ?? 0) / (rows.floor.cold ?? 1),
  };
  const targets = {
    'initial JavaScript at most 0.6 of naive': ratios.initialJavaScriptVsNaive <= 0.6,
    'first panels drawn within 1.5x the floor (cold)': ratios.firstDrawColdVsFloor <= 1.5,
    'filter change drawn in under 50 ms (median)': (app.filter ?? Number.POSITIVE_INFINITY) < 50,
    'million-point panel drawn within 1 s of navigation (cold)':
      (app.millionDrawn ?? Number.POSITIVE_INFINITY) <= 1000,
    'million-point panel drawn within 1 s of its request':
      (app.millionFromRequest ?? Number.POSITIVE_INFINITY) <= 1000,
    'no task over 200 ms after first draw (large views)':
      Math.max(app.millionTaskAfter ?? Infinity, app.monthlyTaskAfter ?? Infinity) <= 200,
  };
  Object.assign(results, {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    runs,
    results: { ...rows, appOnReferenceServer: referenceServer },
    ratios,
    targets,
  });
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  const ms = (value: number | null | undefined) => (value == null ? '—' : `${value.toFixed(0)} ms`);
  const kb = (value: number | null | undefined) =>
    value == null ? '—' : `${(value / 1024).toFixed(1)} kB`;
  const mb = (value: number | null | undefined) =>
    value == null ? '—' : `${(value / 2 ** 20).toFixed(1)} MB`;
  const table = [
    `Medians of ${runs} runs, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Chromium headless, reduced motion.`,
    '',
    '| | app | naive | floor | app on the reference server |',
    '| --- | --- | --- | --- | --- |',
    `| JavaScript loaded at start-up (gzip) | ${kb(rows.app.initialGzip)} | ${kb(rows.naive.initialGzip)} | ${kb(rows.floor.initialGzip)} | ${kb(rows.app.initialGzip)} |`,
    `| default panels drawn, cold | ${ms(rows.app.cold)} | ${ms(rows.naive.cold)} | ${ms(rows.floor.cold)} | ${ms(referenceServer?.cold)} |`,
    `| default panels drawn, warm | ${ms(rows.app.warm)} | ${ms(rows.naive.warm)} | ${ms(rows.floor.warm)} | ${ms(referenceServer?.warm)} |`,
    `| filter change to charts updated | ${ms(rows.app.filter)} | ${ms(rows.naive.filter)} | — | ${ms(referenceServer?.filter)} |`,
    `| PNG export | ${ms(rows.app.png)} | ${ms(rows.naive.png)} | — | ${ms(referenceServer?.png)} |`,
    `| JS heap after 200 filter changes | ${mb(rows.app.heap)} | ${mb(rows.naive.heap)} | — | — |`,
    '',
    `Large data (\`?scenario=large\`, medians of ${largeRuns} runs; times from navigation; the naive build asks for every point):`,
    '',
    '| | app | naive |',
    '| --- | --- | --- |',
    `| 1,000,000-point panel drawn, from navigation (cold) | ${ms(rows.app.millionDrawn)} | ${ms(rows.naive.millionDrawn)} |`,
    `| 1,000,000-point panel drawn, from its request | ${ms(rows.app.millionFromRequest)} | ${ms(rows.naive.millionFromRequest)} |`,
    `| longest task before it was drawn | ${ms(rows.app.millionTaskBefore)} | ${ms(rows.naive.millionTaskBefore)} |`,
    `| longest task after first draw (hover, zoom, filter changes) | ${ms(rows.app.millionTaskAfter)} | ${ms(rows.naive.millionTaskAfter)} |`,
    `| 3 monthly panels x 100 regions x 240 months drawn, from navigation (cold) | ${ms(rows.app.monthlyDrawn)} | ${ms(rows.naive.monthlyDrawn)} |`,
    `| the same, from their requests | ${ms(rows.app.monthlyFromRequest)} | ${ms(rows.naive.monthlyFromRequest)} |`,
    `| longest task before they were drawn | ${ms(rows.app.monthlyTaskBefore)} | ${ms(rows.naive.monthlyTaskBefore)} |`,
    `| longest task after first draw (hover, zoom, filter changes) | ${ms(rows.app.monthlyTaskAfter)} | ${ms(rows.naive.monthlyTaskAfter)} |`,
    '',
    `Ratios: initial JavaScript ${ratios.initialJavaScriptVsNaive.toFixed(2)} of naive; first draw ${ratios.firstDrawColdVsFloor.toFixed(2)}x the floor cold, ${ratios.firstDrawWarmVsFloor.toFixed(2)}x warm; on the reference server (no mock), ${ratios.referenceServerFirstDrawColdVsFloor.toFixed(2)}x cold.`,
    '',
    ...Object.entries(targets).map(([name, met]) => `- ${met ? 'met' : 'NOT met'}: ${name}`),
    '',
  ].join('\n');
  writeFileSync('bench/results.md', table);
  console.log(table);
}

await main();
