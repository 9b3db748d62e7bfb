import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { fixtureCatalog } from '../fixtures/catalog';
import { createReferenceServer } from './app';
import { originList } from './content-security-policy';
import { openDatabase, type SeedMode, seed } from './database';
import { linesInChunks } from './request-log';
import { DatabaseUnreachable } from './sql/sql-client';

const usage = `Usage: npm run server -- [options]

  --host HOST        address to listen on (default 127.0.0.1)
  --port PORT        port (default 8787)
  --db FILE|URL      a SQLite database file (default server/data.sqlite), or a PostgreSQL
                     database as postgres://USER[:PASSWORD]@HOST[:PORT]/NAME; its schema is
                     brought up to date, and an empty one seeded from the fixtures, at start
  --seed all|catalog|none
                     what a new database is seeded with (default all; catalog = indicators
                     with their targets, regions and sources, without observations or events)
  --static DIR       also serve a built app from DIR (e.g. dist) on the same origin
  --cors ORIGINS     comma-separated origins allowed to call the API from a browser
  --frame-ancestors ORIGINS
                     comma-separated origins whose pages may frame the embed (/embed), as
                     https://news.example.org; default none. The dashboard is never framed.
  --help`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8787' },
      db: { type: 'string', default: 'server/data.sqlite' },
      seed: { type: 'string', default: 'all' },
      static: { type: 'string' },
      cors: { type: 'string', default: '' },
      'frame-ancestors': { type: 'string', default: '' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, not "${values.port}"`);
  if (!['all', 'catalog', 'none'].includes(values.seed))
    throw new Error(`--seed must be all, catalog or none`);

  const frameAncestors = originList(values['frame-ancestors'], '--frame-ancestors');

  const db = await openDatabase(values.db);
  if (await seed(db, fixtureCatalog, values.seed as SeedMode))
    console.log(`seeded ${db.location} from the fixtures (${values.seed})`);
  const requestLines = linesInChunks((chunk) => process.stdout.write(chunk));
  const { listener } = createReferenceServer(db, {
    corsOrigins: values.cors.split(',').filter(Boolean),
    frameAncestors,
    staticDir: values.static ?? null,
    log: requestLines.line,
  });
  const server = createServer(listener);
  server.listen(port, values.host, () => {
    const info = server.address() as AddressInfo;
    console.log(
      `API on http://${values.host}:${info.port}/api/v1${values.static ? `, app on http://${values.host}:${info.port}/` : ''}`,
    );
  });
  // On SIGTERM (a deploy, a scale-down) or SIGINT: stop accepting connections, let the requests in
  // flight finish, then close the database. Idle keep-alive connections are closed at once, so
  // that they do not hold the stop; one that is still busy after 10 s is cut.
  const stop = (signal: string) => {
    console.log(`${signal}: no new connections; finishing the requests in flight`);
    server.close(() => {
      db.close().then(() => {
        requestLines.flush();
        console.log('stopped');
        process.exit(0);
      });
    });
    (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    setTimeout(() => {
      requestLines.flush();
      process.exit(1);
    }, 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // A database that cannot be reached is said in one line, without a stack trace or the usage:
  // the command was right, the database (or its URL) is not.
  if (error instanceof DatabaseUnreachable) {
    console.error(`server: ${error.message}`);
    process.exit(3);
  }
  console.error(`server: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  process.exit(2);
});
