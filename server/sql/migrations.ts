import { randomUUID } from 'node:crypto';
import { periodStartMinute } from '../table-rows';
import { first, type SqlClient } from './sql-client';

/**
 * The schema, as numbered steps that both engines run at start. A new database runs them all; one
 * made by an earlier version of the server runs those it has not had, each once, recorded in
 * schema_migrations. A step is never edited once released: a change to the schema is a new step.
 *
 * The SQL is what SQLite and PostgreSQL both accept. Numbers are DOUBLE PRECISION (PostgreSQL's
 * REAL would round them to seven digits). References are DEFERRABLE, so that an import may write
 * a region before its parent and is checked when it commits.
 */

interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
  /** Work that SQL alone cannot do, such as filling a new column from the rows already there. */
  afterwards?: (client: SqlClient) => Promise<void>;
}

const references = (target: string) => `REFERENCES ${target} DEFERRABLE INITIALLY IMMEDIATE`;

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'indicators, regions, sources and observations',
    // IF NOT EXISTS: a database made before the schema was versioned has these tables already.
    statements: [
      `CREATE TABLE IF NOT EXISTS sources (
        id TEXT PRIMARY KEY,
        publisher TEXT NOT NULL,
        title TEXT,
        date TEXT,
        url TEXT,
        note TEXT
      )`,
      `CREATE TABLE IF NOT EXISTS indicators (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        name_en TEXT NOT NULL,
        name_zh TEXT NOT NULL,
        description_en TEXT NOT NULL,
        description_zh TEXT NOT NULL,
        unit TEXT NOT NULL,
        measure TEXT NOT NULL,
        direction TEXT NOT NULL,
        frequency TEXT NOT NULL,
        topic TEXT NOT NULL
      )`,
      `CREATE TABLE IF NOT EXISTS regions (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        name_en TEXT NOT NULL,
        name_zh TEXT NOT NULL,
        level TEXT NOT NULL,
        parent_id TEXT ${references('regions(id)')}
      )`,
      `CREATE TABLE IF NOT EXISTS series_bases (
        indicator_id TEXT NOT NULL ${references('indicators(id)')},
        region_id TEXT NOT NULL ${references('regions(id)')},
        basis_en TEXT NOT NULL,
        basis_zh TEXT NOT NULL,
        PRIMARY KEY (indicator_id, region_id)
      )`,
      `CREATE TABLE IF NOT EXISTS observations (
        indicator_id TEXT NOT NULL ${references('indicators(id)')},
        region_id TEXT NOT NULL ${references('regions(id)')},
        period TEXT NOT NULL,
        year INTEGER NOT NULL,
        value DOUBLE PRECISION,
        status TEXT NOT NULL,
        source_id TEXT NOT NULL ${references('sources(id)')},
        note TEXT,
        PRIMARY KEY (indicator_id, region_id, period)
      )`,
    ],
  },
  {
    version: 2,
    name: 'the minute each observation starts, for time windows and thinning in SQL',
    statements: [
      'ALTER TABLE observations ADD COLUMN starts_at INTEGER',
      'CREATE INDEX observations_by_start ON observations (indicator_id, region_id, starts_at)',
    ],
    afterwards: async (client) => {
      const periods = await client.all<{ period: string }>(
        'SELECT DISTINCT period FROM observations WHERE starts_at IS NULL',
      );
      for (const { period } of periods) {
        await client.run('UPDATE observations SET starts_at = @minute WHERE period = @period', {
          minute: periodStartMinute(period),
          period,
        });
      }
    },
  },
  {
    version: 3,
    name: 'the data version, shared by every server on the database',
    statements: [
      `CREATE TABLE data_version (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        token TEXT NOT NULL
      )`,
    ],
    afterwards: async (client) => {
      await client.run('INSERT INTO data_version (singleton, token) VALUES (1, @token)', {
        token: randomUUID(),
      });
    },
  },
  {
    version: 4,
    name: 'policy events, the targets of indicators and where their growth rates are published',
    statements: [
      `CREATE TABLE events (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        year INTEGER NOT NULL,
        title_en TEXT NOT NULL,
        title_zh TEXT NOT NULL,
        description_en TEXT NOT NULL,
        description_zh TEXT NOT NULL,
        source_id TEXT NOT NULL ${references('sources(id)')}
      )`,
      `CREATE TABLE event_regions (
        event_id TEXT NOT NULL ${references('events(id)')},
        region_id TEXT NOT NULL ${references('regions(id)')},
        position INTEGER NOT NULL,
        PRIMARY KEY (event_id, region_id)
      )`,
      `CREATE TABLE event_indicators (
        event_id TEXT NOT NULL ${references('events(id)')},
        indicator_id TEXT NOT NULL ${references('indicators(id)')},
        position INTEGER NOT NULL,
        PRIMARY KEY (event_id, indicator_id)
      )`,
      `CREATE TABLE event_topics (
        event_id TEXT NOT NULL ${references('events(id)')},
        topic TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (event_id, topic)
      )`,
      `CREATE TABLE targets (
        indicator_id TEXT NOT NULL ${references('indicators(id)')},
        region_id TEXT NOT NULL ${references('regions(id)')},
        period TEXT NOT NULL,
        value DOUBLE PRECISION NOT NULL,
        source_id TEXT NOT NULL ${references('sources(id)')},
        note TEXT,
        PRIMARY KEY (indicator_id, region_id, period)
      )`,
      `ALTER TABLE indicators ADD COLUMN published_growth_indicator_id TEXT ${references('indicators(id)')}`,
    ],
  },
];

/**
 * Brings the database up to the latest step, in one transaction: if a step fails, the database is
 * left as it was. Servers that start together wait for one another's transaction, so each step
 * runs once.
 */
export async function migrate(client: SqlClient): Promise<number[]> {
  // A database that has every step needs no writer's lock: a server restarted during a long
  // import starts at once instead of waiting for the import to end.
  if (await hasEveryStep(client)) return [];
  return client.transaction(async (tx) => {
    await tx.run(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    const done = new Set(
      (await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map(
        (row) => row.version,
      ),
    );
    const latest = migrations.at(-1)?.version ?? 0;
    const newer = [...done].filter((version) => version > latest);
    if (newer.length > 0) {
      throw new Error(
        `the database has schema version ${Math.max(...newer)}, newer than this server's ${latest}; run a newer server`,
      );
    }
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.run(statement);
      await migration.afterwards?.(tx);
      await tx.run(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)',
        { version: migration.version, name: migration.name, at: new Date().toISOString() },
      );
      applied.push(migration.version);
    }
    return applied;
  });
}

/** Whether the database has had exactly this server's steps; false if it has none recorded. */
async function hasEveryStep(client: SqlClient): Promise<boolean> {
  let versions: number[];
  try {
    versions = (await client.all<{ version: number }>('SELECT version FROM schema_migrations')).map(
      (row) => row.version,
    );
  } catch {
    return false;
  }
  const known = new Set(migrations.map((migration) => migration.version));
  return versions.length === known.size && versions.every((version) => known.has(version));
}

/**
 * An opaque token that every write to the data changes. Answers and their ETags are made from it,
 * so every server on one database changes its answers when any process imports.
 */
export async function readDataVersion(client: SqlClient): Promise<string> {
  const row = await first<{ token: string }>(client, 'SELECT token FROM data_version');
  if (!row) throw new Error('the database has no data version; was it migrated?');
  return row.token;
}

/** Marks the data as changed; called inside the transaction that changes it. */
export async function changeDataVersion(client: SqlClient): Promise<void> {
  await client.run('UPDATE data_version SET token = @token', { token: randomUUID() });
}
