import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.ts';

/**
 * Browser tests run in the system's Chromium (Debian's /usr/bin/chromium, or CHROME_PATH) against
 * the production build served by `vite preview`, with the mock API on.
 */
if (!existsSync(chromiumPath)) {
  throw new Error(
    `Chromium not found at ${chromiumPath}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`,
  );
}

// Not 4173, where `npm start` serves: the tests always start their own server on a fresh build.
// E2E_PORT moves both servers, so that two checkouts can run their browser tests side by side.
const basePort = Number(process.env.E2E_PORT ?? 4174);
/** The build served by `vite preview` with the mock API on. */
export const mockPort = basePort;
export const mockOrigin = `http://127.0.0.1:${mockPort}`;
/** The reference server with the built app, for the tests that run without the mock. */
export const serverPort = basePort + 4614;
export const serverBuildDir = 'dist-e2e-server';
/**
 * Where tests/e2e/embed.spec.ts serves an article from, the one origin the reference server lets
 * frame its embed (--frame-ancestors). It is on the loopback like the server, since Chromium
 * blocks a public page from framing one on the local network.
 */
export const embedHostPort = basePort + 4615;
export const embedHostOrigin = `http://127.0.0.1:${embedHostPort}`;

/** The environment the tests run in, for a server that is given one more variable. */
function definedEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  // Waits here are for states, not for speed (the bench measures speed). On two cores, beside a
  // large-data test drawing a million points, a cold start took over ten seconds to its panels.
  expect: { timeout: 20_000 },
  forbidOnly: true,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    baseURL: mockOrigin,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  webServer: [
    {
      // The app as `npm start` serves it: production build, mock API on.
      command: `vite build && vite preview --host 127.0.0.1 --port ${mockPort} --strictPort`,
      url: mockOrigin,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
    },
    {
      // The same build served by the reference server, with config.json saying mockApi: false.
      command: `vite build --outDir ${serverBuildDir} && tsx server/main.ts --port ${serverPort} --db :memory: --static ${serverBuildDir} --frame-ancestors ${embedHostOrigin}`,
      // Far from UTC, so that a page rendered on the server and taken over in a browser elsewhere
      // shows whether anything in it depends on the time zone (tests/e2e/first-view.spec.ts).
      env: { ...definedEnv(), TZ: 'Pacific/Auckland' },
      url: `http://127.0.0.1:${serverPort}/api/v1/regions`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
    },
  ],
});
