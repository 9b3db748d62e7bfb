import { inTimeWindow, type ObservationsQuery } from '../src/contract/observations-query';
import { periodYear } from '../src/contract/periods';
import { sampleMinMax } from '../src/contract/sampling';
import type { Indicator, Region, Series, Source } from '../src/contract/schemas';
import type { Db } from './database';
import type { IndicatorRow, ObservationRow, RegionRow, SourceRow } from './table-rows';

/** Reads the contract's resources out of the database, with bound parameters only. */

function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    publisher: row.publisher,
    ...(row.title ? { title: row.title } : {}),
    ...(row.date ? { date: row.date } : {}),
    ...(row.url ? { url: row.url } : {}),
    ...(row.note ? { note: row.note } : {}),
  };
}

export function listIndicators(db: Db): Indicator[] {
  const rows = db.prepare('SELECT * FROM indicators ORDER BY position, id').all() as IndicatorRow[];
  const sourcesOf = db.prepare(`SELECT s.* FROM sources s WHERE s.id IN (
      SELECT DISTINCT source_id FROM observations WHERE indicator_id = ?) ORDER BY s.id`);
  const regionsOf =
    db.prepare(`SELECT o.region_id FROM observations o JOIN regions r ON r.id = o.region_id
      WHERE o.indicator_id = ? GROUP BY o.region_id ORDER BY min(r.position)`);
  const spanOf = db.prepare(
    'SELECT min(period) AS first, max(period) AS last FROM observations WHERE indicator_id = ?',
  );
  return rows.map((row) => {
    const span = spanOf.get(row.id) as { first: string | null; last: string | null };
    return {
      id: row.id,
      name: { en: row.name_en, zh: row.name_zh },
      description: { en: row.description_en, zh: row.description_zh },
      unit: row.unit,
      measure: row.measure,
      direction: row.direction,
      frequency: row.frequency,
      topic: row.topic,
      regionIds: (regionsOf.all(row.id) as { region_id: string }[]).map(
        (region) => region.region_id,
      ),
      firstPeriod: span.first,
      lastPeriod: span.last,
      sources: (sourcesOf.all(row.id) as SourceRow[]).map(toSource),
    };
  });
}

export function listRegions(db: Db): Region[] {
  const rows = db.prepare('SELECT * FROM regions ORDER BY position, id').all() as RegionRow[];
  return rows.map((row) => ({
    id: row.id,
    name: { en: row.name_en, zh: row.name_zh },
    level: row.level,
    parentId: row.parent_id,
  }));
}

/** Ids among those given that the table does not hold. */
export function unknownIds(
  db: Db,
  table: 'indicators' | 'regions',
  ids: readonly string[],
): string[] {
  const exists = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`);
  return ids.filter((id) => exists.get(id) === undefined);
}

export function findSeries(db: Db, query: ObservationsQuery): Series[] {
  const regionIds =
    query.regionIds.length > 0
      ? query.regionIds
      : (
          db
            .prepare(`SELECT DISTINCT o.region_id FROM observations o JOIN regions r ON r.id = o.region_id
              WHERE o.indicator_id IN (SELECT value FROM json_each(?)) ORDER BY r.position`)
            .all(JSON.stringify(query.indicatorIds)) as { region_id: string }[]
        ).map((row) => row.region_id);
  // A period begins in its own year, so a window also narrows the years read.
  const inWindow = inTimeWindow(query);
  const from = Math.max(query.fromYear ?? -9999, query.start ? periodYear(query.start) : -9999);
  const to = Math.min(query.toYear ?? 9999, query.end ? periodYear(query.end) : 9999);
  const pointsOf = db.prepare(`SELECT * FROM observations
      WHERE indicator_id = @indicator AND region_id = @region AND year >= @from AND year <= @to
      ORDER BY period`);
  const hasAny = db.prepare(
    'SELECT 1 FROM observations WHERE indicator_id = ? AND region_id = ? LIMIT 1',
  );
  const basisOf = db.prepare(
    'SELECT basis_en, basis_zh FROM series_bases WHERE indicator_id = ? AND region_id = ?',
  );

  const result: Series[] = [];
  for (const indicatorId of query.indicatorIds) {
    for (const regionId of regionIds) {
      // Without a region filter, only pairs that have data are listed, as the mock does.
      if (query.regionIds.length === 0 && hasAny.get(indicatorId, regionId) === undefined) continue;
      const rows = (
        pointsOf.all({ indicator: indicatorId, region: regionId, from, to }) as ObservationRow[]
      ).filter((row) => inWindow(row.period));
      const basis = basisOf.get(indicatorId, regionId) as
        | { basis_en: string; basis_zh: string }
        | undefined;
      const { points, sampling } = sampleMinMax(
        rows.map((row) => ({
          period: row.period,
          value: row.value,
          status: row.status,
          sourceId: row.source_id,
          ...(row.note ? { note: row.note } : {}),
        })),
        query.maxPoints ?? rows.length,
      );
      result.push({
        indicatorId,
        regionId,
        ...(basis ? { basis: { en: basis.basis_en, zh: basis.basis_zh } } : {}),
        ...(sampling ? { sampling } : {}),
        points,
      });
    }
  }
  return result;
}
