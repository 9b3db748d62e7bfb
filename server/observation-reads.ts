import type { ObservationsQuery } from '../src/contract/observations-query';
import type { Point, Series } from '../src/contract/schemas';
import { first, listParams, type SqlClient } from './sql/sql-client';
import { type ObservationRow, periodStartMinute } from './table-rows';

/**
 * Reads the observations out of the database: the series a query selects, whole or thinned by
 * min-max sampling in SQL, and the data file's points in pages. The SQL is the one SQLite and
 * PostgreSQL both speak, with bound parameters only. The catalogue and the events are read in
 * repository.ts.
 */

/** The largest number both engines' INTEGER holds: the bound of a window left open. */
const open = 2_147_483_647;

type PointRow = Pick<ObservationRow, 'period' | 'value' | 'status' | 'source_id' | 'note'>;

/**
 * A series' points in a window of years and minutes, every one of them. The minutes are compared
 * as numbers in starts_at, so "2016" and "2016-01-01T00:00" start at the same time, as in the
 * contract's inTimeWindow.
 */
const pointsInWindow = `SELECT period, value, status, source_id, note FROM observations
  WHERE indicator_id = @indicator AND region_id = @region
    AND year >= @fromYear AND year <= @toYear
    AND starts_at >= @startMinute AND starts_at <= @endMinute
  ORDER BY starts_at, period`;

/**
 * The same points thinned by min-max sampling in the database, so that a long series is never read
 * into this process: the rule of src/contract/sampling.ts (minMaxIndices), index for index. It is
 * asked only of a window with more than @maxPoints points, and is given their number, @total.
 * Each point is numbered n from 0 in time order. The inner points (1 to total - 2) fall into
 * @intervals intervals of equal length, where interval i begins at 1 + floor(i * inner /
 * intervals); so point n is in interval floor((n * intervals - 1) / inner). A point is kept if it
 * is an end, the first or last with a value, or the lowest, the highest or the first gap of its
 * interval (ties go to the earliest). No step sorts the window by value, nor joins it to
 * itself: each interval's lowest and highest come from one pass over the window, and the earliest
 * point that has them from one aggregate, so a million points take a few scans. The scans carry
 * only each point's start, period and value; the kept points' other columns are read at the end.
 * The arithmetic is in BIGINT: n times the intervals passes 2^31 on a long series with a large
 * maxPoints, which PostgreSQL's INTEGER would refuse. The division must be of integers: SQLite binds a
 * JavaScript number as a real, hence the CASTs.
 */
const thinnedPointsInWindow = `WITH numbered AS (
    SELECT starts_at, period, value, row_number() OVER (ORDER BY starts_at, period) - 1 AS n
    FROM observations
    WHERE indicator_id = @indicator AND region_id = @region
      AND year >= @fromYear AND year <= @toYear
      AND starts_at >= @startMinute AND starts_at <= @endMinute
  ),
  bucketed AS (
    SELECT n, value,
      CASE WHEN n >= 1 AND n <= CAST(@total AS BIGINT) - 2
        THEN (n * CAST(@intervals AS BIGINT) - 1) / (CAST(@total AS BIGINT) - 2) END AS bucket
    FROM numbered
  ),
  bounded AS (
    SELECT n, value, bucket,
      min(value) OVER (PARTITION BY bucket) AS low,
      max(value) OVER (PARTITION BY bucket) AS high
    FROM bucketed WHERE bucket IS NOT NULL
  ),
  extremes AS (
    SELECT min(CASE WHEN value = low THEN n END) AS low_n,
      min(CASE WHEN value = high THEN n END) AS high_n,
      min(CASE WHEN value IS NULL THEN n END) AS gap_n
    FROM bounded GROUP BY bucket
  ),
  kept AS (
    SELECT low_n AS n FROM extremes WHERE low_n IS NOT NULL
    UNION SELECT high_n FROM extremes WHERE high_n IS NOT NULL
    UNION SELECT gap_n FROM extremes WHERE gap_n IS NOT NULL
    UNION SELECT coalesce(min(n), CAST(@total AS BIGINT) - 1) FROM numbered WHERE value IS NOT NULL
    UNION SELECT coalesce(max(n), 0) FROM numbered WHERE value IS NOT NULL
    UNION SELECT 0
    UNION SELECT CAST(@total AS BIGINT) - 1
  )
  SELECT period, value, status, source_id, note FROM observations
  WHERE indicator_id = @indicator AND region_id = @region
    AND (starts_at, period) IN (SELECT starts_at, period FROM numbered WHERE n IN (SELECT n FROM kept))
  ORDER BY starts_at, period`;

function toPoint(row: PointRow): Point {
  return {
    period: row.period,
    value: row.value,
    status: row.status,
    sourceId: row.source_id,
    ...(row.note ? { note: row.note } : {}),
  };
}

/** The regions that have data for any of the indicators, in the regions' order. */
async function regionsWithData(db: SqlClient, indicatorIds: readonly string[]): Promise<string[]> {
  const { placeholders, params } = listParams('indicator', indicatorIds);
  const rows = await db.all<{ region_id: string }>(
    `SELECT o.region_id FROM observations o JOIN regions r ON r.id = o.region_id
      WHERE o.indicator_id IN (${placeholders}) GROUP BY o.region_id ORDER BY min(r.position)`,
    params,
  );
  return rows.map((row) => row.region_id);
}

/** The bounds of a query's years and minutes, as the statements below bind them. */
function queryWindow(query: ObservationsQuery) {
  return {
    fromYear: query.fromYear ?? -open,
    toYear: query.toYear ?? open,
    startMinute: query.start === undefined ? -open : periodStartMinute(query.start),
    endMinute: query.end === undefined ? open : periodStartMinute(query.end),
  };
}

const countInWindow = `SELECT CAST(count(*) AS INTEGER) AS total FROM observations
  WHERE indicator_id = @indicator AND region_id = @region
    AND year >= @fromYear AND year <= @toYear
    AND starts_at >= @startMinute AND starts_at <= @endMinute`;

/**
 * The indicator and region pairs a query selects, in the order the series are answered: every pair
 * of the regions asked for, or, without a region filter, only the pairs that have data, as the mock
 * does.
 */
async function seriesPairs(
  db: SqlClient,
  query: ObservationsQuery,
): Promise<{ indicator: string; region: string }[]> {
  const explicit = query.regionIds.length > 0;
  const regionIds = explicit ? query.regionIds : await regionsWithData(db, query.indicatorIds);
  const pairs: { indicator: string; region: string }[] = [];
  for (const indicator of query.indicatorIds) {
    for (const region of regionIds) {
      const pair = { indicator, region };
      if (
        explicit ||
        (await first(
          db,
          'SELECT 1 AS one FROM observations WHERE indicator_id = @indicator AND region_id = @region LIMIT 1',
          pair,
        ))
      )
        pairs.push(pair);
    }
  }
  return pairs;
}

export async function findSeries(db: SqlClient, query: ObservationsQuery): Promise<Series[]> {
  const window = queryWindow(query);
  const result: Series[] = [];
  for (const pair of await seriesPairs(db, query)) {
    const { indicator: indicatorId, region: regionId } = pair;
    const basis = await first<{ basis_en: string; basis_zh: string }>(
      db,
      'SELECT basis_en, basis_zh FROM series_bases WHERE indicator_id = @indicator AND region_id = @region',
      pair,
    );
    const params = { ...pair, ...window };
    const counted = await first<{ total: number }>(db, countInWindow, params);
    const total = counted?.total ?? 0;
    const rows =
      query.maxPoints === undefined || total <= query.maxPoints
        ? await db.all<PointRow>(pointsInWindow, params)
        : await db.all<PointRow>(thinnedPointsInWindow, {
            ...params,
            total,
            // As in minMaxIndices: up to three points an interval, four more for the ends.
            intervals: Math.max(1, Math.floor((query.maxPoints - 4) / 3)),
          });
    result.push({
      indicatorId,
      regionId,
      ...(basis ? { basis: { en: basis.basis_en, zh: basis.basis_zh } } : {}),
      ...(total > rows.length
        ? { sampling: { method: 'min-max' as const, pointCount: total } }
        : {}),
      points: rows.map(toPoint),
    });
  }
  return result;
}

/** The points of a page of the data file: this many rows are read from the database at a time. */
const defaultPageRows = 5_000;

const pageOfPoints = `SELECT period, value, status, source_id, note, starts_at FROM observations
  WHERE indicator_id = @indicator AND region_id = @region
    AND year >= @fromYear AND year <= @toYear
    AND starts_at >= @startMinute AND starts_at <= @endMinute
    AND (starts_at > @afterStart OR (starts_at = @afterStart AND period > @afterPeriod))
  ORDER BY starts_at, period LIMIT @limit`;

/**
 * Every point a query selects, for the data file, with their number first: the number of points of
 * each indicator and region, then pages of points, each read after the last one's start and
 * period, so that a million points are never held at once.
 */
export async function observationPages(
  db: SqlClient,
  query: ObservationsQuery,
  pageRows = defaultPageRows,
): Promise<{
  total: number;
  pages: () => AsyncGenerator<{ indicatorId: string; regionId: string; points: Point[] }>;
}> {
  const window = queryWindow(query);
  const series: { indicatorId: string; regionId: string; total: number }[] = [];
  for (const pair of await seriesPairs(db, query)) {
    const counted = await first<{ total: number }>(db, countInWindow, { ...pair, ...window });
    if (counted && counted.total > 0)
      series.push({ indicatorId: pair.indicator, regionId: pair.region, total: counted.total });
  }
  return {
    total: series.reduce((sum, entry) => sum + entry.total, 0),
    async *pages() {
      for (const { indicatorId, regionId } of series) {
        let after = { afterStart: -open, afterPeriod: '' };
        for (;;) {
          const rows = await db.all<PointRow & { starts_at: number }>(pageOfPoints, {
            indicator: indicatorId,
            region: regionId,
            ...window,
            ...after,
            limit: pageRows,
          });
          if (rows.length > 0) yield { indicatorId, regionId, points: rows.map(toPoint) };
          const last = rows.at(-1);
          if (!last || rows.length < pageRows) break;
          after = { afterStart: last.starts_at, afterPeriod: last.period };
        }
      }
    },
  };
}
