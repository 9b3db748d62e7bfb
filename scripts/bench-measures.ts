import type { Browser, Page } from '@playwright/test';

/**
 * What the benchmark does in the browser and times: first draw, changes of year, a PNG export,
 * the large-data views with their long tasks, and the heap after many changes (scripts/bench.ts
 * runs them and writes the results).
 */

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * Waits until `count` charts have drawn their latest option, which src/charts/e-chart.tsx marks
 * with `data-drawn`. Resolves with the time the last chart was drawn, in ms from navigation.
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

/**
 * Records the moment the default panels were first seen: before each frame, it counts the charts a
 * reader can see, each either as its snapshot (a page rendered ahead of the browser, see
 * src/render/) or drawn live. Installed before the page's scripts, on every navigation.
 */
const recordSeen = (charts: number) => `window.__seen = null;
const look = () => {
  const snapshots = [...document.querySelectorAll('[data-chart-snapshot] svg')].filter((svg) =>
    svg.checkVisibility({ visibilityProperty: true }),
  ).length;
  const live = document.querySelectorAll('[data-drawn="true"]').length;
  if (snapshots + live >= ${charts}) window.__seen = performance.now();
  else requestAnimationFrame(look);
};
requestAnimationFrame(look);`;

/** When the default panels were first seen, in ms from navigation (see recordSeen). */
async function seenAt(page: Page, timeout = 30_000): Promise<number> {
  await page.waitForFunction('window.__seen !== null', null, { timeout, polling: 50 });
  return (await page.evaluate('window.__seen')) as number;
}

/**
 * "Seen" is the default panels on screen, as snapshots or live; "live" (cold, warm) is every chart
 * drawn by ECharts in the page, ready to hover and zoom. Without a rendered first view the two are
 * the same moment.
 */
export interface Samples {
  coldSeen: number[];
  warmSeen: number[];
  cold: number[];
  warm: number[];
  filter: number[];
  png: number[];
}

/**
 * One run against one build: cold and warm first draw of `url` (its default view), and in a
 * dashboard build (app or naive) three changes of year and a PNG export.
 */
export async function measureOnce(
  browser: Browser,
  url: string,
  build: { charts: number; isDashboard: boolean },
  into: Samples,
) {
  const { charts } = build;
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 1000 },
  });
  const page = await context.newPage();
  await page.addInitScript(recordSeen(charts));
  await page.goto(url);
  into.cold.push(await chartsDrawn(page, charts));
  into.coldSeen.push(await seenAt(page));
  await page.goto(url);
  into.warm.push(await chartsDrawn(page, charts));
  into.warmSeen.push(await seenAt(page));
  if (build.isDashboard) {
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

export function medians(samples: Samples) {
  return {
    coldSeen: median(samples.coldSeen),
    warmSeen: median(samples.warmSeen),
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
export const largeViews = {
  million: '/?scenario=large&indicator=synthetic-stations-online&region=SYN-001&from=2019&to=2020',
  monthly: `/?scenario=large&indicator=synthetic-poverty-rate,synthetic-online-sales,synthetic-villages-connected&region=${largeRegions}&from=2001&to=2020`,
} as const;

/** Records every long task (over 50 ms) from the first script on. */
const recordLongTasks = `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask', buffered: true });`;

/**
 * Measures a large-data view: the time from navigation until every chart is drawn, and the
 * longest main-thread task before that and from that first draw on, through a hover, a zoom, and a
 * filter change and back.
 */
export async function measureLarge(
  browser: Browser,
  origin: string,
  view: keyof typeof largeViews,
) {
  const charts = view === 'million' ? 1 : 3;
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 1000 },
  });
  const page = await context.newPage();
  await page.addInitScript(recordLongTasks);
  await page.goto(`${origin}${largeViews[view]}`);
  const drawn = await chartsDrawn(page, charts, 180_000);
  // The time the panels first asked for their data, so that the draw's own share can be told
  // apart from the start-up before it.
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

export async function heapAfterFilterChanges(browser: Browser, origin: string): Promise<number> {
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

/**
 * The slow link of issue 13: Chromium's network emulation with 150 ms of latency, 1.6 Mbit/s down
 * and 750 kbit/s up, about what a phone gets on a poor mobile connection.
 */
const slowLink = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};

/** Sums the layout shifts a reader did not cause, from the first script on (CLS, unwindowed). */
const recordLayoutShift = `window.__layoutShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });`;

export interface SlowLinkSamples {
  coldSeen: number[];
  warmSeen: number[];
  cold: number[];
  warm: number[];
  /** Bytes that came over the wire for the cold load: the page and every resource, as sent. */
  bytes: number[];
  layoutShift: number[];
}

/** One cold and one warm load of `url` over the slow link, to the default panels seen and live. */
export async function measureSlowLink(
  browser: Browser,
  url: string,
  charts: number,
  into: SlowLinkSamples,
) {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 1000 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', slowLink);
  await page.addInitScript(recordLayoutShift);
  await page.addInitScript(recordSeen(charts));
  await page.goto(url);
  into.cold.push(await chartsDrawn(page, charts, 120_000));
  into.coldSeen.push(await seenAt(page, 120_000));
  into.bytes.push(
    await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .map((entry) => (entry as PerformanceResourceTiming).transferSize)
        .reduce((sum, size) => sum + size, 0),
    ),
  );
  into.layoutShift.push((await page.evaluate('window.__layoutShift')) as number);
  await page.goto(url);
  into.warm.push(await chartsDrawn(page, charts, 120_000));
  into.warmSeen.push(await seenAt(page, 120_000));
  await context.close();
}
