import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';

/** Starts `npm run server` on a free port; resolves once it says where it listens. */
async function startServer(): Promise<{
  child: ChildProcess;
  origin: string;
  output: () => string;
}> {
  // Node itself, with tsx as a loader, so that the signal reaches the server and not a wrapper.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--db', ':memory:', '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start:\n${output}`)),
      30_000,
    );
    child.stdout?.on('data', () => {
      const found = /API on (http:\/\/[\d.]+:\d+)\/api\/v1/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
  });
  return { child, origin, output: () => output };
}

describe('the server process', () => {
  it('stops on SIGTERM once its requests are answered, having logged each', async () => {
    const { child, origin, output } = await startServer();
    // A kept-alive connection must not hold the stop.
    const response = await fetch(`${origin}/api/v1/regions`);
    expect(response.status).toBe(200);
    await response.json();
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output()).toMatch(/GET \/api\/v1\/regions 200 \d+ ms/);
    expect(output()).toContain('SIGTERM: no new connections; finishing the requests in flight');
    expect(output()).toContain('stopped');
  }, 60_000);
});
