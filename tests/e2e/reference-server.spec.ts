import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { mockOrigin, serverBuildDir, serverPort } from '../../playwright.config';

const view =
  '/?indicator=poverty-rate,poor-population,villages-exited&region=CN-GZ,CN&from=2011&to=2020';
const serverOrigin = `http://127.0.0.1:${serverPort}`;

/** What a reader sees: each panel's title, changes and table cells. */
async function readPanels(page: Page, origin: string) {
  await page.goto(`${origin}${view}`);
  const panels = page.locator('section.panel');
  await expect(panels).toHaveCount(3);
  await expect(page.locator('section.panel[data-state="ready"]')).toHaveCount(3);
  const result: { title: string; changes: string; table: string[] }[] = [];
  for (const panel of await panels.all()) {
    await panel.getByRole('button', { name: 'Table' }).click();
    result.push({
      title: (await panel.getByRole('heading', { level: 2 }).textContent()) ?? '',
      changes: (await panel.locator('.delta-strip').textContent()) ?? '',
      table: await panel.getByRole('cell').allTextContents(),
    });
  }
  return result;
}

test('the build, served by the reference server without the mock, shows what the mock shows', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const fromServer = await readPanels(page, serverOrigin);
  // No mock code was downloaded: mockApi is false in the server's config.json.
  expect(requests.some((path) => /mockServiceWorker|\/browser-.*\.js/.test(path))).toBe(false);
  const fromMock = await readPanels(page, mockOrigin);
  expect(fromServer).toEqual(fromMock);
  expect(fromServer[0]?.changes).toContain('Change-33.4 pp');
});

test('the reference server sends the build compressed, its hashed files to be kept a year', async ({
  page,
}) => {
  const scripts: { url: string; encoding?: string; cache?: string }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const headers = response.headers();
    scripts.push({
      url: response.url(),
      encoding: headers['content-encoding'],
      cache: headers['cache-control'],
    });
  });
  const pageResponse = await page.goto(`${serverOrigin}/`);
  await expect(page.locator('section.panel[data-state="ready"]')).toHaveCount(3);
  expect(pageResponse?.headers()['cache-control']).toBe('no-cache');
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(script.url).toMatch(/\/assets\//);
    expect(script.encoding, script.url).toBe('br');
    expect(script.cache, script.url).toBe('public, max-age=31536000, immutable');
  }
});

function startServer(db: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/main.ts',
      '--port',
      String(port),
      '--db',
      db,
      '--seed',
      'catalog',
      '--static',
      serverBuildDir,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('API on')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

function importCsv(db: string, file: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/import.ts', '--db', db, file], {
    encoding: 'utf8',
  });
}

test('a CSV exported from a panel, imported into an empty server, gives the same numbers; a bad one changes nothing', async ({
  page,
}) => {
  // It starts a server process of its own and runs the import's command line twice, each through
  // tsx, which compiles on start: on a busy two-core machine that alone takes over half the
  // default timeout.
  test.setTimeout(60_000);
  const folder = mkdtempSync(join(tmpdir(), 'round-trip-'));
  const panelView = '/?indicator=poor-population&region=CN-GZ,CN&from=2011&to=2020';

  await page.goto(`${mockOrigin}${panelView}`);
  const panel = page.getByRole('region', { name: 'Rural poor population' });
  await expect(panel).toHaveAttribute('data-state', 'ready');
  await panel.getByRole('button', { name: 'Table' }).click();
  // The values' table, not the events' table below it: the empty server has no events.
  const valuesTable = (region: typeof panel) => region.getByRole('table').first();
  const shownByMock = await valuesTable(panel).getByRole('cell').allTextContents();
  await panel.getByText('Export', { exact: true }).click();
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download CSV' }).click();
  const csvPath = join(folder, 'panel.csv');
  await (await download).saveAs(csvPath);

  const db = join(folder, 'empty.sqlite');
  const server = await startServer(db, serverPort + 2);
  try {
    await page.goto(`http://127.0.0.1:${serverPort + 2}${panelView}`);
    await expect(page.getByRole('region', { name: 'Rural poor population' })).toHaveAttribute(
      'data-state',
      'empty',
    );

    const imported = importCsv(db, csvPath);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('imported 18 observation(s)');

    await page.reload();
    const fromServer = page.getByRole('region', { name: 'Rural poor population' });
    await expect(fromServer).toHaveAttribute('data-state', 'ready');
    await fromServer.getByRole('button', { name: 'Table' }).click();
    expect(await valuesTable(fromServer).getByRole('cell').allTextContents()).toEqual(shownByMock);

    const bad = join(folder, 'bad.csv');
    writeFileSync(bad, `${readFileSync(csvPath, 'utf8').replace('923,', 'nine hundred,')}`);
    const refused = importCsv(db, bad);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('value: expected a number, got "nine hundred"');
    expect(refused.stderr).toContain('nothing was imported');
    await page.reload();
    await fromServer.getByRole('button', { name: 'Table' }).click();
    expect(await valuesTable(fromServer).getByRole('cell').allTextContents()).toEqual(shownByMock);
  } finally {
    server.kill();
  }
});
