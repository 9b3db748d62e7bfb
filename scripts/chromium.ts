/**
 * How this project runs Chromium: Debian's build (or CHROME_PATH), headless, with the flags a
 * closed network and a root user need. Shared by the browser tests and the benchmark.
 */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
