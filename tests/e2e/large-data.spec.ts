import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { expect, type Locator, type Page, test } from '@playwright/test';

const millionView =
  '/?scenario=large&indicator=synthetic-stations-online&region=SYN-001&from=2019&to=2020';
const hundredRegions = Array.from(
  { length: 100 },
  (_, index) => `SYN-${String(index + 1).padStart(3, '0')}`,
).join(',');
const monthlyView = `/?scenario=large&indicator=synthetic-poverty-rate,synthetic-online-sales,synthetic-villages-connected&region=${hundredRegions}&from=2001&to=2020`;

const panel = (page: Page, title: RegExp) => page.getByRole('region', { name: title });
const chartOf = (section: Locator) => section.locator('[data-testid="echart"]');

test.describe('large data (the "large" mock scenario)', () => {
  test('draws the million-point series thinned, says so, and zooms in', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(millionView);
    const stations = panel(page, /Village e-commerce stations online, by minute/);
    const chart = chartOf(stations);
    await expect(chart).toHaveAttribute('data-drawn', 'true', { timeout: 20_000 });
    await expect(stations).toContainText(
      /1,000,000 observations in these years; the chart and table show [\d,]+ of them/,
    );
    await expect(stations).toContainText('(synthetic)');
    // Zooming with the wheel redraws the chart for the narrower range.
    const before = await chart.screenshot();
    await chart.hover();
    await page.mouse.wheel(0, -600);
    await expect.poll(async () => (await chart.screenshot()).equals(before)).toBe(false);
    await expect(stations).toContainText('Zoom in on the chart and it shows every point');
    const note = stations.getByRole('status').filter({ hasText: 'Zoomed to' });
    // Still most of two years: the window comes thinned again.
    await expect(note).toHaveText(/: [\d,]+ of its [\d,]+ points/, { timeout: 15_000 });

    // Zoomed in to under about a day (each wheel step is about a tenth), the chart asks for the
    // range on screen and draws every minute of it.
    const windowRequests: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('/observations') && url.searchParams.has('start'))
        windowRequests.push(url);
    });
    // What the note says of the last window asked for, once that window's answer has come: its
    // minutes all shown, or some of them (a window's points are its minutes, gaps included).
    const lastWindow = async () => {
      const text = (await note.textContent()) ?? '';
      const all = text.match(/UTC: all ([\d,]+) points in this range\.$/)?.[1];
      const of = text.match(/UTC: [\d,]+ of its ([\d,]+) points/)?.[1];
      const request = windowRequests.at(-1);
      const start = Date.parse(`${request?.searchParams.get('start')}Z`);
      const end = Date.parse(`${request?.searchParams.get('end')}Z`);
      const asked = (end - start) / 60_000 + 1;
      const count = (digits: string | undefined) => Number(digits?.replace(/,/g, ''));
      if (count(all) === asked) return 'all shown';
      if (count(of) === asked) return 'thinned';
      return 'not yet';
    };
    // The wheel in steps, each batch followed by the answer for the window it paused on. A busy
    // machine drops some steps (the zoom is throttled), so there are as many batches as it takes.
    let steps = 0;
    let shown = 'not yet';
    for (let batch = 0; batch < 10 && shown !== 'all shown'; batch++) {
      const requestsBefore = windowRequests.length;
      for (let step = 0; step < 15; step++, steps++) {
        await page.mouse.wheel(0, -600);
        await page.waitForTimeout(50);
      }
      // The gesture pauses here: the chart asks for the new window, and the note follows.
      await expect
        .poll(
          async () => windowRequests.length > requestsBefore && (await lastWindow()) !== 'not yet',
          {
            timeout: 15_000,
          },
        )
        .toBe(true);
      shown = await lastWindow();
    }
    expect(shown).toBe('all shown');
    await expect(chart).toHaveAttribute('data-drawn', 'true');
    // A request once the gesture paused, not one a step, narrowed to the window on screen.
    expect(windowRequests.length).toBeGreaterThanOrEqual(1);
    expect(windowRequests.length).toBeLessThan(steps);
    expect(windowRequests.at(-1)?.searchParams.get('maxPoints')).toBe('2000');
  });

  test('exports every one of the million observations as CSV, though the chart shows fewer and is zoomed in', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto(millionView);
    const stations = panel(page, /Village e-commerce stations online, by minute/);
    const chart = chartOf(stations);
    await expect(chart).toHaveAttribute('data-drawn', 'true', { timeout: 20_000 });
    await chart.hover();
    await page.mouse.wheel(0, -600);
    await expect(stations.getByRole('status').filter({ hasText: 'Zoomed to' })).toBeVisible();
    await stations.getByText('Export', { exact: true }).click();
    // Exports do not follow the zoom, and the menu says so.
    await expect(stations.locator('.export-menu')).toContainText(
      'Exports cover the whole view (2019–2020), whatever range the chart is zoomed to.',
    );
    const download = page.waitForEvent('download', { timeout: 150_000 });
    await stations.getByRole('button', { name: 'Download CSV' }).click();
    // The file streams in, and the menu says how far it has come, of how many rows.
    const menu = stations.locator('.export-menu');
    await expect(menu.getByRole('status')).toHaveText(/^CSV: [\d,]+ of 1,000,000 rows received…$/, {
      timeout: 20_000,
    });
    await expect(menu.locator('progress')).toHaveAttribute('max', '1000000');
    await expect(menu.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    const file = await (await download).path();
    await expect(menu.getByRole('status')).toHaveText(/^Downloaded .+\.csv$/);
    await expect(menu.locator('progress')).toHaveCount(0);
    // Read line by line: the file is over 200 MB.
    const lines = createInterface({ input: createReadStream(file) });
    let count = 0;
    let last = '';
    for await (const line of lines) {
      count += 1;
      if (line !== '') last = line;
    }
    expect(count).toBe(1 + 1_000_000);
    expect(last).toContain('2020-11-25T10:39');
  });

  test('cancels a long CSV: the request stops, nothing is downloaded, and the menu says so', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(millionView);
    const stations = panel(page, /Village e-commerce stations online, by minute/);
    await expect(chartOf(stations)).toHaveAttribute('data-drawn', 'true', { timeout: 20_000 });
    const downloads: unknown[] = [];
    page.on('download', (download) => downloads.push(download));
    await stations.getByText('Export', { exact: true }).click();
    const menu = stations.locator('.export-menu');
    const fileRequest = page.waitForRequest((request) =>
      new URL(request.url()).pathname.endsWith('/observations.csv'),
    );
    await menu.getByRole('button', { name: 'Download CSV' }).click();
    expect(new URL((await fileRequest).url()).searchParams.get('from')).toBe('2019');
    // Some rows have come, and not all of them.
    await expect
      .poll(
        async () => {
          const text = (await menu.getByRole('status').textContent()) ?? '';
          return Number(text.match(/^CSV: ([\d,]+) of/)?.[1]?.replace(/,/g, '') ?? 0);
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);
    // Every other action waits while the file comes; Cancel does not.
    await expect(menu.getByRole('button', { name: 'Download PNG' })).toBeDisabled();
    const stopped = page.waitForEvent('requestfailed', (request) =>
      new URL(request.url()).pathname.endsWith('/observations.csv'),
    );
    await menu.getByRole('button', { name: 'Cancel' }).click();
    await stopped;
    await expect(menu.getByRole('status')).toHaveText('CSV cancelled; nothing was saved.');
    await expect(menu.locator('progress')).toHaveCount(0);
    await expect(menu.getByRole('button', { name: 'Download PNG' })).toBeEnabled();
    // The file is saved only once it has all come, so a cancelled one never reaches the disk.
    expect(downloads).toHaveLength(0);
  });

  test('draws 3 monthly indicators for 100 regions, with the regions summed up', async ({
    page,
  }) => {
    await page.goto(monthlyView);
    await expect(page.locator('[data-testid="echart"][data-drawn="true"]')).toHaveCount(3, {
      timeout: 30_000,
    });
    const rate = panel(page, /Monthly poverty rate/);
    await expect(rate.locator('.panel__meta')).toContainText(
      'Region 001 (synthetic), Region 002 (synthetic), Region 003 (synthetic) and 97 more (100 in all)',
    );
    await expect(rate.getByRole('list', { name: 'Regions' })).toContainText(
      'Region 100 (synthetic)',
    );

    // The changes of the other 97 regions wait behind a disclosure.
    await expect(rate.locator('.delta-strip')).not.toContainText('Region 100 (synthetic)');
    await rate.getByText('Changes for 97 more regions').click();
    await expect(rate.locator('.delta-strip')).toContainText('Region 100 (synthetic)');

    // The tooltip follows the axis and names how many regions it leaves to the table.
    const chart = chartOf(rate);
    await chart.hover();
    await expect(chart.locator('> div').last()).toContainText(
      'and 96 more regions (see the table)',
    );
  });
});
