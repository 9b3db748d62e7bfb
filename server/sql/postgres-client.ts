import pg from 'pg';
import { DatabaseUnreachable, type SqlClient, toPositional } from './sql-client';

/**
 * The PostgreSQL client: a pool of connections to a database server that several instances of the
 * reference server share. Statements are sent with their parameters bound, and named, so that
 * each connection parses and plans a statement once.
 */

/** The URL as it may be logged: without its password. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    // node-postgres also takes passwords from the query string.
    for (const name of ['password', 'sslpassword']) {
      if (parsed.searchParams.has(name)) parsed.searchParams.set(name, '***');
    }
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

type Queryable = pg.Pool | pg.PoolClient;

/** The advisory lock that writing transactions take, a number of this project's own. */
const writerLock = 20122020;

/** A statement's name, the same for the same text, so that a connection prepares it once. */
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `s${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
}

function clientOver(queryable: Queryable, location: string, pool: pg.Pool): SqlClient {
  const query = async (sql: string, params?: Record<string, string | number | null>) => {
    const { text, values } = toPositional(sql, params);
    return queryable.query({ name: statementName(text), text, values });
  };
  const client: SqlClient = {
    engine: 'postgres',
    location,
    all: async <Row>(sql: string, params?: Record<string, string | number | null>) =>
      (await query(sql, params)).rows as Row[],
    run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
    transaction: async (work) => {
      if (queryable !== pool) throw new Error('transactions do not nest');
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        // One writer at a time across every server and import on the database, as SQLite's
        // BEGIN IMMEDIATE gives: two servers that start together on an empty database do not
        // both migrate or seed it. The lock is released when the transaction ends.
        await connection.query(`SELECT pg_advisory_xact_lock(${writerLock})`);
        // The schema's references are DEFERRABLE: checked at COMMIT, as in SQLite.
        await connection.query('SET CONSTRAINTS ALL DEFERRED');
        const result = await work(clientOver(connection, location, pool));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
  return client;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens a pool on the database at the URL, and checks at once that it answers, so that a wrong
 * URL is said at start, not on the first request.
 */
export async function openPostgres(
  url: string,
  options: { max?: number } = {},
): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection that the server drops (a restart, a failover) must not crash the process;
  // the pool opens a new one on the next query.
  pool.on('error', () => {});
  const client = clientOver(pool, redactedUrl(url), pool);
  try {
    await client.all('SELECT 1 AS one');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseUnreachable(redactedUrl(url), error);
  }
  return client;
}
