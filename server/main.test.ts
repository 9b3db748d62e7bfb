import { once } from 'node:events';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPostgresDatabase } from '../tests/setup/databases';
import { startServer } from '../tests/setup/server-process';

describe('the server process', () => {
  it('stops on SIGTERM once its requests are answered, having logged each', async () => {
    const { child, origin, output } = await startServer(['--db', ':memory:']);
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

  it('says in one line, without a stack trace, that a database cannot be reached', async () => {
    const { url, drop } = await newPostgresDatabase();
    await drop();
    // The cluster answers, but the database is gone: the reason is PostgreSQL's own.
    const server = await startServer(['--db', url]).catch((error: Error) => error.message);
    expect(server).toMatch(/exited with 3/);
    expect(server).toMatch(
      /server: cannot reach the database at postgres:\/\/dashboard@127\.0\.0\.1:\d+\/test_\w+: database "test_\w+" does not exist/,
    );
    expect(server).not.toMatch(/\n\s+at /);
    // Nothing listens on port 1: the reason is the operating system's.
    const refused = await startServer(['--db', 'postgres://dashboard@127.0.0.1:1/dashboard']).catch(
      (error: Error) => error.message,
    );
    expect(refused).toMatch(
      /server: cannot reach the database at postgres:\/\/dashboard@127\.0\.0\.1:1\/dashboard: connect ECONNREFUSED/,
    );
    expect(refused).not.toMatch(/\n\s+at /);
    // A SQLite file in a folder that does not exist.
    const missing = await startServer(['--db', '/no/such/folder/data.sqlite']).catch(
      (error: Error) => error.message,
    );
    expect(missing).toMatch(
      /server: cannot reach the database at \/no\/such\/folder\/data\.sqlite: /,
    );
    expect(missing).not.toContain('Usage:');
  }, 60_000);
});

describe('the server’s --frame-ancestors', () => {
  it('refuses what is not an origin, naming it, before it opens the database', async () => {
    const refused = await startServer([
      '--db',
      ':memory:',
      '--frame-ancestors',
      'https://news.example.org,https://blog.example.org/articles',
    ]).catch((error: Error) => error.message);
    expect(refused).toMatch(/exited with 2/);
    expect(refused).toContain(
      'server: --frame-ancestors takes origins such as https://news.example.org, without a path; "https://blog.example.org/articles" is not one',
    );
  }, 60_000);
});

describe('the server process on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof newPostgresDatabase>>;
  beforeAll(async () => {
    database = await newPostgresDatabase();
  });
  afterAll(() => database.drop());

  it('seeds a new database, and on SIGTERM finishes a request in flight before it stops', async () => {
    const { child, origin, output } = await startServer(['--db', database.url]);
    expect(output()).toMatch(
      /seeded postgres:\/\/dashboard@127\.0\.0\.1:\d+\/test_\w+ from the fixtures/,
    );
    // Another session holds the data version's table, so the server's next answer waits on it:
    // a request that is surely in flight when the signal comes.
    const blocker = new pg.Client({ connectionString: database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE data_version IN ACCESS EXCLUSIVE MODE');
    try {
      const inFlight = fetch(`${origin}/api/v1/observations?indicator=poverty-rate&region=CN-GZ`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      child.kill('SIGTERM');
      const exited = once(child, 'exit');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(child.exitCode).toBeNull();
      await blocker.query('COMMIT');
      const response = await inFlight;
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        data: { points: { period: string; value: number }[] }[];
      };
      expect(body.data[0]?.points.find((point) => point.period === '2012')?.value).toBe(26.8);
      const [code] = await exited;
      expect(code).toBe(0);
      expect(output()).toContain('stopped');
    } finally {
      await blocker.end();
    }
  }, 60_000);
});
