import Database from 'better-sqlite3';
import type { Catalog } from '../fixtures/catalog';

/**
 * The reference server's SQLite database: the schema, and seeding from the fixtures. Every query
 * in the server binds its parameters; no value is ever spliced into SQL text.
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

export function isEmpty(db: Db): boolean {
  const row = db.prepare('SELECT count(*) AS n FROM indicators').get() as { n: number };
  return row.n === 0;
}

/** Fills an empty database from a catalogue: everything, or only indicators, regions and sources. */
export function seed(db: Db, catalog: Catalog, mode: SeedMode): void {
  if (mode === 'none') return;
  const insertSource = db.prepare(
    'INSERT INTO sources (id, publisher, title, date, url, note) VALUES (@id, @publisher, @title, @date, @url, @note)',
  );
  const insertIndicator = db.prepare(`INSERT INTO indicators
    (id, position, name_en, name_zh, description_en, description_zh, unit, measure, direction, frequency, topic)
    VALUES (@id, @position, @name_en, @name_zh, @description_en, @description_zh, @unit, @measure, @direction, @frequency, @topic)`);
  const insertRegion = db.prepare(
    'INSERT INTO regions (id, position, name_en, name_zh, level, parent_id) VALUES (@id, @position, @name_en, @name_zh, @level, @parent_id)',
  );
  const insertBasis = db.prepare(
    'INSERT INTO series_bases (indicator_id, region_id, basis_en, basis_zh) VALUES (?, ?, ?, ?)',
  );
  const insertObservation = db.prepare(`INSERT INTO observations
    (indicator_id, region_id, period, year, value, status, source_id, note)
    VALUES (@indicator_id, @region_id, @period, @year, @value, @status, @source_id, @note)`);

  db.transaction(() => {
    const sources = new Map(
      catalog.indicators.flatMap((indicator) =>
        indicator.sources.map((source) => [source.id, source]),
      ),
    );
    for (const source of sources.values()) {
      insertSource.run({
        id: source.id,
        publisher: source.publisher,
        title: source.title ?? null,
        date: source.date ?? null,
        url: source.url ?? null,
        note: source.note ?? null,
      });
    }
    // Parents before children, for the foreign key.
    const regions = [...catalog.regions].sort(
      (a, b) => Number(a.parentId !== null) - Number(b.parentId !== null),
    );
    for (const region of regions) {
      insertRegion.run({
        id: region.id,
        position: catalog.regions.indexOf(region),
        name_en: region.name.en,
        name_zh: region.name.zh,
        level: region.level,
        parent_id: region.parentId,
      });
    }
    catalog.indicators.forEach((indicator, position) => {
      insertIndicator.run({
        id: indicator.id,
        position,
        name_en: indicator.name.en,
        name_zh: indicator.name.zh,
        description_en: indicator.description.en,
        description_zh: indicator.description.zh,
        unit: indicator.unit,
        measure: indicator.measure,
        direction: indicator.direction,
        frequency: indicator.frequency,
        topic: indicator.topic,
      });
    });
    for (const series of catalog.series) {
      if (series.basis)
        insertBasis.run(series.indicatorId, series.regionId, series.basis.en, series.basis.zh);
    }
    if (mode === 'catalog') return;
    for (const series of catalog.series) {
      for (const point of series.points) {
        insertObservation.run({
          indicator_id: series.indicatorId,
          region_id: series.regionId,
          period: point.period,
          year: Number(point.period.slice(0, 4)),
          value: point.value,
          status: point.status,
          source_id: point.sourceId,
          note: point.note ?? null,
        });
      }
    }
  })();
}
