import type { Region, Source } from '../src/contract/schemas';
import { insertRows, type OnConflict, tables } from './insert-statements';
import { changeDataVersion } from './sql/migrations';
import { first, type SqlClient } from './sql/sql-client';
import {
  type IndicatorFields,
  indicatorRow,
  type ObservationRow,
  regionRow,
  type SeriesBasisRow,
  sourceRow,
} from './table-rows';

/** Everything an import (or the seeding) adds, each list in the order of its files and rows. */
export interface ImportRecords {
  sources: Source[];
  regions: Region[];
  indicators: IndicatorFields[];
  seriesBases?: SeriesBasisRow[];
  observations: ObservationRow[];
}

/** The position after the last one, so that rows added now are listed after those already there. */
async function nextPosition(db: SqlClient, table: 'indicators' | 'regions'): Promise<number> {
  const row = await first<{ next: number }>(
    db,
    `SELECT CAST(coalesce(max(position), -1) + 1 AS INTEGER) AS next FROM ${table}`,
  );
  return row?.next ?? 0;
}

/**
 * The last step of the import: writes every record in one transaction, and changes the data
 * version with them. If any statement throws, none of the rows stays, so the import is all or
 * nothing. References are checked when the transaction commits, when every row is in, so a region
 * may come before its parent in the files.
 */
export async function writeRecords(
  db: SqlClient,
  records: ImportRecords,
  onConflict: OnConflict,
): Promise<void> {
  await db.transaction(async (tx) => {
    await writeRecordsIn(tx, records, onConflict);
    await changeDataVersion(tx);
  });
}

/**
 * The same, inside a transaction the caller has begun, which must also change the data version
 * before it commits.
 */
export async function writeRecordsIn(
  tx: SqlClient,
  records: ImportRecords,
  onConflict: OnConflict,
): Promise<void> {
  await insertRows(tx, tables.sources, records.sources.map(sourceRow), onConflict);
  const firstRegion = await nextPosition(tx, 'regions');
  await insertRows(
    tx,
    tables.regions,
    records.regions.map((region, index) => regionRow(region, firstRegion + index)),
    onConflict,
  );
  const firstIndicator = await nextPosition(tx, 'indicators');
  await insertRows(
    tx,
    tables.indicators,
    records.indicators.map((indicator, index) => indicatorRow(indicator, firstIndicator + index)),
    onConflict,
  );
  await insertRows(tx, tables.seriesBases, records.seriesBases ?? [], onConflict);
  await insertRows(tx, tables.observations, records.observations, onConflict);
}
