import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { serverPort } from '../../playwright.config';
import { dataMarks } from './chart-marks';

const panel = (page: Page, title: string | RegExp) => page.getByRole('region', { name: title });

/** The texts drawn in a panel's chart: axis labels, and the numbers on the events' marks. */
const chartTexts = (page: Page, title: string) =>
  panel(page, title).locator('[data-testid="echart"] svg text').allTextContents();

test.describe('policy events and the distance to the target', () => {
  test("Guizhou's poverty rate 2011-2020 marks the 2013 and 2015 events and says the target was achieved", async ({
    page,
  }) => {
    await page.goto('/?indicator=poverty-rate&region=CN-GZ&from=2011&to=2020');
    const rate = panel(page, 'Rural poverty rate');
    await expect(rate).toHaveAttribute('data-state', 'ready');
    await expect(rate.locator('[data-testid="echart"]')).toHaveAttribute('data-drawn', 'true');
    // The marks carry the events' numbers, and the list under the chart says what each is.
    const texts = await chartTexts(page, 'Rural poverty rate');
    expect(texts).toEqual(expect.arrayContaining(['1', '2', '3', '4', 'target 0 % by 2020']));
    const events = rate.getByRole('region', { name: 'Policy events' });
    await expect(events.getByRole('listitem')).toHaveText([
      /^2013-11-03 Targeted poverty alleviation \(China Daily, 2020-11-02\)$/,
      /^2014 Register of poor households/,
      /^2015-11-29 Decision on Winning the Battle against Poverty \(CPC Central Committee and State Council/,
      /^2016-12-02 13th Five-Year Plan for poverty alleviation \(Xinhua, 2016-12-02\)$/,
    ]);
    await expect(rate.getByRole('region', { name: 'Targets' })).toHaveText(
      /^Guizhou, target 0 % by 2020: achieved, 0 % in 2020\.Target set by CPC Central Committee/,
    );
    // The chart's description for screen readers names the events and the target too.
    await expect(rate.locator('[data-testid="echart"]')).toHaveAttribute(
      'aria-label',
      /Guizhou, target 0 % by 2020: achieved.*Events marked: 1\. 2013-11-03: Targeted poverty alleviation \(China Daily, 2020-11-02\)/,
    );

    // The table view lists the events with their dates, titles and sources.
    await rate.getByRole('button', { name: 'Table' }).click();
    const table = rate.getByRole('table', { name: 'Policy events' });
    await expect(table.getByRole('row')).toHaveCount(5);
    await expect(table.getByRole('row').nth(1)).toHaveText(
      /^12013-11-03Targeted poverty alleviation: .+China Daily, 2020-11-02$/,
    );
    await expect(table.getByRole('row').nth(3)).toContainText(
      'Decision on Winning the Battle against Poverty',
    );
    await expect(rate.getByRole('region', { name: 'Targets' })).toContainText('achieved');
  });

  test('Guizhou 2012-2016 says how far the 2020 target was, in pp a year', async ({ page }) => {
    await page.goto('/?indicator=poverty-rate&region=CN-GZ&from=2012&to=2016');
    const rate = panel(page, 'Rural poverty rate');
    await expect(rate.getByRole('region', { name: 'Targets' })).toHaveText(
      /Guizhou, target 0 % by 2020: as of 2016, -2\.65 pp a year still needed, against -4\.05 pp a year observed since 2012: on track\./,
    );
    await expect(rate.getByText(/^Distance to the target: .*Open SDG/)).toBeVisible();
  });

  test('the events filter turns the marks off and on, and the URL keeps it', async ({ page }) => {
    await page.goto('/?indicator=poverty-rate&region=CN-GZ&from=2011&to=2020');
    const rate = panel(page, 'Rural poverty rate');
    await expect(rate.getByRole('region', { name: 'Policy events' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'policy events' }).uncheck();
    await expect(page).toHaveURL(/[?&]events=off/);
    await expect(rate.getByRole('region', { name: 'Policy events' })).toHaveCount(0);
    await expect
      .poll(() => chartTexts(page, 'Rural poverty rate'))
      .not.toEqual(expect.arrayContaining(['1']));
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'policy events' })).not.toBeChecked();
    await expect(rate.getByRole('region', { name: 'Targets' })).toBeVisible();
    await page.goBack();
    await expect(rate.getByRole('region', { name: 'Policy events' })).toBeVisible();
  });

  test('an exported SVG carries the marks, the event titles, the target and the sources', async ({
    page,
  }) => {
    await page.goto('/?indicator=poverty-rate&region=CN-GZ&from=2011&to=2020');
    const rate = panel(page, 'Rural poverty rate');
    await expect(rate).toHaveAttribute('data-state', 'ready');
    await rate.getByText('Export', { exact: true }).click();
    const download = page.waitForEvent('download');
    await rate.getByRole('button', { name: 'Download SVG' }).click();
    const svg = readFileSync(await (await download).path(), 'utf8');
    const texts = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      return [...document.querySelectorAll('text')].map((node) => node.textContent ?? '');
    }, svg);
    // Each text element is one line of the figure; a long footer wraps between words.
    const all = texts.join(' ');
    expect(texts).toEqual(expect.arrayContaining(['1', '2', '3', '4', 'target 0 % by 2020']));
    expect(all).toContain('Guizhou, target 0 % by 2020: achieved, 0 % in 2020.');
    expect(all).toContain('1. 2013-11-03: Targeted poverty alleviation (China Daily, 2020-11-02)');
    expect(all).toContain('3. 2015-11-29: Decision on Winning the Battle against Poverty');
    expect(all).toContain('Target set by CPC Central Committee and State Council');
  });

  test('every default panel draws at least two points', async ({ page }) => {
    await page.goto('/');
    const panels = page.locator('section.panel');
    await expect(panels).toHaveCount(3);
    for (const title of [
      'Rural poverty rate',
      'Poverty-stricken villages removed from the list',
      'Rural e-commerce growth',
    ]) {
      const chart = panel(page, title).locator('[data-testid="echart"]');
      await expect(chart).toHaveAttribute('data-drawn', 'true');
      expect(await dataMarks(panel(page, title)), title).toBeGreaterThanOrEqual(2);
    }
  });

  test('the reference server serves the corrected figures, and the table shows them', async ({
    page,
    request,
  }) => {
    const answer = await request.get(
      `http://127.0.0.1:${serverPort}/api/v1/observations?indicator=poor-population&region=CN-GZ`,
    );
    const body = (await answer.json()) as {
      data: { points: { period: string; value: number; status: string; sourceId: string }[] }[];
    };
    // The brief's correction: 2015 is "just under 5 million", estimated, never 623 minus 130.
    expect(body.data[0]?.points.find((point) => point.period === '2015')).toMatchObject({
      value: 500,
      status: 'estimated',
      sourceId: 'china-daily-2016-03-08',
    });
    await page.goto('/?indicator=poor-population&region=CN-GZ&from=2015&to=2016');
    const population = panel(page, 'Rural poor population');
    await population.getByRole('button', { name: 'Table' }).click();
    await expect(
      population
        .getByRole('table')
        .first()
        .getByRole('row', { name: /^2015/ })
        .getByRole('cell')
        .first(),
    ).toHaveText('500estimated');
  });
});
