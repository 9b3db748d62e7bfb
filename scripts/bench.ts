import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import {
  heapAfterFilterChanges,
  largeViews,
  measureLarge,
  measureOnce,
  measureSlowLink,
  median,
  medians,
  type Samples,
  type SlowLinkSamples,
} from './bench-measures';
import { type BenchFigures, type SlowLinkRow, writeBenchReport } from './bench-report';
import { serveDir, serveWithReferenceServer } from './bench-servers';
import { chromiumArgs, chromiumPath } from './chromium';
import { initialJavaScriptGzip } from './initial-javascript';

/**
 * `npm run bench` measures the production build against baselines built from the same repository,
 * on loopback, in one run, so that every figure can be read as a ratio on one machine at one time.
 *   app          the dashboard as shipped (echarts/core, code splitting)
 *   naive        BENCH_NAIVE=1: the whole echarts package, no code splitting
 *   floor        bench/floor: the same three charts from inline data, nothing else
 *   stack floor  bench/stack-floor: the same three charts through React, TanStack Query and MSW,
 *                nothing else (`?mock=off`: static files instead of MSW)
 * Chromium runs with prefers-reduced-motion, so charts draw without animation in all of them.
 * Each build is also loaded over an emulated slow link (see measureSlowLink), for the first view
 * on a poor mobile connection and the bytes it takes.
 */

const runs = Number(process.env.BENCH_RUNS ?? 5);
/**
 * The naive build takes seconds per large view, because it asks for a million points, so the large
 * views get fewer runs.
 */
const largeRuns = Number(process.env.BENCH_LARGE_RUNS ?? 3);
/** Loads over the slow link take seconds each, so they get fewer runs too. */
const slowRuns = Number(process.env.BENCH_SLOW_RUNS ?? 3);

type Target = 'app' | 'naive' | 'floor' | 'stackFloor';
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
  stackFloor: {
    dir: 'dist-stack-floor',
    build: () =>
      run('npx', [
        'vite',
        'build',
        'bench/stack-floor',
        '--outDir',
        '../../dist-stack-floor',
        '--emptyOutDir',
      ]),
    charts: 3,
  },
};
const isDashboard = (target: Target) => target === 'app' || target === 'naive';

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

async function main() {
  for (const target of Object.keys(builds) as Target[]) builds[target].build();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  let referenceServer: ReturnType<typeof medians> | null = null;
  let stackFloorNoMock: ReturnType<typeof medians> | null = null;
  let appInBrowser: ReturnType<typeof medians> | null = null;
  const slowLinkRows: Record<string, SlowLinkRow> = {};
  const rows: Record<Target, Record<string, number | null>> = {} as Record<
    Target,
    Record<string, number | null>
  >;
  const buildNames = Object.keys(builds) as Target[];
  // Every build is served at once, and the builds take turns within each run, so that a slower or
  // faster stretch of a shared machine falls on all of them alike. The same app build is also
  // served by the reference server with the mock off, to measure start-up against a real backend.
  // The stack floor runs once more with its mock off, to compare with that.
  const servers = await Promise.all(buildNames.map((target) => serveDir(builds[target].dir)));
  const reference = await serveWithReferenceServer(builds.app.dir);
  const originOf = (target: Target) => servers[buildNames.indexOf(target)]?.origin ?? '';
  const turns: { name: string; target: Target; url: string }[] = [
    ...buildNames.map((target) => ({ name: target, target, url: `${originOf(target)}/` })),
    { name: 'reference', target: 'app', url: `${reference.origin}/` },
    // The same build rendered in the browser from the start, as before the first view arrived
    // rendered: a query the build did not render for makes the page discard what it rendered.
    { name: 'appInBrowser', target: 'app', url: `${originOf('app')}/?bench=in-browser` },
    { name: 'stackFloorNoMock', target: 'stackFloor', url: `${originOf('stackFloor')}/?mock=off` },
  ];
  try {
    const samples = new Map(
      turns.map((turn) => [
        turn.name,
        { coldSeen: [], warmSeen: [], cold: [], warm: [], filter: [], png: [] } as Samples,
      ]),
    );
    for (let index = 0; index < runs; index++) {
      for (const turn of turns) {
        await measureOnce(
          browser,
          turn.url,
          { charts: builds[turn.target].charts, isDashboard: isDashboard(turn.target) },
          samples.get(turn.name) as Samples,
        );
      }
    }
    const slow = new Map(
      turns.map((turn) => [
        turn.name,
        {
          coldSeen: [],
          warmSeen: [],
          cold: [],
          warm: [],
          bytes: [],
          layoutShift: [],
        } as SlowLinkSamples,
      ]),
    );
    for (let index = 0; index < slowRuns; index++) {
      for (const turn of turns) {
        await measureSlowLink(
          browser,
          turn.url,
          builds[turn.target].charts,
          slow.get(turn.name) as SlowLinkSamples,
        );
      }
    }
    for (const [name, samples] of slow) {
      slowLinkRows[name] = {
        coldSeen: median(samples.coldSeen),
        warmSeen: median(samples.warmSeen),
        cold: median(samples.cold),
        warm: median(samples.warm),
        bytes: median(samples.bytes),
        layoutShift: median(samples.layoutShift),
      };
    }
    const large: Record<string, Awaited<ReturnType<typeof measureLarge>>[]> = {};
    for (let index = 0; index < largeRuns; index++) {
      for (const target of ['app', 'naive'] as const) {
        for (const view of Object.keys(largeViews) as (keyof typeof largeViews)[]) {
          const key = `${target} ${view}`;
          large[key] ??= [];
          large[key].push(await measureLarge(browser, originOf(target), view));
        }
      }
    }
    for (const target of buildNames) {
      const heap = isDashboard(target)
        ? await heapAfterFilterChanges(browser, originOf(target))
        : null;
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
    stackFloorNoMock = medians(samples.get('stackFloorNoMock') as Samples);
    appInBrowser = medians(samples.get('appInBrowser') as Samples);
  } finally {
    for (const server of servers) server.close();
    reference.close();
    await browser.close();
  }
  writeBenchReport({
    rows,
    referenceServer,
    stackFloorNoMock,
    appInBrowser,
    slowLinkRows,
    runs,
    slowRuns,
    largeRuns,
  } satisfies BenchFigures);
}

await main();
