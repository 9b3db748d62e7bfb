import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The scripts a built page loads at start-up, whatever the data. They are index.html's entry and
 * module preloads, and the ECharts chunk that src/app/main.tsx starts loading at start-up. That
 * chunk is kept apart from the entry so that it arrives while the data is on the way, but every
 * chart needs it, so it counts. The mock API's code is not among them, because it is loaded only
 * when mocking is on.
 */
export function initialScripts(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) =>
    join(dir, match[1] ?? ''),
  );
  const charts = readdirSync(join(dir, 'assets'))
    .filter((file) => /^echarts-[\w-]+\.js$/.test(file))
    .map((file) => join(dir, 'assets', file));
  return [...entry, ...charts];
}

/** The total size of those scripts after gzip (level 9), in bytes. */
export function initialJavaScriptGzip(dir: string): number {
  return initialScripts(dir).reduce(
    (sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
    0,
  );
}
