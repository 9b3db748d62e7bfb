import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { fixtureCatalog } from '../fixtures/catalog';
import { createApp } from './app';
import { isEmpty, openDatabase, type SeedMode, seed } from './database';

const usage = `Usage: npm run server -- [options]

  --host HOST        address to listen on (default 127.0.0.1)
  --port PORT        port (default 8787)
  --db FILE          SQLite database file (default server/data.sqlite); created and seeded
                     from the fixtures on first start
  --seed all|catalog|none
                     what a new database is seeded with (default all; catalog = indicators,
                     regions and sources without observations)
  --static DIR       also serve a built app from DIR (e.g. dist) on the same origin
  --cors ORIGINS     comma-separated origins allowed to call the API from a browser
  --help`;

function main(): void {
  const { values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8787' },
      db: { type: 'string', default: 'server/data.sqlite' },
      seed: { type: 'string', default: 'all' },
      static: { type: 'string' },
      cors: { type: 'string', default: '' },
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

  const created = values.db === ':memory:' || !existsSync(values.db);
  const db = openDatabase(values.db);
  if (created || isEmpty(db)) {
    seed(db, fixtureCatalog, values.seed as SeedMode);
    console.log(`seeded ${values.db} from the fixtures (${values.seed})`);
  }
  const app = createApp(db, {
    corsOrigins: values.cors.split(',').filter(Boolean),
    staticDir: values.static ?? null,
    log: (line) => console.log(line),
  });
  const server = serve({ fetch: app.fetch, hostname: values.host, port }, (info) => {
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
      db.close();
      console.log('stopped');
      process.exit(0);
    });
    (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

try {
  main();
} catch (error) {
  console.error(`server: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  process.exit(2);
}
