import { expect, type Page, test } from '@playwright/test';
import { dataMarks, markAt } from './chart-marks';

const panel = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

test.describe('the dashboard', () => {
  test('draws the three default panels with data, and no errors', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('/');
    const titles = [
      'Rural poverty rate',
      'Poverty-stricken villages removed from the list',
      'Rural e-commerce growth',
    ];
    for (const title of titles) {
      await expect(panel(page, title)).toHaveAttribute('data-state', 'ready');
    }
    // Guizhou and China, 2012-2020 (docs/decisions/0009-default-view.md): 9 and 8 poverty rates,
    // Guizhou's 3 village counts, China's 5 published growth rates beside Guizhou's one.
    await expect.poll(() => dataMarks(panel(page, titles[0] as string))).toBe(17);
    await expect.poll(() => dataMarks(panel(page, titles[1] as string))).toBe(3);
    await expect.poll(() => dataMarks(panel(page, titles[2] as string))).toBe(6);
    await expect(panel(page, 'Rural poverty rate').getByTestId('echart')).toHaveAttribute(
      'aria-label',
      /^Rural poverty rate\. Guizhou: 26\.8 % in 2012 to 0 % in 2020, down 26\.8 percentage points\. China: 10\.2 % in 2012 to 0\.6 % in 2019/,
    );
    expect(errors).toEqual([]);
  });

  test('shows the documented numbers for the example URL, in the chart, the strip and the table', async ({
    page,
  }) => {
    await page.goto('/?indicator=poverty-rate,villages-exited&region=CN-GZ,CN&from=2012&to=2016');
    const rate = panel(page, 'Rural poverty rate');
    await expect(rate.getByText('-16.2 pp').first()).toBeVisible();
    await expect(rate.getByText('-60.4 %').first()).toBeVisible();
    await expect(rate.getByText('-20.7 % a year')).toBeVisible();
    await expect(rate.getByText(/measured on different bases/)).toBeVisible();
    await expect.poll(() => dataMarks(rate)).toBe(10);

    await rate.getByRole('button', { name: 'Table' }).click();
    const table = rate.getByRole('table');
    await expect(table.getByRole('row', { name: /^2012/ }).getByRole('cell').first()).toHaveText(
      '26.8',
    );
    await expect(table.getByRole('row', { name: /^2016/ }).getByRole('cell').first()).toHaveText(
      '10.6',
    );
    await expect(table.getByRole('row', { name: /^2016/ }).getByRole('cell').nth(1)).toHaveText(
      '4.5',
    );
  });

  test('puts a filter change in the URL and the charts, and back restores both', async ({
    page,
  }) => {
    await page.goto('/?indicator=poverty-rate&region=CN-GZ&from=2012&to=2016');
    const rate = panel(page, 'Rural poverty rate');
    const chart = rate.getByTestId('echart');
    await expect(chart).toHaveAttribute('aria-label', /26\.8 % in 2012 to 10\.6 % in 2016/);

    await page.getByRole('combobox', { name: 'From' }).selectOption('2014');
    await expect(page).toHaveURL(/from=2014/);
    await expect(chart).toHaveAttribute('aria-label', /18 % in 2014 to 10\.6 % in 2016/);
    await expect.poll(() => dataMarks(rate)).toBe(3);

    await page.getByText('Regions', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'China' }).check();
    await expect(page).toHaveURL(/region=CN,CN-GZ|region=CN-GZ,CN/);
    await expect.poll(() => dataMarks(rate)).toBe(6);

    await page.goBack();
    await expect(page).not.toHaveURL(/CN,|,CN/);
    await expect.poll(() => dataMarks(rate)).toBe(3);
    await page.goBack();
    await expect(chart).toHaveAttribute('aria-label', /26\.8 % in 2012 to 10\.6 % in 2016/);
    await page.goForward();
    await expect(chart).toHaveAttribute('aria-label', /18 % in 2014/);
  });

  test('falls back visibly when the URL names what does not exist', async ({ page }) => {
    await page.goto('/?indicator=poverty-rate,unheard-of&from=1066');
    const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect(notice).toContainText('Unknown indicator "unheard-of" ignored.');
    await expect(notice).toContainText('1066 is outside the years with data');
    await expect(panel(page, 'Rural poverty rate')).toHaveAttribute('data-state', 'ready');
  });

  test('shows value, status and source in the tooltip of a point', async ({ page }) => {
    await page.goto('/?indicator=poor-population&region=CN-GZ&from=2014&to=2017');
    const population = panel(page, 'Rural poor population');
    await expect.poll(() => dataMarks(population)).toBe(4);
    await (await markAt(population, '2017')).hover();
    const tooltip = population.locator('[data-testid="echart"] > div').last();
    await expect(tooltip).toContainText('Guizhou, 2017');
    await expect(tooltip).toContainText('2.8 million people (estimated)');
    await expect(tooltip).toContainText('Xinhua, 2018-01-26');
  });

  test('draws counts per year as bars, marked as derived, apart from reported points', async ({
    page,
  }) => {
    await page.goto('/?indicator=villages-exited&from=2016&to=2020');
    const villages = panel(page, 'Poverty-stricken villages removed from the list');
    const legend = villages.getByRole('list', { name: 'Marker legend' });
    await expect(legend).toContainText('reported');
    await expect(legend).not.toContainText('derived');
    await villages.getByRole('combobox', { name: 'Counts' }).selectOption('per-period');
    await expect(legend).toContainText('derived');
    await expect(page).toHaveURL(
      /counts=villages-exited%3Aper-period|counts=villages-exited:per-period/,
    );
    await expect(villages.getByText(/Counts per year are derived by this dashboard/)).toBeVisible();
    await expect(villages.getByTestId('echart')).toHaveAttribute(
      'aria-label',
      /Guizhou: 2,300 in 2017/,
    );
  });

  test('lays panels out in one column when narrow and in a grid when wide', async ({ page }) => {
    const lefts = async () =>
      page
        .locator('section.panel')
        .evaluateAll((panels) => panels.map((element) => element.getBoundingClientRect().left));
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    await expect(page.locator('section.panel')).toHaveCount(3);
    expect(new Set(await lefts()).size).toBe(3);
    await page.setViewportSize({ width: 420, height: 900 });
    await expect.poll(async () => new Set(await lefts()).size).toBe(1);
  });
});
