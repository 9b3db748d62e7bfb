import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { Catalog } from '../../fixtures/catalog';
import { type Db, openDatabase, type SeedMode, seed } from '../../server/database';
import type { Engine } from '../../server/sql/sql-client';

/**
 * Fresh databases for the tests, on either engine: SQLite in memory, or a database of its own in
 * the run's PostgreSQL cluster (see postgres-global-setup.ts), dropped when it is closed. Every
 * test file can thus run against both engines side by side.
 */

export const engines: readonly Engine[] = ['sqlite', 'postgres'];

/** A URL to a new, empty PostgreSQL database, and a way to drop it. */
export async function newPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = inject('postgresUrl');
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  // The name is made here, of hex digits, so it is safe in SQL text (CREATE DATABASE binds none).
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A migrated database on the engine, seeded from the catalogue. Closing it drops it. */
export async function testDatabase(
  engine: Engine,
  catalog?: Catalog,
  mode: SeedMode = 'all',
): Promise<Db> {
  if (engine === 'sqlite') {
    const db = await openDatabase(':memory:');
    if (catalog) await seed(db, catalog, mode);
    return db;
  }
  const { url, drop } = await newPostgresDatabase();
  const db = await openDatabase(url);
  try {
    if (catalog) await seed(db, catalog, mode);
  } catch (error) {
    await db.close();
    await drop();
    throw error;
  }
  return {
    ...db,
    close: async () => {
      await db.close();
      await drop();
    },
  };
}
