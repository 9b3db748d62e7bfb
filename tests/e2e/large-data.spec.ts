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

    // Zoomed in to under a day (each wheel step is about a tenth), the chart asks for the range
    // on screen and draws every minute of it.
    const windowRequests: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('/observations') && url.searchParams.has('start'))
        windowRequests.push(url);
    });
    for (let step = 0; step < 75; step++) {
      await page.mouse.wheel(0, -600);
      await page.waitForTimeout(50);
    }
    await expect(note).toHaveText(/^Zoomed to .+ – .+ UTC: all [\d,]+ points in this range\.$/, {
      timeout: 15_000,
    });
    await expect(chart).toHaveAttribute('data-drawn', 'true');
    // A request once the gesture paused (on a busy machine it may pause more than once), not one
    // a step, narrowed to the window on screen.
    expect(windowRequests.length).toBeGreaterThanOrEqual(1);
    expect(windowRequests.length).toBeLessThan(75);
    const request = windowRequests.at(-1);
    expect(request?.searchParams.get('maxPoints')).toBe('2000');
    const shown = Number(
      (await note.textContent())?.match(/all ([\d,]+) points/)?.[1]?.replace(/,/g, ''),
    );
    const start = Date.parse(`${request?.searchParams.get('start')}Z`);
    const end = Date.parse(`${request?.searchParams.get('end')}Z`);
    // Every minute of it, from the first to the last (an outage's minutes are gaps, null values).
    expect(shown).toBe((end - start) / 60_000 + 1);
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
    const file = await (await download).path();
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
