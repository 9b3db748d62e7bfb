import type { MiddlewareHandler } from 'hono';

/**
 * One line per request, once it is answered: method, path, status and milliseconds, such as
 * "GET /api/v1/regions 200 3 ms". The query string is left out: it can be long, and the path says
 * which endpoint was asked.
 */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (context, next) => {
    const started = performance.now();
    await next();
    write(logLine(context.req.method, context.req.path, context.res.status, started));
  };
}

/** The line for a request that started at `started` (performance.now()) and is answered now. */
export function logLine(method: string, path: string, status: number, started: number): string {
  return `${method} ${path} ${status} ${Math.round(performance.now() - started)} ms`;
}

/**
 * Gathers the lines written within one turn of the event loop and writes them as one chunk. A
 * write to a pipe is synchronous in Node on Linux, so a write per request cost a quarter of what
 * the server can answer under load; a chunk per turn costs almost nothing. `flush` writes what is
 * pending, for a process about to exit.
 */
export function linesInChunks(write: (chunk: string) => void): {
  line: (line: string) => void;
  flush: () => void;
} {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    write(`${pending.join('\n')}\n`);
    pending = [];
  };
  return {
    line: (line) => {
      pending.push(line);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}
