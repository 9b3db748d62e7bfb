import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const view =
  'indicator=poverty-rate,poor-population,villages-exited&region=CN-GZ,CN&from=2012&to=2017';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

// One test per page and state, each with one axe analysis: three analyses of a full page in one
// test came within a few seconds of the test timeout on a busy two-core machine.
for (const lang of ['en', 'zh-CN']) {
  for (const theme of ['light', 'dark']) {
    const query = `${view}&lang=${lang}&theme=${theme}`;

    test(`axe finds nothing serious on the dashboard (${lang}, ${theme})`, async ({ page }) => {
      await page.goto(`/?${query}`);
      await expect(page.locator('section.panel[data-state="ready"]')).toHaveCount(3);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test(`axe finds nothing serious in a table view (${lang}, ${theme})`, async ({ page }) => {
      await page.goto(`/?${query}`);
      await expect(page.locator('section.panel[data-state="ready"]')).toHaveCount(3);
      await page
        .locator('section.panel')
        .first()
        .getByRole('button', { name: lang === 'en' ? 'Table' : '表格' })
        .click();
      await expect(page.getByRole('table').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test(`axe finds nothing serious on an embed (${lang}, ${theme})`, async ({ page }) => {
      await page.goto(`/embed?${query}`);
      await expect(page.locator('section.panel[data-state="ready"]')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test(`axe finds nothing serious on the report (${lang}, ${theme})`, async ({ page }) => {
      await page.goto(`/report?${query}`);
      await expect(page.locator('section.panel[data-state="ready"]')).toHaveCount(3);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('switching the language changes the texts and the number formats, and is remembered', async ({
  page,
}) => {
  await page.goto(`/?${view}`);
  const population = page.getByRole('region', { name: 'Rural poor population' });
  await expect(population).toContainText('9.23 million people');
  await expect(page.getByRole('region', { name: 'Rural poverty rate' })).toContainText('-19.05 pp');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page).toHaveURL(/lang=zh-CN/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('贵州脱贫攻坚指标');
  const rate = page.getByRole('region', { name: '农村贫困发生率' });
  await expect(rate).toContainText('-19.05个百分点');
  await expect(rate.getByTestId('echart')).toHaveAttribute(
    'aria-label',
    /贵州省：从2012年的26.8%到2017年的7.75%，下降19.05个百分点/,
  );
  await expect(page.getByRole('region', { name: '农村贫困人口' })).toContainText('923万人');

  // Remembered: a link without lang opens in Chinese.
  await page.goto(`/?${view}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('贵州脱贫攻坚指标');
});

test('the theme follows the system until chosen, and the choice is kept', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect(page).toHaveURL(/theme=light/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

async function focusedOutline(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return 'none';
    const style = getComputedStyle(element);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
}

/** Presses Tab until the focused element's text is `text` (at most 40 times): keys only. */
async function tabTo(page: Page, text: string) {
  for (let press = 0; press < 40; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

test('works with the keyboard alone: filters, a table, the export menu', async ({ page }) => {
  await page.goto('/?indicator=poverty-rate&region=CN-GZ&from=2012&to=2016');
  await expect(page.locator('section.panel[data-state="ready"]')).toHaveCount(1);

  // Language, theme, then the filter bar.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(/Indicators/);
  expect(await focusedOutline(page)).toMatch(/^solid [1-9]/);
  await page.keyboard.press('Enter');
  // The only indicator checked cannot be unchecked, so focus goes to the next one.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName('Rural poor population');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/indicator=poverty-rate,poor-population/);
  await expect(page.locator('section.panel')).toHaveCount(2);

  // On to the first panel's controls, its table, and its export menu.
  const rate = page.getByRole('region', { name: 'Rural poverty rate' });
  await tabTo(page, 'Table');
  expect(await focusedOutline(page)).toMatch(/^solid [1-9]/);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const table = rate.getByRole('region', { name: 'Rural poverty rate: table' });
  await expect(table).toBeFocused();
  await expect(table.getByRole('row', { name: /^2012/ })).toContainText('26.8');

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveText('Export');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Download CSV');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('poverty-rate_CN-GZ_2012-2016.csv');
});
