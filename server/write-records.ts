import type { Region, Source } from '../src/contract/schemas';
import type { Db } from './database';
import { type OnConflict, prepareInsertStatements } from './insert-statements';
import {
  type IndicatorFields,
  indicatorRow,
  type ObservationRow,
  regionRow,
  sourceRow,
} from './table-rows';

/** Everything an import adds, each list in the order of its files and rows. */
export interface ImportRecords {
  sources: Source[];
  regions: Region[];
  indicators: IndicatorFields[];
  observations: ObservationRow[];
}

/** The position after the last one, so that rows added now are listed after those already there. */
function nextPosition(db: Db, table: 'indicators' | 'regions'): number {
  const row = db.prepare(`SELECT coalesce(max(position), -1) + 1 AS next FROM ${table}`).get() as {
    next: number;
  };
  return row.next;
}

/**
 * The last step of the import: writes every record in one transaction. If any statement throws,
 * none of the rows stays, so the import is all or nothing. Sources, regions and indicators go in
 * first, because observations refer to them.
 */
export function writeRecords(db: Db, records: ImportRecords, onConflict: OnConflict): void {
  db.transaction(() => {
    // A region may come before its parent in the files: the references are checked when the
    // transaction commits, when every region of the import is in (SQLite ends this by itself
    // with the transaction).
    db.pragma('defer_foreign_keys = ON');
    const insert = prepareInsertStatements(db, onConflict);
    for (const source of records.sources) insert.source.run(sourceRow(source));
    const firstRegion = nextPosition(db, 'regions');
    records.regions.forEach((region, index) => {
      insert.region.run(regionRow(region, firstRegion + index));
    });
    const firstIndicator = nextPosition(db, 'indicators');
    records.indicators.forEach((indicator, index) => {
      insert.indicator.run(indicatorRow(indicator, firstIndicator + index));
    });
    for (const observation of records.observations) insert.observation.run(observation);
  })();
}
