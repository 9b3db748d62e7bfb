import type { Db } from './database';
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

export function readExistingRecords(db: Db): ExistingRecords {
  const ids = (table: 'sources' | 'regions') =>
    new Set((db.prepare(`SELECT id FROM ${table}`).all() as { id: string }[]).map((row) => row.id));
  const indicators = db
    .prepare('SELECT id, unit, frequency, measure FROM indicators')
    .all() as (IndicatorTerms & { id: string })[];
  const observation = db.prepare(
    'SELECT 1 FROM observations WHERE indicator_id = ? AND region_id = ? AND period = ?',
  );
  return {
    sources: ids('sources'),
    regions: ids('regions'),
    indicators: new Map(indicators.map(({ id, ...terms }) => [id, terms])),
    hasObservation: (indicatorId, regionId, period) =>
      observation.get(indicatorId, regionId, period) !== undefined,
  };
}
