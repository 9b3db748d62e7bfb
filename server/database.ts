import Database from 'better-sqlite3';
import type { Catalog } from '../fixtures/catalog';
import { prepareInsertStatements } from './insert-statements';
import { indicatorRow, observationRow, regionRow, sourceRow } from './table-rows';

/**
 * The reference server's SQLite database: the schema, and seeding from the fixtures. Every query
 * in the server binds its parameters; no value is ever spliced into SQL text. The statements that
 * add rows are in insert-statements.ts, shared with the CSV import.
 */

export type Db = Database.Database;

const schema = `
CREATE TABLE IF NOT EXISTS sources (
  id TEXT PRIMARY KEY,
  publisher TEXT NOT NULL,
  title TEXT,
  date TEXT,
  url TEXT,
  note TEXT
);
CREATE TABLE IF NOT EXISTS indicators (
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
);
CREATE TABLE IF NOT EXISTS regions (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  name_en TEXT NOT NULL,
  name_zh TEXT NOT NULL,
  level TEXT NOT NULL,
  parent_id TEXT REFERENCES regions(id)
);
CREATE TABLE IF NOT EXISTS series_bases (
  indicator_id TEXT NOT NULL REFERENCES indicators(id),
  region_id TEXT NOT NULL REFERENCES regions(id),
  basis_en TEXT NOT NULL,
  basis_zh TEXT NOT NULL,
  PRIMARY KEY (indicator_id, region_id)
);
CREATE TABLE IF NOT EXISTS observations (
  indicator_id TEXT NOT NULL REFERENCES indicators(id),
  region_id TEXT NOT NULL REFERENCES regions(id),
  period TEXT NOT NULL,
  year INTEGER NOT NULL,
  value REAL,
  status TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES sources(id),
  note TEXT,
  PRIMARY KEY (indicator_id, region_id, period)
);
`;

export type SeedMode = 'all' | 'catalog' | 'none';

export function openDatabase(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(schema);
  return db;
}

/** Whether the database answers a query, for the health check. */
export function databaseAnswers(db: Db): boolean {
  try {
    return db.prepare('SELECT 1 AS one').get() !== undefined;
  } catch {
    return false;
  }
}

export function isEmpty(db: Db): boolean {
  const row = db.prepare('SELECT count(*) AS n FROM indicators').get() as { n: number };
  return row.n === 0;
}

/** Fills an empty database from a catalogue: everything, or only indicators, regions and sources. */
export function seed(db: Db, catalog: Catalog, mode: SeedMode): void {
  if (mode === 'none') return;
  const insert = prepareInsertStatements(db, 'fail');
  db.transaction(() => {
    // Indicators list their sources, and several indicators cite the same one: store it once.
    const sources = new Map(
      catalog.indicators.flatMap((indicator) =>
        indicator.sources.map((source) => [source.id, source]),
      ),
    );
    for (const source of sources.values()) insert.source.run(sourceRow(source));
    // Parents go in before their children, because a region's parent_id must name a stored region.
    const regions = [...catalog.regions].sort(
      (a, b) => Number(a.parentId !== null) - Number(b.parentId !== null),
    );
    for (const region of regions) {
      insert.region.run(regionRow(region, catalog.regions.indexOf(region)));
    }
    catalog.indicators.forEach((indicator, position) => {
      insert.indicator.run(indicatorRow(indicator, position));
    });
    for (const series of catalog.series) {
      if (series.basis) {
        insert.seriesBasis.run({
          indicator_id: series.indicatorId,
          region_id: series.regionId,
          basis_en: series.basis.en,
          basis_zh: series.basis.zh,
        });
      }
    }
    if (mode === 'catalog') return;
    for (const series of catalog.series) {
      for (const point of series.points) {
        insert.observation.run(observationRow(series.indicatorId, series.regionId, point));
      }
    }
  })();
}
