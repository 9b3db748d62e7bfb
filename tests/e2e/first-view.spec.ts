import { expect, type Page, test } from '@playwright/test';
import { serverPort } from '../../playwright.config';

/**
 * The first view arrives drawn (src/render/), is shown only when it is the view asked for from the
 * API config.json names (src/boot/first-view.js), and is taken over by the scripts as it is.
 */

const serverOrigin = `http://127.0.0.1:${serverPort}`;
const languageCookie = (url: string, value: string) => ({
  name: 'poverty-dashboard.lang',
  value,
  url,
});

/**
 * Records, before every frame from the first byte on, what a reader could see: whether the given
 * text was in the page's visible text (innerText leaves out what is hidden), and whether any
 * snapshot or loading panel was visible. Installed before the page's own scripts run.
 */
async function watchFrames(page: Page, text: string): Promise<void> {
  await page.addInitScript((watched: string) => {
    const seen = { text: false, snapshot: false, loading: false, frames: 0 };
    Object.assign(window, { framesSeen: seen });
    const sample = () => {
      seen.frames += 1;
      const root = document.getElementById('root');
      // innerText, not textContent: it is the rendered text, without what is hidden.
      // biome-ignore lint/performance/useDomNodeTextContent: what is visible is the point here.
      if (root?.innerText.includes(watched)) seen.text = true;
      for (const svg of document.querySelectorAll('[data-chart-snapshot] svg')) {
        if (svg.checkVisibility({ visibilityProperty: true })) seen.snapshot = true;
      }
      for (const panel of document.querySelectorAll('section.panel[data-state="loading"]')) {
        if (panel.checkVisibility({ visibilityProperty: true })) seen.loading = true;
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, text);
}

interface FramesSeen {
  text: boolean;
  snapshot: boolean;
  loading: boolean;
  frames: number;
}

function framesSeen(page: Page): Promise<FramesSeen> {
  return page.evaluate(() => (window as unknown as { framesSeen: FramesSeen }).framesSeen);
}

/** Console errors and warnings, hydration mismatches among them (see src/app/main.tsx). */
function collectConsoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

const povertyPanel = (page: Page) => page.locator('section.panel[data-indicator="poverty-rate"]');

async function expectLive(page: Page, charts: number) {
  await expect(page.locator('[data-testid="echart"][data-drawn="true"]')).toHaveCount(charts);
  await expect(page.locator('[data-chart-snapshot]')).toHaveCount(0);
}

test.describe('on a static host, with the mock API', () => {
  test('the default view is drawn, with its numbers and sources, before any script has loaded', async ({
    page,
  }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('/');
    const panel = povertyPanel(page);
    await expect(panel.locator('.delta-strip')).toContainText('2012 26.8 % → 2020 0 %');
    await expect(panel).toContainText('Sources: China Daily');
    await expect(panel).toContainText('reported');
    await expect(page.locator('[data-chart-snapshot] svg.only-light')).toHaveCount(3);
    for (const svg of await page.locator('[data-chart-snapshot] svg.only-light').all())
      await expect(svg).toBeVisible();
    // The chart's own labels are drawn: the axis holds the years.
    await expect(
      panel.locator('[data-chart-snapshot] svg.only-light text', { hasText: '2014' }),
    ).toBeVisible();
  });

  test.describe('for a reader whose system is dark', () => {
    test.use({ colorScheme: 'dark' });

    test('the dark drawing is the one shown from the first paint', async ({ page }) => {
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.locator('[data-chart-snapshot] svg.only-dark').first()).toBeVisible();
      await expect(page.locator('[data-chart-snapshot] svg.only-light').first()).toBeHidden();
    });
  });

  test('the scripts take over the page as it is: no loading state, no hydration error, no layout shift', async ({
    page,
  }) => {
    const problems = collectConsoleProblems(page);
    await watchFrames(page, '26.8');
    await page.addInitScript(() => {
      const shifts = { total: 0 };
      Object.assign(window, { layoutShift: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) shifts.total += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    await expectLive(page, 3);
    const seen = await framesSeen(page);
    expect(seen.text).toBe(true);
    expect(seen.snapshot).toBe(true);
    expect(seen.loading).toBe(false);
    const shift = await page.evaluate(
      () => (window as unknown as { layoutShift: { total: number } }).layoutShift.total,
    );
    expect(shift).toBeLessThan(0.02);
    expect(problems).toEqual([]);
    // Live: a change of years is fetched and drawn.
    await page.getByRole('combobox', { name: 'From' }).selectOption('2014');
    await expect(povertyPanel(page).locator('.panel__meta')).toContainText('2014–2020');
    await expect(povertyPanel(page).locator('.delta-strip')).toContainText('2014');
  });

  test('a build pointed at another backend by config.json never shows the fixtures’ numbers, not even for a frame', async ({
    page,
  }) => {
    // The other backend: the reference server's answers, each value raised by one, behind a
    // config.json that is slow to arrive, so that a page shown before it was read would be seen.
    await page.route('**/config.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.fulfill({ json: { apiBaseUrl: '/other-backend/v1', mockApi: false } });
    });
    await page.route('**/other-backend/v1/**', async (route) => {
      const url = new URL(route.request().url());
      const response = await route.fetch({
        url: `${serverOrigin}${url.pathname.replace('/other-backend', '/api')}${url.search}`,
      });
      const body = (await response.json()) as { data: unknown[] };
      if (url.pathname.endsWith('/observations')) {
        for (const series of body.data as { points: { value: number | null }[] }[])
          for (const point of series.points)
            if (point.value !== null) point.value = Math.round((point.value + 1) * 10) / 10;
      }
      await route.fulfill({ json: body });
    });
    // Guizhou's one e-commerce growth rate: the other backend's is 28.1. A value is watched, not
    // a change: adding one to every value leaves the changes between them as they were.
    await watchFrames(page, '27.1');
    await page.goto('/');
    await expect(povertyPanel(page).locator('.delta-strip')).toContainText(
      '2012 27.8 % → 2020 1 %',
    );
    await expectLive(page, 3);
    const seen = await framesSeen(page);
    expect(seen.frames).toBeGreaterThan(10);
    expect(seen.text).toBe(false);
    expect(seen.snapshot).toBe(false);
    await expect(page.locator('html')).toHaveAttribute('data-first-view', 'stale');
  });

  test('a deep link never shows the default view first', async ({ page }) => {
    await watchFrames(page, '2012–2020');
    await page.goto('/?from=2014');
    await expect(povertyPanel(page).locator('.panel__meta')).toContainText('2014–2020');
    await expectLive(page, 3);
    const seen = await framesSeen(page);
    expect(seen.text).toBe(false);
    expect(seen.snapshot).toBe(false);
  });

  test('a reader whose language is Chinese never sees the English page first', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([languageCookie(baseURL ?? '', 'zh-CN')]);
    await watchFrames(page, 'Rural poverty rate');
    await page.goto('/');
    await expect(povertyPanel(page).getByRole('heading', { level: 2 })).toHaveText(
      '农村贫困发生率',
    );
    const seen = await framesSeen(page);
    expect(seen.text).toBe(false);
    expect(seen.snapshot).toBe(false);
  });
});

test.describe('from the reference server', () => {
  test('a deep link in the reader’s language is drawn from the database before any script has loaded', async ({
    page,
    context,
  }) => {
    await context.addCookies([languageCookie(serverOrigin, 'zh-CN')]);
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(
      `${serverOrigin}/?indicator=poverty-rate,poor-population&region=CN-GZ,CN&from=2013`,
    );
    await expect(page.locator('html')).toHaveAttribute('data-first-view', 'shown');
    await expect(page.locator('section.panel')).toHaveCount(2);
    const panel = povertyPanel(page);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('农村贫困发生率');
    await expect(panel.locator('.panel__meta')).toContainText('2013–2020');
    await expect(panel.locator('.delta-strip')).toContainText('贵州');
    await expect(panel.locator('[data-chart-snapshot] svg.only-light')).toBeVisible();
  });

  test.describe('in another time zone', () => {
    // The reference server runs under TZ=Pacific/Auckland too (playwright.config.ts).
    test.use({ timezoneId: 'Pacific/Auckland' });

    for (const variant of [
      { locale: 'en', colorScheme: 'light' as const, title: 'Rural poverty rate' },
      { locale: 'zh-CN', colorScheme: 'dark' as const, title: '农村贫困发生率' },
    ]) {
      test(`the page is taken over without a hydration error or warning (${variant.locale}, ${variant.colorScheme})`, async ({
        page,
        context,
      }) => {
        await context.addCookies([languageCookie(serverOrigin, variant.locale)]);
        await page.emulateMedia({ colorScheme: variant.colorScheme });
        const problems = collectConsoleProblems(page);
        await page.goto(`${serverOrigin}/?region=CN-GZ,CN&from=2011&to=2020`);
        await expect(page.locator('html')).toHaveAttribute('data-first-view', 'shown');
        await expect(povertyPanel(page).getByRole('heading', { level: 2 })).toHaveText(
          variant.title,
        );
        await expectLive(page, 3);
        await expect(page.locator('html')).toHaveAttribute('data-theme', variant.colorScheme);
        expect(problems).toEqual([]);
      });
    }
  });
});
