import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The scripts a built index.html loads before anything else: its entry and module preloads. */
export function initialScripts(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) =>
    join(dir, match[1] ?? ''),
  );
}

/** Their size after gzip (level 9), in bytes. */
export function initialJavaScriptGzip(dir: string): number {
  return initialScripts(dir).reduce(
    (sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
    0,
  );
}
