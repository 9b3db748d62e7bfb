import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
import { decodePng, inkShare } from '../setup/png';

const panel = (page: Page, title: string | RegExp) => page.getByRole('region', { name: title });

async function exportFrom(page: Page, panelTitle: string | RegExp, action: string, size?: string) {
  const target = panel(page, panelTitle);
  await expect(target).toHaveAttribute('data-state', 'ready');
  await target.getByText('Export', { exact: true }).click();
  if (size) await target.getByRole('combobox', { name: 'Size' }).selectOption(size);
  const download = page.waitForEvent('download');
  await target.getByRole('button', { name: action }).click();
  const file = await download;
  return { name: file.suggestedFilename(), content: readFileSync(await file.path()) };
}

test.describe('exports from a panel', () => {
  test('a PNG at twice the slide size, not blank', async ({ page }) => {
    await page.goto('/?indicator=poverty-rate&region=CN-GZ,CN&from=2012&to=2016');
    const { name, content } = await exportFrom(page, 'Rural poverty rate', 'Download PNG', 'slide');
    expect(name).toBe('poverty-rate_CN-GZ-CN_2012-2016_slide.png');
    const png = decodePng(content);
    expect([png.width, png.height]).toEqual([2400, 1350]);
    expect(inkShare(png, 0, 0, png.width, png.height)).toBeGreaterThan(0.01);
    // The title is drawn at the top left.
    expect(inkShare(png, 64, 60, 700, 140)).toBeGreaterThan(0.05);
  });

  test('a document-size PNG', async ({ page }) => {
    await page.goto('/?indicator=poverty-rate');
    const { content } = await exportFrom(page, 'Rural poverty rate', 'Download PNG', 'document');
    const png = decodePng(content);
    expect([png.width, png.height]).toEqual([1600, 1200]);
  });

  test('an SVG that parses and carries the title, the source and the years', async ({ page }) => {
    await page.goto('/?indicator=poverty-rate&region=CN-GZ&from=2012&to=2016');
    const { name, content } = await exportFrom(page, 'Rural poverty rate', 'Download SVG');
    expect(name).toBe('poverty-rate_CN-GZ_2012-2016_slide.svg');
    const svg = content.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: document.querySelector('parsererror')?.textContent ?? null,
        text: document.documentElement.textContent ?? '',
        external: [...document.querySelectorAll('[href], [src]')].length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.external).toBe(0);
    expect(parsed.text).toContain('Rural poverty rate');
    expect(parsed.text).toContain(
      'Source: China Daily, Big expectations from big data, 2017-12-18',
    );
    expect(parsed.text).toContain('2012–2016');
    expect(parsed.text).toContain('-16.2 pp');
    expect(parsed.text).toContain('View: /?indicator=poverty-rate&region=CN-GZ&from=2012&to=2016');
  });

  test('a CSV of the rows shown, with status, numbers as numbers and formulas neutralised', async ({
    page,
  }) => {
    // The hostile scenario adds a synthetic negative value whose note looks like a formula.
    await page.goto(
      '/?scenario=hostile&indicator=rural-ecommerce-growth&region=CN-GZ&from=2014&to=2016',
    );
    const { name, content } = await exportFrom(page, /Rural e-commerce growth/, 'Download CSV');
    expect(name).toBe('rural-ecommerce-growth_CN-GZ_2014-2016.csv');
    const text = content.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const { data, errors } = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(errors).toEqual([]);
    expect(data.map((row) => [row.period, row.value, row.status])).toEqual([
      ['2014', '', ''],
      ['2015', '-12.5', 'estimated'],
      ['2016', '27.1', 'reported'],
    ]);
    expect(text).toContain('\r\nrural-ecommerce-growth,');
    expect(text).toMatch(/,-12\.5,percent,/);
    expect(data[1]?.note?.startsWith("'=HYPERLINK(")).toBe(true);
  });

  test('copies a link to this exact view', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const view = '/?indicator=poverty-rate&region=CN-GZ,CN&from=2013&to=2015';
    await page.goto(view);
    const target = panel(page, 'Rural poverty rate');
    await expect(target).toHaveAttribute('data-state', 'ready');
    await target.getByText('Export', { exact: true }).click();
    await target.getByRole('button', { name: 'Copy link' }).click();
    await expect(target.locator('.export-menu').getByRole('status')).toHaveText(
      'Link to this view copied to the clipboard.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(view, page.url()).toString(),
    );
  });

  test('copies a link to the data file, which holds every observation with its status and source', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?indicator=poverty-rate&region=CN-GZ&from=2012&to=2016');
    const target = panel(page, 'Rural poverty rate');
    await expect(target).toHaveAttribute('data-state', 'ready');
    await target.getByText('Export', { exact: true }).click();
    await target.getByRole('button', { name: 'Copy data file link' }).click();
    await expect(target.locator('.export-menu').getByRole('status')).toHaveText(
      /^Link to the data file .* copied to the clipboard\.$/,
    );
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(
      new URL(
        '/api/v1/observations.csv?indicator=poverty-rate&region=CN-GZ&from=2012&to=2016&lang=en',
        page.url(),
      ).toString(),
    );
    // The page's own fetch reaches the API the dashboard uses, here the mock.
    const file = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { total: response.headers.get('x-total-count'), text: await response.text() };
    }, link);
    const rows = file.text.trim().split('\r\n').slice(1);
    expect(file.total).toBe('5');
    expect(rows[0]).toMatch(
      /^poverty-rate,Rural poverty rate,CN-GZ,Guizhou,2012,26\.8,percent,rate,reported,[a-z0-9-]+,\S/,
    );
  });

  test('copies the image where the browser allows it, or says why not', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?indicator=poverty-rate');
    const target = panel(page, 'Rural poverty rate');
    await expect(target).toHaveAttribute('data-state', 'ready');
    await target.getByText('Export', { exact: true }).click();
    await target.getByRole('button', { name: 'Copy image' }).click();
    await expect(target.locator('.export-menu').getByRole('status')).toHaveText(
      'Image copied to the clipboard.',
    );
    const types = await page.evaluate(async () =>
      (await navigator.clipboard.read()).flatMap((item) => item.types),
    );
    expect(types).toContain('image/png');

    await page.evaluate(() => {
      Object.defineProperty(window, 'ClipboardItem', { value: undefined });
    });
    await target.getByRole('button', { name: 'Copy image' }).click();
    await expect(target.locator('.export-menu').getByRole('status')).toHaveText(
      'This browser does not let pages copy images. Download the PNG instead.',
    );
  });
});

test.describe('the report view', () => {
  test('prints every selected panel to A4, a page or more each, without controls', async ({
    page,
  }) => {
    await page.goto(
      '/report?indicator=poverty-rate,poor-population,villages-exited&region=CN-GZ,CN&from=2012&to=2016',
    );
    await expect(page.locator('section.panel[data-state="ready"]')).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
    await expect(page.getByText('Indicators', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('img', {
        name: /Rural poverty rate\. Guizhou: 26\.8 % in 2012 to 10\.6 % in 2016/,
      }),
    ).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    // The header page, then one page (or more) per panel.
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });
});
