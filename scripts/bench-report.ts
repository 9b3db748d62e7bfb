import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { medians } from './bench-measures';

/**
 * What `npm run bench` (scripts/bench.ts) reports from its measurements: the ratios, which
 * targets are met, bench/results.json with every figure, and bench/results.md with the tables
 * that docs/performance.md quotes.
 */

type Medians = ReturnType<typeof medians>;

export interface SlowLinkRow {
  coldSeen: number;
  warmSeen: number;
  cold: number;
  warm: number;
  bytes: number;
  layoutShift: number;
}

export interface BenchFigures {
  /** Per build (app, naive, floor, stackFloor): its medians on loopback, large views included. */
  rows: Record<'app' | 'naive' | 'floor' | 'stackFloor', Record<string, number | null>>;
  referenceServer: Medians | null;
  stackFloorNoMock: Medians | null;
  appInBrowser: Medians | null;
  /** Per turn (the builds, reference, appInBrowser, stackFloorNoMock): over the slow link. */
  slowLinkRows: Record<string, SlowLinkRow>;
  runs: number;
  slowRuns: number;
  largeRuns: number;
}

export function writeBenchReport(figures: BenchFigures): void {
  const {
    rows,
    referenceServer,
    stackFloorNoMock,
    appInBrowser,
    slowLinkRows,
    runs,
    slowRuns,
    largeRuns,
  } = figures;
  const results: Record<string, unknown> = {};
  const app = rows.app;
  const floorSlow = slowLinkRows.floor;
  const ratio = (value: number | null | undefined, floor: number | null | undefined) =>
    (value ?? Number.POSITIVE_INFINITY) / (floor ?? 1);
  const ratios = {
    initialJavaScriptVsNaive: (app.initialGzip ?? 0) / (rows.naive.initialGzip ?? 1),
    seenColdVsFloor: ratio(app.coldSeen, rows.floor.cold),
    seenWarmVsFloor: ratio(app.warmSeen, rows.floor.warm),
    referenceServerSeenColdVsFloor: ratio(referenceServer?.coldSeen, rows.floor.cold),
    slowSeenColdVsFloor: ratio(slowLinkRows.app?.coldSeen, floorSlow?.cold),
    slowReferenceServerSeenColdVsFloor: ratio(slowLinkRows.reference?.coldSeen, floorSlow?.cold),
    // Live: every chart drawn by ECharts in the page, against the same build rendered in the
    // browser from the start (how the page first drew before it arrived rendered).
    liveColdVsInBrowser: ratio(app.cold, appInBrowser?.cold),
    slowLiveColdVsInBrowser: ratio(slowLinkRows.app?.cold, slowLinkRows.appInBrowser?.cold),
    slowReferenceServerLiveColdVsInBrowser: ratio(
      slowLinkRows.reference?.cold,
      slowLinkRows.appInBrowser?.cold,
    ),
    // How much of a first draw in the browser the stack itself takes.
    stackFloorColdVsFloor: ratio(rows.stackFloor.cold, rows.floor.cold),
    stackFloorNoMockColdVsFloor: ratio(stackFloorNoMock?.cold, rows.floor.cold),
    inBrowserColdVsFloor: ratio(appInBrowser?.cold, rows.floor.cold),
  };
  const targets = {
    'initial JavaScript at most 0.6 of naive': ratios.initialJavaScriptVsNaive <= 0.6,
    'seen on the slow link at or under the floor (npm start and the reference server, cold)':
      ratios.slowSeenColdVsFloor <= 1 && ratios.slowReferenceServerSeenColdVsFloor <= 1,
    'seen on loopback within 1.2x the floor (npm start and the reference server, cold)':
      ratios.seenColdVsFloor <= 1.2 && ratios.referenceServerSeenColdVsFloor <= 1.2,
    'live no later than the page rendered in the browser (loopback and slow link, cold)':
      ratios.liveColdVsInBrowser <= 1 &&
      ratios.slowLiveColdVsInBrowser <= 1 &&
      ratios.slowReferenceServerLiveColdVsInBrowser <= 1,
    'layout shift under 0.02 while the live charts take over (slow link, cold)':
      (slowLinkRows.app?.layoutShift ?? 1) < 0.02 &&
      (slowLinkRows.reference?.layoutShift ?? 1) < 0.02,
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
    results: { ...rows, appOnReferenceServer: referenceServer, stackFloorNoMock, appInBrowser },
    slowLink: slowLinkRows,
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
  const loopbackColumns = [
    rows.app,
    referenceServer,
    appInBrowser,
    rows.naive,
    rows.floor,
    rows.stackFloor,
    stackFloorNoMock,
  ];
  const loopbackRow = (cell: (row: Record<string, number | null> | null | undefined) => string) =>
    loopbackColumns.map(cell).join(' | ');
  const slowRow = (cell: (row: (typeof slowLinkRows)[string]) => string) =>
    ['app', 'reference', 'appInBrowser', 'naive', 'floor', 'stackFloor', 'stackFloorNoMock']
      .map((name) => {
        const row = slowLinkRows[name];
        return row ? cell(row) : '—';
      })
      .join(' | ');
  const table = [
    `Medians of ${runs} runs, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Chromium headless, reduced motion.`,
    '',
    '| | app (npm start) | app on the reference server | app rendered in the browser | naive | floor | stack floor | stack floor, no mock |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    `| JavaScript loaded at start-up (gzip) | ${kb(rows.app.initialGzip)} | ${kb(rows.app.initialGzip)} | ${kb(rows.app.initialGzip)} | ${kb(rows.naive.initialGzip)} | ${kb(rows.floor.initialGzip)} | ${kb(rows.stackFloor.initialGzip)} | ${kb(rows.stackFloor.initialGzip)} |`,
    `| default panels seen, cold | ${loopbackRow((row) => ms(row?.coldSeen))} |`,
    `| default panels seen, warm | ${loopbackRow((row) => ms(row?.warmSeen))} |`,
    `| every chart live, cold | ${loopbackRow((row) => ms(row?.cold))} |`,
    `| every chart live, warm | ${loopbackRow((row) => ms(row?.warm))} |`,
    `| filter change to charts updated | ${ms(rows.app.filter)} | ${ms(referenceServer?.filter)} | ${ms(appInBrowser?.filter)} | ${ms(rows.naive.filter)} | — | — | — |`,
    `| PNG export | ${ms(rows.app.png)} | ${ms(referenceServer?.png)} | ${ms(appInBrowser?.png)} | ${ms(rows.naive.png)} | — | — | — |`,
    `| JS heap after 200 filter changes | ${mb(rows.app.heap)} | — | — | ${mb(rows.naive.heap)} | — | — | — |`,
    '',
    `Over the slow link (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up; medians of ${slowRuns} runs):`,
    '',
    '| | app (npm start) | app on the reference server | app rendered in the browser | naive | floor | stack floor | stack floor, no mock |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    `| default panels seen, cold | ${slowRow((row) => ms(row.coldSeen))} |`,
    `| default panels seen, warm | ${slowRow((row) => ms(row.warmSeen))} |`,
    `| every chart live, cold | ${slowRow((row) => ms(row.cold))} |`,
    `| every chart live, warm | ${slowRow((row) => ms(row.warm))} |`,
    `| bytes over the wire, cold | ${slowRow((row) => kb(row.bytes))} |`,
    `| layout shift, cold | ${slowRow((row) => row.layoutShift.toFixed(3))} |`,
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
    `Ratios: initial JavaScript ${ratios.initialJavaScriptVsNaive.toFixed(2)} of naive. Seen, cold: ${ratios.seenColdVsFloor.toFixed(2)}x the floor on loopback (${ratios.referenceServerSeenColdVsFloor.toFixed(2)}x from the reference server), ${ratios.slowSeenColdVsFloor.toFixed(2)}x over the slow link (${ratios.slowReferenceServerSeenColdVsFloor.toFixed(2)}x). Live, cold, against the page rendered in the browser: ${ratios.liveColdVsInBrowser.toFixed(2)}x on loopback, ${ratios.slowLiveColdVsInBrowser.toFixed(2)}x over the slow link (${ratios.slowReferenceServerLiveColdVsInBrowser.toFixed(2)}x from the reference server).`,
    '',
    `Rendered in the browser, the first draw takes ${ratios.inBrowserColdVsFloor.toFixed(2)}x the floor (cold, loopback); the stack alone takes ${ratios.stackFloorColdVsFloor.toFixed(2)}x with MSW and ${ratios.stackFloorNoMockColdVsFloor.toFixed(2)}x without.`,
    '',
    ...Object.entries(targets).map(([name, met]) => `- ${met ? 'met' : 'NOT met'}: ${name}`),
    '',
  ].join('\n');
  writeFileSync('bench/results.md', table);
  console.log(table);
}
