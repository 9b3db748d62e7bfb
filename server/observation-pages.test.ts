import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixtures/catalog';
import type { ObservationsQuery } from '../src/contract/observations-query';
import { engines, testDatabase } from '../tests/setup/databases';
import type { Db } from './database';
import { findSeries, observationPages } from './observation-reads';

/**
 * The data file reads its points in pages, each after the last point of the one before. Pages of
 * three points make many page boundaries of the fixtures: joined, they must be exactly the points
 * the series endpoint answers, none lost and none twice, on both engines.
 */
describe.each(engines)('the data file read in pages on %s', (engine) => {
  let db: Db;
  beforeAll(async () => {
    db = await testDatabase(engine, fixtureCatalog, 'all');
  });
  afterAll(() => db.close());

  it.each([
    [{ indicatorIds: ['poverty-rate'], regionIds: [] }],
    [{ indicatorIds: ['poverty-rate', 'villages-exited'], regionIds: ['CN-GZ', 'CN'] }],
    [{ indicatorIds: ['poor-population'], regionIds: ['CN-GZ'], fromYear: 2013, toYear: 2017 }],
  ] satisfies [ObservationsQuery][])('holds every point of %j once', async (query) => {
    const series = await findSeries(db, query);
    const { total, pages } = await observationPages(db, query, 3);
    const read: string[] = [];
    for await (const page of pages()) {
      expect(page.points.length).toBeLessThanOrEqual(3);
      for (const point of page.points)
        read.push(`${page.indicatorId} ${page.regionId} ${point.period} ${point.value}`);
    }
    const expected = series.flatMap((entry) =>
      entry.points.map(
        (point) => `${entry.indicatorId} ${entry.regionId} ${point.period} ${point.value}`,
      ),
    );
    expect(expected.length).toBeGreaterThan(3);
    expect(read).toEqual(expected);
    expect(total).toBe(expected.length);
  });
});
