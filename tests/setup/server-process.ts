import { type ChildProcess, spawn, spawnSync } from 'node:child_process';

/**
 * The reference server and its import as the command line runs them, in processes of their own:
 * for the tests of what an operator sees (signals, exit codes, several instances on one database).
 * Node runs them itself, with tsx as a loader, so that a signal reaches the server and not a
 * wrapper such as npm.
 */

export interface ServerProcess {
  child: ChildProcess;
  origin: string;
  output: () => string;
}

/** Starts `npm run server -- ARGS` on a free port; resolves once it says where it listens. */
export async function startServer(args: readonly string[]): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--port', '0', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start:\n${output}`));
    }, 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
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

/** Runs `npm run server:import -- ARGS` to its end. */
export function runImport(args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/import.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
