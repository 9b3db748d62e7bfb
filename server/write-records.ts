import type { PolicyEvent, Region, Source } from '../src/contract/schemas';
import { insertRows, type OnConflict, tables } from './insert-statements';
import { changeDataVersion } from './sql/migrations';
import { first, listParams, type SqlClient } from './sql/sql-client';
import {
  eventRows,
  type IndicatorFields,
  indicatorRow,
  type ObservationRow,
  regionRow,
  type SeriesBasisRow,
  sourceRow,
  type TargetRow,
} from './table-rows';

/** Everything an import (or the seeding) adds, each list in the order of its files and rows. */
export interface ImportRecords {
  sources: Source[];
  regions: Region[];
  indicators: IndicatorFields[];
  seriesBases?: SeriesBasisRow[];
  targets: TargetRow[];
  events: PolicyEvent[];
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
  await insertRows(tx, tables.targets, records.targets, onConflict);
  await writeEvents(tx, records.events, onConflict);
  await insertRows(tx, tables.observations, records.observations, onConflict);
}

/** Events whose concerns are dropped at a time, well within what a statement may bind. */
const eventsPerDelete = 1_000;

async function writeEvents(
  tx: SqlClient,
  events: readonly PolicyEvent[],
  onConflict: OnConflict,
): Promise<void> {
  const rows = events.map(eventRows);
  await insertRows(
    tx,
    tables.events,
    rows.map((row) => row.event),
    onConflict,
  );
  // A replaced event concerns what its new row lists, and nothing that its old one listed.
  if (onConflict === 'replace') {
    for (let start = 0; start < events.length; start += eventsPerDelete) {
      const ids = events.slice(start, start + eventsPerDelete).map((event) => event.id);
      const { placeholders, params } = listParams('event', ids);
      for (const table of [tables.eventRegions, tables.eventIndicators, tables.eventTopics]) {
        await tx.run(`DELETE FROM ${table.name} WHERE event_id IN (${placeholders})`, params);
      }
    }
  }
  await insertRows(
    tx,
    tables.eventRegions,
    rows.flatMap((row) => row.regions),
    onConflict,
  );
  await insertRows(
    tx,
    tables.eventIndicators,
    rows.flatMap((row) => row.indicators),
    onConflict,
  );
  await insertRows(
    tx,
    tables.eventTopics,
    rows.flatMap((row) => row.topics),
    onConflict,
  );
}
