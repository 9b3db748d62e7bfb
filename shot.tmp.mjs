import { chromium } from '@playwright/test';
const [url, out, width, height] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width ?? 1440), height: Number(height ?? 900) }, deviceScaleFactor: 1 });
await page.goto(url);
await page.waitForTimeout(2500);
await page.screenshot({ path: out, fullPage: false });
await browser.close();
