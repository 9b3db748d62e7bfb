import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { mockOrigin, serverPort } from '../../playwright.config';
import { bootScript } from '../../server/boot-script';
import { dataMarks, markAt } from './chart-marks';

/** Records Content-Security-Policy violations from the first script on. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { __violations: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test.describe('Content-Security-Policy', () => {
  test('is sent with the app by the preview server and the reference server', async ({
    request,
  }) => {
    for (const origin of [mockOrigin, `http://127.0.0.1:${serverPort}`]) {
      const response = await request.get(`${origin}/`);
      const policy = response.headers()['content-security-policy'] ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain('unsafe-eval');
    }
  });

  test('is not violated in normal use: filters, table, exports, report', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/?indicator=poverty-rate,villages-exited&region=CN-GZ,CN&from=2012&to=2016');
    const rate = page.getByRole('region', { name: 'Rural poverty rate' });
    await expect(rate).toHaveAttribute('data-state', 'ready');
    await page.getByRole('combobox', { name: 'From' }).selectOption('2014');
    // Hover only once the chart has redrawn for 2014-2016 (3 years x 2 regions): a redraw hides
    // the tooltip of a point hovered before it.
    await expect.poll(() => dataMarks(rate)).toBe(6);
    // Guizhou's rate is the higher of the two in 2014.
    await (await markAt(rate, '2014')).hover();
    await expect(rate.locator('[data-testid="echart"] > div').last()).toContainText(
      'Guizhou, 2014',
    );
    await rate.getByRole('button', { name: 'Table' }).click();
    await rate.getByText('Export', { exact: true }).click();
    for (const action of ['Download PNG', 'Download SVG', 'Download CSV']) {
      const download = page.waitForEvent('download');
      await rate.getByRole('button', { name: action }).click();
      await download;
    }
    await page.goto('/report?indicator=poverty-rate&region=CN-GZ');
    await expect(page.locator('section.panel[data-state="ready"]')).toHaveCount(1);
    await expect(page.getByRole('img', { name: /Rural poverty rate/ })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});

test.describe('hostile text from the API', () => {
  const view = '/?scenario=hostile&indicator=rural-ecommerce-growth&region=CN-GZ&from=2014&to=2016';

  test('shows markup and script as literal text, and runs none of it', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(view);
    const panel = page.getByRole('region', { name: /Rural e-commerce growth/ });
    await expect(panel).toHaveAttribute('data-state', 'ready');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
      `"><script>window.__xss='indicator'</script> Rural e-commerce growth (synthetic test text)`,
    );
    await expect(
      panel
        .getByText(`<img src=x onerror="window.__xss='region'"> Guizhou (synthetic test text)`)
        .first(),
    ).toBeVisible();
    await expect(panel.getByText(/<b onmouseover=/).first()).toBeVisible();
    await expect(
      panel.getByRole('region', { name: 'Policy events' }).getByRole('listitem').first(),
    ).toContainText(`<svg onload="window.__xss='event'"></svg>=SUM(1) Big Data Expo`);

    // The tooltip renders HTML: what the API sent must arrive there escaped.
    await (await markAt(panel, '2016')).hover();
    const tooltip = panel.locator('[data-testid="echart"] > div').last();
    await expect(tooltip).toContainText("<script>window.__xss='note'</script>");

    await panel.getByRole('button', { name: 'Table' }).click();
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
    ).toBeUndefined();
    // The only inline script is the page's own head script, which the CSP allows by its hash.
    expect(
      await page
        .locator('script:not([src])')
        .evaluateAll((scripts) => scripts.map((script) => script.textContent)),
    ).toEqual([bootScript]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('stays inert in the exported SVG', async ({ page }) => {
    await page.goto(view);
    const panel = page.getByRole('region', { name: /Rural e-commerce growth/ });
    await expect(panel).toHaveAttribute('data-state', 'ready');
    await panel.getByText('Export', { exact: true }).click();
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download SVG' }).click();
    const svg = readFileSync(await (await download).path(), 'utf8');
    const inspected = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      const elements = [...document.querySelectorAll('*')];
      return {
        error: document.querySelector('parsererror') !== null,
        scripts: document.querySelectorAll('script').length,
        handlers: elements.flatMap((element) =>
          [...element.attributes]
            .filter((attribute) => attribute.name.startsWith('on'))
            .map((attribute) => attribute.name),
        ),
        foreign: elements
          .filter((element) => element.namespaceURI !== 'http://www.w3.org/2000/svg')
          .map((element) => element.tagName),
        text: document.documentElement.textContent ?? '',
      };
    }, svg);
    expect(inspected).toMatchObject({ error: false, scripts: 0, handlers: [], foreign: [] });
    expect(inspected.text).toContain(`<img src=x onerror="window.__xss='region'"> Guizhou`);
  });
});
