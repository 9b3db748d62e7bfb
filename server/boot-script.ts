import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The page's head script (src/boot/first-view.js), as it is inlined into index.html, and its hash,
 * by which the CSP allows it and no other inline script.
 */
export const bootScript = readFileSync(
  new URL('../src/boot/first-view.js', import.meta.url),
  'utf8',
);

export const bootScriptHash = `'sha256-${createHash('sha256').update(bootScript).digest('base64')}'`;
