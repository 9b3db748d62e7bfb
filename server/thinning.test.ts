import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixtures/catalog';
import { inTimeWindow, maxPointsRange } from '../src/contract/observations-query';
import { minutePeriod, msPerMinute } from '../src/contract/periods';
import { sampleMinMax } from '../src/contract/sampling';
import type { Point } from '../src/contract/schemas';
import { engines, testDatabase } from '../tests/setup/databases';
import type { Db } from './database';
import { insertRows, tables } from './insert-statements';
import { findSeries } from './observation-reads';
import { observationRow } from './table-rows';

/**
 * The database thins a long series itself (repository.ts), so that it is never read whole into
 * the server. Its SQL must choose exactly the points that the contract's min-max rule
 * (src/contract/sampling.ts) chooses, which the mock uses: on random series with gaps and ties,
 * random windows and random limits, on both engines.
 */

const indicatorId = 'test-minute-series';
const regionId = 'CN-GZ';
const sourceId = fixtureCatalog.indicators[0]?.sources[0]?.id ?? '';
const origin = Date.UTC(2019, 0, 1);

/** A series of minutes, each a value (with many ties) or a gap. */
const minuteSeries = fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }), {
  maxLength: 120,
});

describe.each(engines)('min-max thinning in %s', (engine) => {
  let db: Db;
  beforeAll(async () => {
    db = await testDatabase(engine, fixtureCatalog, 'catalog');
    // A minute indicator of the test's own, so that its periods are minutes.
    await db.run(
      `INSERT INTO indicators (id, position, name_en, name_zh, description_en, description_zh, unit, measure, direction, frequency, topic)
        SELECT @id, 99, name_en, name_zh, description_en, description_zh, unit, measure, direction, 'minute', topic
        FROM indicators WHERE id = 'poverty-rate'`,
      { id: indicatorId },
    );
  });
  afterAll(() => db.close());

  /** Replaces the test's series with one point a minute of these values; returns its points. */
  const storeSeries = async (values: readonly (number | null)[]): Promise<Point[]> => {
    const points: Point[] = values.map((value, index) => ({
      period: minutePeriod(origin + index * msPerMinute),
      value,
      status: 'reported',
      sourceId,
    }));
    await db.run('DELETE FROM observations WHERE indicator_id = @id', { id: indicatorId });
    await insertRows(
      db,
      tables.observations,
      points.map((point) => observationRow(indicatorId, regionId, point)),
      'fail',
    );
    return points;
  };

  it('stays exact on a series long enough for its arithmetic to pass 2^31', async () => {
    // With maxPoints at its largest, 33,332 intervals: point 64,428 onwards has n * intervals
    // over 2^31, which a 32-bit INTEGER refuses.
    const points = await storeSeries(
      Array.from({ length: maxPointsRange.max + 1 }, (_, index) => (index * 7919) % 1000),
    );
    // As the import does after a large write: the planner must know the table has grown.
    await db.run('ANALYZE observations');
    const [series] = await findSeries(db, {
      indicatorIds: [indicatorId],
      regionIds: [regionId],
      maxPoints: maxPointsRange.max,
    });
    const expected = sampleMinMax(points, maxPointsRange.max);
    expect(series?.sampling).toEqual(expected.sampling);
    expect(series?.points).toEqual(expected.points);
  });

  it('keeps the points the contract’s rule keeps, no more and no fewer', async () => {
    await fc.assert(
      fc.asyncProperty(
        minuteSeries,
        fc.integer({ min: maxPointsRange.min, max: 40 }),
        fc.option(fc.integer({ min: 0, max: 130 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 130 }), { nil: undefined }),
        async (values, maxPoints, startAt, endAt) => {
          const points = await storeSeries(values);
          const window = {
            ...(startAt === undefined
              ? {}
              : { start: minutePeriod(origin + startAt * msPerMinute) }),
            ...(endAt === undefined ? {} : { end: minutePeriod(origin + endAt * msPerMinute) }),
          };
          const [series] = await findSeries(db, {
            indicatorIds: [indicatorId],
            regionIds: [regionId],
            maxPoints,
            ...window,
          });
          const expected = sampleMinMax(
            points.filter((point) => inTimeWindow(window)(point.period)),
            maxPoints,
          );
          expect(series?.points).toEqual(expected.points);
          expect(series?.sampling).toEqual(expected.sampling);
        },
      ),
      { numRuns: engine === 'sqlite' ? 300 : 100 },
    );
  });
});
