import { expect, type Page, test } from '@playwright/test';

const millionView =
  '/?scenario=large&indicator=synthetic-stations-online&region=SYN-001&from=2019&to=2020';

const panel = (page: Page, title: RegExp) => page.getByRole('region', { name: title });

/** The text of a chart's axis labels, which change when the chart zooms. */
const axisText = (page: Page) => page.locator('[data-testid="echart"] svg text').allTextContents();

test.describe('large data (the "large" mock scenario)', () => {
  test('draws the million-point series thinned, says so, and zooms in', async ({ page }) => {
    await page.goto(millionView);
    const stations = panel(page, /Village e-commerce stations online, by minute/);
    await expect(stations).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    await expect(stations).toContainText(
      /1,000,000 observations in these years; the chart and table show [\d,]+ of them/,
    );
    await expect(stations).toContainText('(synthetic)');
    const before = await axisText(page);
    expect(before).toContain('2020');
    await stations.locator('[data-testid="echart"]').hover();
    await page.mouse.wheel(0, -600);
    await expect.poll(() => axisText(page)).not.toEqual(before);
  });

  test('draws 3 monthly indicators for 100 regions', async ({ page }) => {
    const regions = Array.from(
      { length: 100 },
      (_, index) => `SYN-${String(index + 1).padStart(3, '0')}`,
    );
    await page.goto(
      `/?scenario=large&indicator=synthetic-poverty-rate,synthetic-online-sales,synthetic-villages-connected&region=${regions.join(',')}&from=2001&to=2020`,
    );
    const panels = page.locator('section.panel[data-state="ready"]');
    await expect(panels).toHaveCount(3, { timeout: 20_000 });
    // One line per region in each chart: 100 paths in the first series colour's family of 100.
    const lines = await page
      .locator('section.panel')
      .first()
      .locator('[data-testid="echart"] svg path[fill="none"]')
      .count();
    expect(lines).toBeGreaterThanOrEqual(100);
    await expect(page.locator('section.panel').first()).toContainText('Region 100 (synthetic)');
  });
});
