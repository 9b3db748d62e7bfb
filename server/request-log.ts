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
    const ms = Math.round(performance.now() - started);
    write(
      `${context.req.method} ${new URL(context.req.url).pathname} ${context.res.status} ${ms} ms`,
    );
  };
}
