import type { SqlClient } from './sql/sql-client';
import type { IndicatorRow } from './table-rows';

/** What an observation must agree with in its indicator. */
export type IndicatorTerms = Pick<IndicatorRow, 'unit' | 'frequency' | 'measure'>;

/**
 * The sources, regions, indicators and events the database holds already, and the keys of its
 * targets (see keyOf), to check an import against.
 */
export interface ExistingRecords {
  sources: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  indicators: ReadonlyMap<string, IndicatorTerms>;
  events: ReadonlySet<string>;
  targets: ReadonlySet<string>;
}

export async function readExistingRecords(db: SqlClient): Promise<ExistingRecords> {
  const ids = async (table: 'sources' | 'regions' | 'events') =>
    new Set((await db.all<{ id: string }>(`SELECT id FROM ${table}`)).map((row) => row.id));
  const indicators = await db.all<IndicatorTerms & { id: string }>(
    'SELECT id, unit, frequency, measure FROM indicators',
  );
  const targets = await db.all<ObservationKey>(
    'SELECT indicator_id, region_id, period FROM targets',
  );
  return {
    sources: await ids('sources'),
    regions: await ids('regions'),
    indicators: new Map(indicators.map(({ id, ...terms }) => [id, terms])),
    events: await ids('events'),
    targets: new Set(targets.map(keyOf)),
  };
}

/** An observation's key, and a target's: its indicator, region and period. */
export interface ObservationKey {
  indicator_id: string;
  region_id: string;
  period: string;
}

export const keyOf = (key: ObservationKey) => `${key.indicator_id}|${key.region_id}|${key.period}`;

/**
 * The rows of a table keyed by observation keys (observations, or the import's own list of keys)
 * that have one of the keys given, with the other columns asked for. They are looked up many to a
 * statement: a round trip a key would cost a million round trips for a million rows.
 */
export async function rowsWithKeys<Row extends ObservationKey>(
  db: SqlClient,
  table: string,
  columns: readonly string[],
  keys: readonly ObservationKey[],
): Promise<Row[]> {
  if (keys.length === 0) return [];
  const params: Record<string, string> = {};
  const tuples = keys.map((key, index) => {
    params[`i${index}`] = key.indicator_id;
    params[`r${index}`] = key.region_id;
    params[`p${index}`] = key.period;
    return `(@i${index}, @r${index}, @p${index})`;
  });
  return db.all<Row>(
    `SELECT ${['indicator_id', 'region_id', 'period', ...columns].join(', ')} FROM ${table}
      WHERE (indicator_id, region_id, period) IN (VALUES ${tuples.join(', ')})`,
    params,
  );
}
