import type Database from 'better-sqlite3';
import type {
  IndicatorRow,
  ObservationRow,
  RegionRow,
  SeriesBasisRow,
  SourceRow,
} from './table-rows';

/**
 * The statements that add rows to the database. The seeding and the CSV import both write through
 * these, so each table's columns are listed once. A statement takes a whole row and binds it by
 * column name; no value is ever spliced into SQL text.
 */

export interface InsertStatements {
  source: Database.Statement<[SourceRow]>;
  indicator: Database.Statement<[IndicatorRow]>;
  region: Database.Statement<[RegionRow]>;
  seriesBasis: Database.Statement<[SeriesBasisRow]>;
  observation: Database.Statement<[ObservationRow]>;
}

/**
 * What to do with a row whose key is already in its table: "fail" makes the statement throw, which
 * rolls back the transaction around it; "replace" overwrites the row that was there.
 */
export type OnConflict = 'fail' | 'replace';

export function prepareInsertStatements(
  db: Database.Database,
  onConflict: OnConflict,
): InsertStatements {
  const insert = onConflict === 'replace' ? 'INSERT OR REPLACE' : 'INSERT';
  return {
    source: db.prepare(`${insert} INTO sources (id, publisher, title, date, url, note)
      VALUES (@id, @publisher, @title, @date, @url, @note)`),
    indicator: db.prepare(`${insert} INTO indicators
      (id, position, name_en, name_zh, description_en, description_zh, unit, measure, direction, frequency, topic)
      VALUES (@id, @position, @name_en, @name_zh, @description_en, @description_zh, @unit, @measure, @direction, @frequency, @topic)`),
    region: db.prepare(`${insert} INTO regions (id, position, name_en, name_zh, level, parent_id)
      VALUES (@id, @position, @name_en, @name_zh, @level, @parent_id)`),
    seriesBasis:
      db.prepare(`${insert} INTO series_bases (indicator_id, region_id, basis_en, basis_zh)
      VALUES (@indicator_id, @region_id, @basis_en, @basis_zh)`),
    observation: db.prepare(`${insert} INTO observations
      (indicator_id, region_id, period, year, value, status, source_id, note)
      VALUES (@indicator_id, @region_id, @period, @year, @value, @status, @source_id, @note)`),
  };
}
