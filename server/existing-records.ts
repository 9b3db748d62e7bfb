import type { SqlClient } from './sql/sql-client';
import type { IndicatorRow } from './table-rows';

/** What an observation must agree with in its indicator. */
export type IndicatorTerms = Pick<IndicatorRow, 'unit' | 'frequency' | 'measure'>;

/** What the database holds already, for the cross-check to compare an import with. */
export interface ExistingRecords {
  sources: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  indicators: ReadonlyMap<string, IndicatorTerms>;
  hasObservation: (indicatorId: string, regionId: string, period: string) => boolean;
}

/** An observation's key: its indicator, region and period. */
export interface ObservationKey {
  indicator_id: string;
  region_id: string;
  period: string;
}

const keyOf = (key: ObservationKey) => `${key.indicator_id}|${key.region_id}|${key.period}`;

/** Keys looked up a statement; each takes three parameters. */
const keysPerStatement = 2_000;

/**
 * Reads the ids the database has, and which of the observations the import brings it has already:
 * those are looked up many to a statement, rather than one round trip a row.
 */
export async function readExistingRecords(
  db: SqlClient,
  observations: readonly ObservationKey[],
): Promise<ExistingRecords> {
  const ids = async (table: 'sources' | 'regions') =>
    new Set((await db.all<{ id: string }>(`SELECT id FROM ${table}`)).map((row) => row.id));
  const indicators = await db.all<IndicatorTerms & { id: string }>(
    'SELECT id, unit, frequency, measure FROM indicators',
  );
  const stored = new Set<string>();
  for (let start = 0; start < observations.length; start += keysPerStatement) {
    const params: Record<string, string> = {};
    const tuples = observations.slice(start, start + keysPerStatement).map((key, index) => {
      params[`i${index}`] = key.indicator_id;
      params[`r${index}`] = key.region_id;
      params[`p${index}`] = key.period;
      return `(@i${index}, @r${index}, @p${index})`;
    });
    const found = await db.all<ObservationKey>(
      `SELECT indicator_id, region_id, period FROM observations
        WHERE (indicator_id, region_id, period) IN (VALUES ${tuples.join(', ')})`,
      params,
    );
    for (const key of found) stored.add(keyOf(key));
  }
  return {
    sources: await ids('sources'),
    regions: await ids('regions'),
    indicators: new Map(indicators.map(({ id, ...terms }) => [id, terms])),
    hasObservation: (indicator_id, region_id, period) =>
      stored.has(keyOf({ indicator_id, region_id, period })),
  };
}
