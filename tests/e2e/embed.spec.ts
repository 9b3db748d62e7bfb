import type { RequestListener } from 'node:http';
import { expect, type Page, test } from '@playwright/test';
import { embedHostOrigin, embedHostPort, serverPort } from '../../playwright.config';
import { serveOnLoopback } from '../setup/serve-on-loopback';

/**
 * The embed (/embed): one panel, framed by a page on another origin where the reference server
 * allows it (--frame-ancestors, set to embedHostOrigin for these tests), refused where it does
 * not, and drawn before its scripts run.
 */

const serverOrigin = `http://127.0.0.1:${serverPort}`;
const embedPath = '/embed?indicator=poverty-rate&region=CN-GZ&from=2012&to=2016';

/**
 * Another site: it answers every path with an article that holds the HTML last given to it (an
 * iframe). One listens on the origin the reference server allows, one on a free port.
 */
let articleHtml = '';
const article: RequestListener = (_request, response) => {
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.end(
    `<!doctype html><html lang="en"><title>An article</title><h1>An article</h1>${articleHtml}</html>`,
  );
};
let allowedSite: Awaited<ReturnType<typeof serveOnLoopback>>;
let otherSite: Awaited<ReturnType<typeof serveOnLoopback>>;
test.beforeAll(async () => {
  allowedSite = await serveOnLoopback({ listener: article }, embedHostPort);
  otherSite = await serveOnLoopback({ listener: article });
});
test.afterAll(() => {
  allowedSite.close();
  otherSite.close();
});

async function openArticle(page: Page, origin: string, html: string): Promise<void> {
  articleHtml = html;
  await page.goto(`${origin}/article`);
}

const iframe = (src: string) =>
  `<iframe src="${src}" title="Rural poverty rate" width="720" height="1000"></iframe>`;

/** Whether the frame at `src` was refused: Chromium leaves an error page in it, and says why. */
function watchRefusals(page: Page): string[] {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('frame-ancestors')) refusals.push(message.text());
  });
  return refusals;
}

test.describe('the embed of a panel', () => {
  test('the copied embed code, pasted into a page on an allowed origin, shows the live panel', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: serverOrigin,
    });
    await page.goto(`${serverOrigin}/?indicator=poverty-rate&region=CN-GZ&from=2012&to=2016`);
    const panel = page.getByRole('region', { name: /Rural poverty rate/ });
    await panel.getByText('Export', { exact: true }).click();
    await panel.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(panel.locator('.export-menu').getByRole('status')).toHaveText(
      /^Embed code copied to the clipboard/,
    );
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toBe(
      `<iframe src="${serverOrigin}/embed?indicator=poverty-rate&amp;region=CN-GZ&amp;from=2012&amp;to=2016&amp;show=reported,estimated,derived&amp;lang=en" title="Rural poverty rate, Guizhou, 2012–2016: Guizhou poverty-alleviation indicators" width="720" height="1000" loading="lazy" style="border: 0; max-width: 100%;"></iframe>`,
    );

    const refusals = watchRefusals(page);
    await openArticle(page, allowedSite.origin, code);
    const frame = page.frameLocator('iframe');
    const framed = frame.getByRole('region', { name: /Rural poverty rate/ });
    await expect(framed.locator('.delta-strip')).toContainText('2012 26.8 % → 2016 10.6 %');
    await expect(framed.locator('[data-testid="echart"]')).toHaveAttribute('data-drawn', 'true');
    await expect(framed).toContainText('Sources: China Daily');
    await expect(framed.locator('.panel__meta')).toContainText('Guizhou · 2012–2016');
    // One panel, without the dashboard's header and filter bar, and a way to the full view.
    await expect(frame.locator('section.panel')).toHaveCount(1);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect(frame.getByRole('combobox', { name: 'From' })).toHaveCount(0);
    const back = frame.getByRole('link', { name: 'Open the full view ↗' });
    await expect(back).toHaveAttribute('target', '_blank');
    await expect(back).toHaveAttribute(
      'href',
      '/?indicator=poverty-rate&region=CN-GZ&from=2012&to=2016&show=reported,estimated,derived&lang=en',
    );
    expect(refusals).toEqual([]);
  });

  test('a page on an origin not allowed is refused the embed, and every origin the dashboard', async ({
    page,
  }) => {
    const refusals = watchRefusals(page);
    await openArticle(page, otherSite.origin, iframe(`${serverOrigin}${embedPath}`));
    await expect.poll(() => refusals.length).toBe(1);
    expect(refusals[0]).toContain(`frame-ancestors ${embedHostOrigin}`);
    await expect(page.frameLocator('iframe').locator('section.panel')).toHaveCount(0);

    // The dashboard itself may be framed by no one, the allowed origin included.
    await openArticle(page, allowedSite.origin, iframe(`${serverOrigin}/?indicator=poverty-rate`));
    await expect.poll(() => refusals.length).toBe(2);
    expect(refusals[1]).toContain("frame-ancestors 'none'");
    await expect(page.frameLocator('iframe').locator('section.panel')).toHaveCount(0);
  });

  test('arrives drawn, with its numbers and sources, before any script has loaded', async ({
    page,
  }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(`${serverOrigin}${embedPath}`);
    const panel = page.getByRole('region', { name: /Rural poverty rate/ });
    await expect(panel.locator('.delta-strip')).toContainText('2012 26.8 % → 2016 10.6 %');
    await expect(panel).toContainText('Sources: China Daily');
    await expect(panel.locator('[data-chart-snapshot] svg.only-light')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open the full view ↗' })).toBeVisible();
  });

  test('in the mock build too, the embed shows one panel, and says which indicators it left out', async ({
    page,
  }) => {
    await page.goto('/embed?indicator=poverty-rate,villages-exited&region=CN-GZ&lang=zh-CN');
    await expect(page.locator('section.panel')).toHaveCount(1);
    await expect(page.getByRole('region', { name: /农村贫困发生率/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '嵌入只显示一个指标' })).toContainText(
      '未显示 villages-exited',
    );
  });
});
