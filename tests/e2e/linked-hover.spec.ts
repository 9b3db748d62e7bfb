import { expect, type Locator, type Page, test } from '@playwright/test';

/**
 * The same period on every chart: hovering or stepping to a period on one panel shows it on the
 * others that have it, matched by period, in the chart and in the table.
 */
const panel = (page: Page, title: string | RegExp) => page.getByRole('region', { name: title });
const readout = (region: Locator) => region.getByTestId('period-readout');
const chart = (region: Locator) => region.locator('[data-testid="echart"]');

/** Moves the pointer over the chart, above the x-axis label of the period. */
async function hoverPeriod(page: Page, region: Locator, label: string): Promise<void> {
  const svg = chart(region).locator('svg');
  const tick = svg.locator('text', { hasText: new RegExp(`^${label}$`) }).first();
  const tickBox = await tick.boundingBox();
  const chartBox = await svg.boundingBox();
  if (!tickBox || !chartBox) throw new Error(`no label ${label} on the chart`);
  await page.mouse.move(tickBox.x + tickBox.width / 2, chartBox.y + chartBox.height / 2);
}

/** How often the period's label is drawn on a chart: once on the axis, once more on its pointer. */
const labelsOf = (region: Locator, label: string) =>
  chart(region)
    .locator('svg text')
    .evaluateAll(
      (texts, wanted) => texts.filter((text) => text.textContent === wanted).length,
      label,
    );

async function openDrawn(page: Page, path: string, titles: (string | RegExp)[]): Promise<void> {
  await page.goto(path);
  for (const title of titles) {
    await expect(chart(panel(page, title))).toHaveAttribute('data-drawn', 'true');
  }
}

const defaultPanels = [
  'Rural poverty rate',
  'Poverty-stricken villages removed from the list',
  'Rural e-commerce growth',
];

test.describe('the same period on every chart', () => {
  test('hovering 2015 on the poverty rate shows 2015 on the villages chart, and leaving clears it', async ({
    page,
  }) => {
    await openDrawn(page, '/', defaultPanels);
    const rate = panel(page, 'Rural poverty rate');
    const villages = panel(page, 'Poverty-stricken villages removed from the list');
    const ecommerce = panel(page, 'Rural e-commerce growth');

    await hoverPeriod(page, rate, '2015');
    await expect(readout(rate)).toHaveText(
      '2015: Guizhou 14.3 % (reported); China 5.7 % (reported)',
    );
    await expect(readout(villages)).toHaveText('2015: Guizhou no value; China no value');
    await expect(readout(ecommerce)).toHaveText('2015: Guizhou no value; China 96 % (reported)');
    // The other charts draw their axis pointer at 2015: its label beside the axis's own.
    await expect.poll(() => labelsOf(villages, '2015')).toBe(2);
    await expect.poll(() => labelsOf(ecommerce, '2015')).toBe(2);

    await hoverPeriod(page, villages, '2017');
    await expect(readout(rate)).toHaveText(/^2017: Guizhou 7\.75 % /);
    await expect(readout(villages)).toHaveText(/^2017: Guizhou 3,800 \(reported\)/);
    await expect.poll(() => labelsOf(rate, '2017')).toBe(2);
    await expect.poll(() => labelsOf(villages, '2015')).toBe(1);

    await page.mouse.move(1, 1);
    for (const title of defaultPanels) await expect(readout(panel(page, title))).toHaveText('');
    await expect.poll(() => labelsOf(rate, '2017')).toBe(1);
  });

  test('a chart without the period shows nothing, not a neighbouring one', async ({ page }) => {
    const halfYearly = 'Digital information manufacturing output';
    await openDrawn(
      page,
      '/?indicator=poverty-rate,digital-manufacturing-output&region=CN-GZ&from=2012&to=2020',
      ['Rural poverty rate', halfYearly],
    );
    const rate = panel(page, 'Rural poverty rate');
    const digital = panel(page, halfYearly);
    await hoverPeriod(page, rate, '2017');
    await expect(readout(rate)).toHaveText(/^2017: Guizhou 7\.75 % /);
    // The half-yearly chart has the halves of 2017, not 2017: it shows no pointer and says nothing.
    await expect(readout(digital)).toHaveText('');
    await expect
      .poll(() => chart(digital).locator('svg text').allTextContents())
      .not.toContain('2019');
  });

  test('the arrow keys step through the periods of a focused chart and of a table, read out as they go', async ({
    page,
  }) => {
    await openDrawn(page, '/', defaultPanels);
    const rate = panel(page, 'Rural poverty rate');
    const villages = panel(page, 'Poverty-stricken villages removed from the list');
    const keys = rate.getByRole('group', { name: /Rural poverty rate: chart\. Left and right/ });
    await keys.focus();
    await page.keyboard.press('ArrowRight');
    await expect(readout(rate)).toHaveText(/^2012: Guizhou 26\.8 % \(reported\)/);
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
    const spoken = '2015: Guizhou 14.3 % (reported); China 5.7 % (reported)';
    await expect(rate.getByRole('status').filter({ hasText: /\S/ })).toHaveText(spoken);
    await expect(readout(villages)).toHaveText('2015: Guizhou no value; China no value');
    // Only the panel that took the step speaks; the others show it.
    await expect(villages.getByRole('status').filter({ hasText: /\S/ })).toHaveCount(0);
    await expect.poll(() => labelsOf(rate, '2015')).toBe(2);
    await expect.poll(() => labelsOf(villages, '2015')).toBe(2);
    await page.keyboard.press('End');
    await expect(readout(villages)).toHaveText(/^2020: Guizhou 9,000 \(reported\)/);

    // The table view marks the row and steps with the up and down arrows.
    await villages.getByRole('button', { name: 'Table' }).click();
    const table = villages.getByRole('region', { name: /table$/ });
    // Leaving the chart by the keyboard took its period away; the table starts from the end.
    await page.mouse.move(1, 1);
    await table.focus();
    await page.keyboard.press('ArrowUp');
    await expect(table.locator('tr.panel-table__shared th')).toHaveText('2020');
    await page.keyboard.press('ArrowUp');
    await expect(table.locator('tr.panel-table__shared th')).toHaveText('2019');
    await expect(villages.getByRole('status').filter({ hasText: /\S/ })).toHaveText(
      /^2019: Guizhou /,
    );
    await expect(readout(rate)).toHaveText(/^2019: Guizhou 0\.85 % /);
    // Hovering the other chart moves the table's row.
    await hoverPeriod(page, rate, '2016');
    await expect(table.locator('tr.panel-table__shared th')).toHaveText('2016');
  });

  test('turned off, only the panel pointed at shows its period, and the URL keeps it off', async ({
    page,
  }) => {
    await openDrawn(page, '/', defaultPanels);
    await page.getByRole('checkbox', { name: 'the same period on every chart' }).uncheck();
    await expect(page).toHaveURL(/hover=off/);
    await page.reload();
    await expect(
      page.getByRole('checkbox', { name: 'the same period on every chart' }),
    ).not.toBeChecked();
    const rate = panel(page, 'Rural poverty rate');
    const villages = panel(page, 'Poverty-stricken villages removed from the list');
    await expect(chart(villages)).toHaveAttribute('data-drawn', 'true');
    await hoverPeriod(page, rate, '2015');
    await expect(readout(rate)).toHaveText(/^2015: Guizhou 14\.3 % /);
    await expect(readout(villages)).toHaveText('');
    await expect.poll(() => labelsOf(villages, '2015')).toBe(1);
  });

  test('a zoomed chart still shows the period pointed at on another, matched by month', async ({
    page,
  }) => {
    const rateTitle = /Monthly poverty rate/;
    const salesTitle = /Monthly rural online sales/;
    await openDrawn(
      page,
      '/?scenario=large&indicator=synthetic-poverty-rate,synthetic-online-sales&region=SYN-001&from=2001&to=2020',
      [rateTitle, salesTitle],
    );
    const rate = panel(page, rateTitle);
    const sales = panel(page, salesTitle);
    // Zoom the sales chart in around its middle: its axis no longer starts in January 2001.
    const salesBox = await chart(sales).boundingBox();
    if (!salesBox) throw new Error('no sales chart');
    await page.mouse.move(salesBox.x + salesBox.width / 2, salesBox.y + salesBox.height / 2);
    await expect.poll(() => labelsOf(sales, 'Jan 2001')).toBe(1);
    for (let step = 0; step < 5; step++) await page.mouse.wheel(0, -600);
    await expect.poll(() => labelsOf(sales, 'Jan 2001')).toBe(0);

    // Pointing at the middle of the whole rate chart is about the middle of the twenty years,
    // which the zoomed chart still shows: both say the same month.
    const rateBox = await chart(rate).boundingBox();
    if (!rateBox) throw new Error('no rate chart');
    await page.mouse.move(rateBox.x + rateBox.width / 2, rateBox.y + rateBox.height / 2);
    const month = /^[A-Z][a-z]{2} \d{4}: Region 001/;
    await expect(readout(rate)).toHaveText(month);
    const asked = (await readout(rate).textContent())?.split(':')[0] ?? '';
    await expect(readout(sales)).toHaveText(new RegExp(`^${asked}: Region 001 .+ billion yuan`));
    // The zoomed chart draws its pointer there, labelled with the month, and takes it away when
    // the pointer leaves (the axis may have a label of that month too).
    await expect.poll(() => labelsOf(sales, asked)).toBeGreaterThan(0);
    const withPointer = await labelsOf(sales, asked);
    await page.mouse.move(1, 1);
    await expect.poll(() => labelsOf(sales, asked)).toBe(withPointer - 1);

    // And the other way: a month pointed at on the zoomed chart is the month the other shows.
    await page.mouse.move(salesBox.x + salesBox.width / 2 + 20, salesBox.y + salesBox.height / 2);
    await expect(readout(sales)).toHaveText(month);
    const pointed = (await readout(sales).textContent())?.split(':')[0] ?? '';
    expect(pointed).not.toBe(asked);
    await expect(readout(rate)).toHaveText(new RegExp(`^${pointed}: Region 001 .+ %`));
    await expect.poll(() => labelsOf(rate, pointed)).toBeGreaterThan(0);
  });
});
