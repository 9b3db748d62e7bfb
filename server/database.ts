import type { Catalog } from '../fixtures/catalog';
import { changeDataVersion, migrate } from './sql/migrations';
import { isPostgresUrl, openPostgres } from './sql/postgres-client';
import type { SqlClient } from './sql/sql-client';
import { openSqlite } from './sql/sqlite-client';
import { observationRow, targetRow } from './table-rows';
import { writeRecordsIn } from './write-records';

/**
 * The reference server's database: opening it on either engine, and seeding it from the fixtures.
 * A postgres:// or postgresql:// URL is a PostgreSQL database; anything else is a SQLite file (or
 * ":memory:"). Either way the schema is brought up to date before anything else reads it.
 */

export type Db = SqlClient;

export type SeedMode = 'all' | 'catalog' | 'none';

export async function openDatabase(location: string): Promise<Db> {
  const db = isPostgresUrl(location) ? await openPostgres(location) : openSqlite(location);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** Whether the database answers a query, for the health check. */
export async function databaseAnswers(db: Db): Promise<boolean> {
  try {
    return (await db.all('SELECT 1 AS one')).length === 1;
  } catch {
    return false;
  }
}

export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.all('SELECT id FROM indicators LIMIT 1')).length === 0;
}

/**
 * Fills the database from a catalogue if it is empty: everything, or only indicators (with their
 * targets), regions and sources, without observations or events. It writes as an import does, in
 * one transaction, and says whether it did. Of several servers that start together on a new
 * database, the first seeds it; the others find it full.
 */
export async function seed(db: Db, catalog: Catalog, mode: SeedMode): Promise<boolean> {
  // A database with data needs no writer's lock to be found so (see migrate).
  if (mode === 'none' || !(await isEmpty(db))) return false;
  // Indicators and events list their sources, and several of them cite the same one: store it once.
  const sources = new Map(
    [...catalog.indicators.flatMap((indicator) => indicator.sources), ...catalog.eventSources].map(
      (source) => [source.id, source],
    ),
  );
  const records = {
    sources: [...sources.values()],
    regions: [...catalog.regions],
    indicators: [...catalog.indicators],
    targets: catalog.indicators.flatMap((indicator) =>
      indicator.targets.map((target) => targetRow(indicator.id, target)),
    ),
    events: mode === 'catalog' ? [] : [...catalog.events],
    seriesBases: catalog.series.flatMap((series) =>
      series.basis
        ? [
            {
              indicator_id: series.indicatorId,
              region_id: series.regionId,
              basis_en: series.basis.en,
              basis_zh: series.basis.zh,
            },
          ]
        : [],
    ),
    observations:
      mode === 'catalog'
        ? []
        : catalog.series.flatMap((series) =>
            series.points.map((point) =>
              observationRow(series.indicatorId, series.regionId, point),
            ),
          ),
  };
  return db.transaction(async (tx) => {
    if (!(await isEmpty(tx))) return false;
    await writeRecordsIn(tx, records, 'fail');
    await changeDataVersion(tx);
    return true;
  });
}
