import type { SqlClient, SqlValue } from './sql/sql-client';
import type {
  EventIndicatorRow,
  EventRegionRow,
  EventRow,
  EventTopicRow,
  IndicatorRow,
  ObservationRow,
  RegionRow,
  SeriesBasisRow,
  SourceRow,
  TargetRow,
} from './table-rows';

/**
 * How rows are added to the database. The seeding and the CSV import both write through
 * insertRows, so each table's columns and key are listed once, here. Rows go in many to a
 * statement, which saves a round trip per row on PostgreSQL; their values are bound, never spliced
 * into SQL text.
 */

interface Table<Row> {
  name: string;
  columns: readonly (keyof Row & string)[];
  key: readonly (keyof Row & string)[];
  /** Columns a replacing row leaves as they were: a region keeps its place in the lists. */
  kept?: readonly (keyof Row & string)[];
}

export interface Tables {
  sources: Table<SourceRow>;
  indicators: Table<IndicatorRow>;
  regions: Table<RegionRow>;
  seriesBases: Table<SeriesBasisRow>;
  observations: Table<ObservationRow>;
  targets: Table<TargetRow>;
  events: Table<EventRow>;
  eventRegions: Table<EventRegionRow>;
  eventIndicators: Table<EventIndicatorRow>;
  eventTopics: Table<EventTopicRow>;
}

export const tables: Tables = {
  sources: {
    name: 'sources',
    columns: ['id', 'publisher', 'title', 'date', 'url', 'note'],
    key: ['id'],
  },
  indicators: {
    name: 'indicators',
    columns: [
      'id',
      'position',
      'name_en',
      'name_zh',
      'description_en',
      'description_zh',
      'unit',
      'measure',
      'direction',
      'frequency',
      'topic',
      'published_growth_indicator_id',
    ],
    key: ['id'],
    kept: ['position'],
  },
  regions: {
    name: 'regions',
    columns: ['id', 'position', 'name_en', 'name_zh', 'level', 'parent_id'],
    key: ['id'],
    kept: ['position'],
  },
  seriesBases: {
    name: 'series_bases',
    columns: ['indicator_id', 'region_id', 'basis_en', 'basis_zh'],
    key: ['indicator_id', 'region_id'],
  },
  observations: {
    name: 'observations',
    columns: [
      'indicator_id',
      'region_id',
      'period',
      'year',
      'starts_at',
      'value',
      'status',
      'source_id',
      'note',
    ],
    key: ['indicator_id', 'region_id', 'period'],
  },
  targets: {
    name: 'targets',
    columns: ['indicator_id', 'region_id', 'period', 'value', 'source_id', 'note'],
    key: ['indicator_id', 'region_id', 'period'],
  },
  events: {
    name: 'events',
    columns: [
      'id',
      'date',
      'year',
      'title_en',
      'title_zh',
      'description_en',
      'description_zh',
      'source_id',
    ],
    key: ['id'],
  },
  eventRegions: {
    name: 'event_regions',
    columns: ['event_id', 'region_id', 'position'],
    key: ['event_id', 'region_id'],
  },
  eventIndicators: {
    name: 'event_indicators',
    columns: ['event_id', 'indicator_id', 'position'],
    key: ['event_id', 'indicator_id'],
  },
  eventTopics: {
    name: 'event_topics',
    columns: ['event_id', 'topic', 'position'],
    key: ['event_id', 'topic'],
  },
};

/**
 * What to do with a row whose key is already in its table: "fail" makes the statement throw, which
 * rolls back the transaction around it; "replace" overwrites the row that was there.
 */
export type OnConflict = 'fail' | 'replace';

/** Both engines bind at least 32,766 parameters a statement; this stays well below. */
const parametersPerStatement = 8_000;

export async function insertRows<Row extends object>(
  db: SqlClient,
  table: Table<Row>,
  rows: readonly Row[],
  onConflict: OnConflict,
): Promise<void> {
  const columns = table.columns;
  const updated = columns.filter(
    (column) => !table.key.includes(column) && !table.kept?.includes(column),
  );
  // An upsert, in the syntax both engines share, overwrites a replaced row in place.
  const conflict =
    onConflict === 'replace'
      ? ` ON CONFLICT (${table.key.join(', ')}) DO UPDATE SET ${updated
          .map((column) => `${column} = excluded.${column}`)
          .join(', ')}`
      : '';
  const perStatement = Math.max(1, Math.floor(parametersPerStatement / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const params: Record<string, SqlValue> = {};
    const tuples = batch.map((row, index) => {
      const names = columns.map((column) => {
        const name = `${column}_${index}`;
        params[name] = (row as Record<string, SqlValue>)[column] ?? null;
        return `@${name}`;
      });
      return `(${names.join(', ')})`;
    });
    await db.run(
      `INSERT INTO ${table.name} (${columns.join(', ')}) VALUES ${tuples.join(', ')}${conflict}`,
      params,
    );
  }
}
