import { existsSync, readFileSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { parseEventsQuery } from '../src/contract/events-query';
import {
  parseObservationsCsvQuery,
  parseObservationsQuery,
} from '../src/contract/observations-query';
import { problemContentType, unknownIdProblem } from '../src/contract/problems';
import type { Problem } from '../src/contract/schemas';
import type { FetchApi } from '../src/render/render-page';
import { createAnswerCache } from './answer-cache';
import { type CachedAnswers, cachedAnswers, shared } from './cached-answers';
import { framedFromElsewhere, pagePolicies } from './content-security-policy';
import { type Db, databaseAnswers } from './database';
import { hardening, hardeningHeaders } from './hardening';
import { findSeries } from './observation-reads';
import { observationsCsvResponse } from './observations-csv';
import { hasPageRenderer, loadPageRenderer, type RenderPage, rendererDir } from './rendered-pages';
import { listEvents, listIndicators, listRegions, unknownIds } from './repository';
import { logLine, requestLog } from './request-log';
import { readDataVersion } from './sql/migrations';

export interface ServerOptions {
  /** Origins allowed to call the API from a browser (CORS); empty for same-origin only. */
  corsOrigins: readonly string[];
  /** A built app (vite build output) to serve on the same origin, with mocking off. */
  staticDir: string | null;
  /** Where the line logged for each request goes (see request-log.ts); none when not given. */
  log?: (line: string) => void;
  /** How many bytes of answers the answer cache may hold (see answer-cache.ts); 64 MiB if not given. */
  cacheBytes?: number;
  /** Origins whose pages may frame the embed (/embed); none if not given, as for every page. */
  frameAncestors?: readonly string[];
}

/** Longest query string accepted; anything longer is refused with 400, never a 500. */
const maxQueryLength = 4096;

function problem(body: Problem): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'Content-Type': problemContentType },
  });
}

/** An answer to keep in the cache: the contract's data, or a problem with it. */
const jsonAnswer = (body: unknown) => ({
  status: 200,
  contentType: 'application/json',
  body: JSON.stringify(body),
});
const dataAnswer = (data: unknown) => jsonAnswer({ data });
const problemAnswer = (body: Problem) => ({
  status: body.status,
  contentType: problemContentType,
  body: JSON.stringify(body),
});

/**
 * The query string of a request, or the problem with it: too long to be read, or not one at all.
 * The endpoint's own parser then reads its parameters.
 */
function searchParams(context: Context): URLSearchParams | Response {
  const url = new URL(context.req.url);
  if (url.search.length > maxQueryLength) {
    return problem({
      type: '/problems/invalid-parameter',
      title: 'Invalid query parameter',
      status: 400,
      detail: `query string longer than ${maxQueryLength} characters`,
    });
  }
  try {
    return new URLSearchParams(url.search);
  } catch {
    return problem({
      type: '/problems/invalid-parameter',
      title: 'Invalid query parameter',
      status: 400,
      detail: 'malformed query string',
    });
  }
}

export interface ReferenceServer {
  /** Every route, as a Hono app: for requests asked in process (the tests, the page renderer). */
  app: Hono;
  /** What node:http serves: answers to URLs asked before, from the cache; the rest, the app's. */
  listener: RequestListener;
}

/** The reference implementation of API contract v1 (docs/api.md), and optionally the app. */
export function createReferenceServer(db: Db, options: ServerOptions): ReferenceServer {
  const app = new Hono();

  app.onError((error) => {
    console.error(error);
    return problem({
      type: '/problems/internal',
      title: 'Internal server error',
      status: 500,
      detail: 'The server failed; see its log.',
    });
  });

  if (options.log) app.use('*', requestLog(options.log));
  const frameAncestors = options.frameAncestors ?? [];
  // X-Frame-Options cannot name origins, so an embed that other origins may frame goes without it,
  // and its Content-Security-Policy says who may (see serveBuiltApp). This runs after the
  // hardening below has set its headers, since a middleware's work after next() runs inside out.
  if (frameAncestors.length > 0) {
    app.use('*', async (context, next) => {
      await next();
      if (framedFromElsewhere(new URL(context.req.url).pathname, frameAncestors))
        context.res.headers.delete('X-Frame-Options');
    });
  }
  // Every response the app sends gets the hardening headers (see hardening.ts); the answers sent
  // ahead of the app, from the cache, carry the same ones.
  app.use('*', hardening);

  // For a load balancer or an orchestrator: 200 while the database answers, 503 when it does not.
  app.get('/healthz', async (context) => {
    context.header('Cache-Control', 'no-store');
    return (await databaseAnswers(db))
      ? context.json({ status: 'ok', database: 'answers' })
      : context.json({ status: 'unavailable', database: 'does not answer' }, 503);
  });

  const api = new Hono();
  // Only a server that allows other origins mounts the CORS middleware: it rebuilds every response
  // to add its headers, which costs more than half of what a cached answer costs to send.
  if (options.corsOrigins.length > 0) {
    api.use(
      '*',
      cors({
        origin: (origin) => (options.corsOrigins.includes(origin) ? origin : null),
        allowMethods: ['GET'],
        // A page on another origin that downloads the data file reads its size and name.
        exposeHeaders: ['X-Total-Count', 'Content-Disposition'],
      }),
    );
  }
  const answers = cachedAnswers(
    createAnswerCache({ maxBytes: options.cacheBytes ?? 64 * 1024 * 1024 }),
    shared(() => readDataVersion(db)),
    hardeningHeaders,
  );

  api.get('/indicators', (context) =>
    answers.respond(context, 'indicators', async () => dataAnswer(await listIndicators(db))),
  );
  api.get('/regions', (context) =>
    answers.respond(context, 'regions', async () => dataAnswer(await listRegions(db))),
  );
  /** The problem naming the ids a query asks for that the database does not hold, if any. */
  const unknownIdsOf = async (query: { indicatorIds: string[]; regionIds: string[] }) => {
    const unknown = [
      { parameter: 'indicator', ids: await unknownIds(db, 'indicators', query.indicatorIds) },
      { parameter: 'region', ids: await unknownIds(db, 'regions', query.regionIds) },
    ].filter((entry) => entry.ids.length > 0);
    return unknown.length > 0 ? unknownIdProblem(unknown) : null;
  };
  const unknownIdAnswer = async (query: { indicatorIds: string[]; regionIds: string[] }) => {
    const unknown = await unknownIdsOf(query);
    return unknown ? problemAnswer(unknown) : null;
  };
  // The data file is streamed from the database as it is read, never cached whole.
  api.get('/observations.csv', async (context) => {
    const params = searchParams(context);
    if (params instanceof Response) return params;
    const parsed = parseObservationsCsvQuery(params);
    if (!parsed.ok) return problem(parsed.problem);
    const unknown = await unknownIdsOf(parsed.query);
    if (unknown) return problem(unknown);
    return observationsCsvResponse(db, parsed.query);
  });
  api.get('/observations', (context) => {
    const params = searchParams(context);
    if (params instanceof Response) return params;
    const parsed = parseObservationsQuery(params);
    if (!parsed.ok) return problem(parsed.problem);
    const { query } = parsed;
    // The parsed query is the normalised one: the same view asked in another order of parameters,
    // or with ids repeated, is the same key.
    return answers.respond(
      context,
      `observations ${JSON.stringify(query)}`,
      async () => (await unknownIdAnswer(query)) ?? dataAnswer(await findSeries(db, query)),
    );
  });
  api.get('/events', (context) => {
    const params = searchParams(context);
    if (params instanceof Response) return params;
    const parsed = parseEventsQuery(params);
    if (!parsed.ok) return problem(parsed.problem);
    const { query } = parsed;
    return answers.respond(
      context,
      `events ${JSON.stringify(query)}`,
      async () => (await unknownIdAnswer(query)) ?? jsonAnswer(await listEvents(db, query)),
    );
  });
  api.all('*', (context) =>
    problem({
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: `no resource at ${new URL(context.req.url).pathname}`,
    }),
  );
  app.route('/api/v1', api);

  if (options.staticDir) serveBuiltApp(app, api, options.staticDir, frameAncestors);
  // A server that allows other origins sends every answer through the app, for CORS's headers.
  const cachedFirst = options.corsOrigins.length === 0 ? answers : null;
  return { app, listener: listenerFor(app, cachedFirst, options.log) };
}

/**
 * Tries each request on the answers to URLs asked before (see cached-answers.ts); what they do not
 * hold goes to the app. Both log the same line for a request.
 */
function listenerFor(
  app: Hono,
  answers: CachedAnswers | null,
  log: ((line: string) => void) | undefined,
): RequestListener {
  const throughApp = getRequestListener(app.fetch);
  if (!answers) return throughApp;
  return (incoming, outgoing) => {
    const started = performance.now();
    answers.sendKnown(incoming, outgoing).then(
      (status) => {
        if (status === null) return throughApp(incoming, outgoing);
        const path = (incoming.url ?? '').split('?', 1)[0] ?? '';
        log?.(logLine('GET', path, status, started));
      },
      // The data version could not be read: the app answers, with the problem it then has.
      () => throughApp(incoming, outgoing),
    );
  };
}

/**
 * Vite names the files under assets/ by a hash of their content, so a file there never changes:
 * browsers and CDNs may keep it for a year without asking. Everything else (the page, config.json,
 * the mock's worker, the icon) keeps its name across builds and is revalidated on every use.
 */
const immutable = 'public, max-age=31536000, immutable';
const revalidated = 'no-cache';

/** The API's path on this server, which the app served from here is configured with. */
const apiBaseUrl = '/api/v1';

function serveBuiltApp(
  app: Hono,
  api: Hono,
  root: string,
  frameAncestors: readonly string[],
): void {
  const indexHtml = join(root, 'index.html');
  if (!existsSync(indexHtml)) throw new Error(`${indexHtml} not found: run npm run build first`);
  // The pages are compressed as they are sent; the build's files come precompressed, which this
  // leaves as they are. The API's answers are not under this: they are compressed once, in the
  // answer cache, and the routes before this one have answered them already.
  app.use('*', compress());
  const policyOf = pagePolicies(frameAncestors);
  app.use('*', async (context, next) => {
    await next();
    context.res.headers.set('Content-Security-Policy', policyOf(new URL(context.req.url).pathname));
  });
  // The app served from here talks to this server, with mocking off.
  app.get('/config.json', (context) => {
    context.header('Cache-Control', revalidated);
    return context.json({ apiBaseUrl, mockApi: false });
  });

  // Each page is rendered for its request, from this server's API, asked in process (see
  // rendered-pages.ts): the API's own routes, without the outer layers (the request log, the
  // compression), so that a page is one request in the log. A build made before pages were rendered ahead of the browser has no
  // renderer; its index.html is then sent as it is, and the browser renders the page.
  const fetchApi: FetchApi = async (path, params) =>
    api.fetch(new Request(`http://in-process${path}${params ? `?${params}` : ''}`));
  const builtPage = readFileSync(indexHtml, 'utf8');
  // A renderer that cannot be loaded is said once in the log; the pages are then sent unrendered,
  // for the browser to render, rather than refused.
  const renderer: Promise<RenderPage | null> = hasPageRenderer(root)
    ? loadPageRenderer(root, fetchApi, apiBaseUrl).catch((error: unknown) => {
        console.error('The page renderer could not be loaded; pages are sent unrendered:', error);
        return null;
      })
    : Promise.resolve(null);
  const page = async (context: Context) => {
    context.header('Cache-Control', revalidated);
    // The page depends on the reader's language cookie, so a shared cache must keep one per cookie.
    context.header('Vary', 'Cookie');
    const render = await renderer;
    if (!render) return context.html(builtPage);
    const url = new URL(context.req.url);
    return context.html(
      await render({
        url: `${url.pathname}${url.search}`,
        cookie: context.req.header('Cookie') ?? '',
      }),
    );
  };
  // The page at / is rendered, not the build's index.html (rendered from the fixtures); the
  // renderer's own files are not served. A page rendered again from unchanged data is the same to
  // the byte, so a reader's next visit is answered 304 Not Modified.
  const pageEtag = etag();
  app.get('/', pageEtag, page);
  app.get('/index.html', pageEtag, page);
  app.get(`/${rendererDir}/*`, (context) => context.notFound());
  app.use(
    '/*',
    serveStatic({
      root,
      // The build writes .br and .gz copies (scripts/vite-plugin-precompress.ts); the one the
      // browser accepts is sent, with Content-Encoding and Vary set.
      precompressed: true,
      onFound: (path, context: Context) => {
        const hashed = path.startsWith(join(root, 'assets'));
        context.header('Cache-Control', hashed ? immutable : revalidated);
      },
    }),
  );
  // A file the build does not have is not found, rather than answered with the page (and not
  // rendered: a request for a missing file should cost nothing). Other paths are the app's
  // client-side routes (/report), which the browser renders.
  app.get('/assets/*', (context) => context.notFound());
  app.get('*', pageEtag, page);
}
