import { describe, expect, it } from 'vitest';
import {
  eventsResponseSchema,
  indicatorsResponseSchema,
  observationsResponseSchema,
  problemSchema,
  regionsResponseSchema,
} from '../../src/contract/schemas';

/**
 * API contract v1 as executable cases. The same cases run against the mock API (msw/node) and the
 * reference server (HTTP on loopback) on SQLite and on PostgreSQL: all three must pass, so they
 * cannot drift apart.
 */
export function contractCases(baseUrl: () => string): void {
  const get = async (path: string) => {
    const response = await fetch(`${baseUrl()}${path}`);
    return { response, body: (await response.json()) as unknown };
  };

  const expectProblem = async (path: string, status: number, detail: RegExp) => {
    const { response, body } = await get(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = problemSchema.parse(body);
    expect(problem.status).toBe(status);
    expect(problem.detail).toMatch(detail);
  };

  describe('GET /indicators', () => {
    it('lists every indicator in the contract shape, with its sources and coverage', async () => {
      const { response, body } = await get('/indicators');
      expect(response.status).toBe(200);
      const { data } = indicatorsResponseSchema.parse(body);
      const povertyRate = data.find((indicator) => indicator.id === 'poverty-rate');
      expect(data.map((indicator) => indicator.id)).toEqual(
        expect.arrayContaining([
          'poverty-rate',
          'poor-population',
          'villages-exited',
          'counties-exited',
          'rural-ecommerce-growth',
        ]),
      );
      expect(povertyRate).toMatchObject({
        unit: 'percent',
        measure: 'rate',
        firstPeriod: '2010',
        lastPeriod: '2020',
      });
      expect([...(povertyRate?.regionIds ?? [])].sort()).toEqual([
        '520500',
        '522600',
        'CN',
        'CN-GZ',
      ]);
      expect(povertyRate?.sources.map((source) => source.id)).toContain('china-daily-2017-12-18');
    });

    it("serves an indicator's targets, with their sources, and where its growth rates are published", async () => {
      const { data } = indicatorsResponseSchema.parse((await get('/indicators')).body);
      const povertyRate = data.find((indicator) => indicator.id === 'poverty-rate');
      expect(
        povertyRate?.targets.map((target) => [
          target.regionId,
          target.period,
          target.value,
          target.sourceId,
        ]),
      ).toEqual([
        ['CN', '2020', 0, 'decision-2015-11-29'],
        ['CN-GZ', '2020', 0, 'decision-2015-11-29'],
      ]);
      expect(povertyRate?.sources.find((source) => source.id === 'decision-2015-11-29')).toEqual(
        expect.objectContaining({ publisher: 'CPC Central Committee and State Council' }),
      );
      expect(povertyRate).not.toHaveProperty('publishedGrowthIndicatorId');
      const retailSales = data.find((indicator) => indicator.id === 'rural-online-retail-sales');
      expect(retailSales?.publishedGrowthIndicatorId).toBe('rural-ecommerce-growth');
      expect(retailSales?.targets).toEqual([]);
    });
  });

  describe('GET /regions', () => {
    it('lists China, Guizhou and its prefectures', async () => {
      const { data } = regionsResponseSchema.parse((await get('/regions')).body);
      expect(data.find((region) => region.id === 'CN')).toMatchObject({
        level: 'country',
        parentId: null,
      });
      expect(data.find((region) => region.id === 'CN-GZ')).toMatchObject({
        level: 'province',
        parentId: 'CN',
      });
      expect(data.filter((region) => region.level === 'prefecture')).toHaveLength(9);
    });
  });

  describe('GET /observations', () => {
    it('filters by indicator, region and years, periods in order', async () => {
      const { body } = await get(
        '/observations?indicator=poverty-rate&region=CN-GZ&from=2012&to=2016',
      );
      const { data } = observationsResponseSchema.parse(body);
      expect(data).toHaveLength(1);
      expect(data[0]).toMatchObject({
        indicatorId: 'poverty-rate',
        regionId: 'CN-GZ',
        basis: {
          en: 'Provincial register of poor households; 2011-2014 may be estimates on the NBS basis',
        },
      });
      expect(data[0]?.points.map((point) => [point.period, point.value, point.status])).toEqual([
        ['2012', 26.8, 'reported'],
        ['2013', 20.6, 'reported'],
        ['2014', 18, 'reported'],
        ['2015', 14.3, 'reported'],
        ['2016', 10.6, 'reported'],
      ]);
    });

    it('returns a series per indicator and region asked for, in that order, empty where there is no data', async () => {
      const { data } = observationsResponseSchema.parse(
        (
          await get(
            '/observations?indicator=villages-exited,poverty-rate&region=CN,CN-GZ&from=2016&to=2017',
          )
        ).body,
      );
      expect(
        data.map((series) => [series.indicatorId, series.regionId, series.points.length]),
      ).toEqual([
        ['villages-exited', 'CN', 0],
        ['villages-exited', 'CN-GZ', 2],
        ['poverty-rate', 'CN', 2],
        ['poverty-rate', 'CN-GZ', 2],
      ]);
      expect(data[1]?.points[1]).toEqual({
        period: '2017',
        value: 3800,
        status: 'reported',
        sourceId: 'provincial-poverty-office-press',
        note: '3,800 of 9,000 (42.22 %), as published, without "about"; low confidence, via the press',
      });
    });

    it('without a region, returns every region with data', async () => {
      const { data } = observationsResponseSchema.parse(
        (await get('/observations?indicator=poverty-rate')).body,
      );
      expect(data.map((series) => series.regionId).sort()).toEqual([
        '520500',
        '522600',
        'CN',
        'CN-GZ',
      ]);
    });

    it('takes half-year periods within the years asked for', async () => {
      const { data } = observationsResponseSchema.parse(
        (await get('/observations?indicator=software-it-revenue&from=2017&to=2017')).body,
      );
      expect(data[0]?.points).toEqual([
        { period: '2017-H1', value: 15.59, status: 'reported', sourceId: 'china-daily-2017-12-18' },
      ]);
    });

    it('thins a series to maxPoints by min-max, keeping its ends and extremes, and says so', async () => {
      const path = '/observations?indicator=poverty-rate&region=CN-GZ';
      const whole = observationsResponseSchema.parse((await get(path)).body).data[0];
      const thinned = observationsResponseSchema.parse((await get(`${path}&maxPoints=7`)).body)
        .data[0];
      const all = whole?.points ?? [];
      expect(all.length).toBeGreaterThan(7);
      expect(whole?.sampling).toBeUndefined();
      expect(thinned?.sampling).toEqual({ method: 'min-max', pointCount: all.length });
      const kept = thinned?.points ?? [];
      expect(kept.length).toBeLessThanOrEqual(7);
      expect(kept[0]).toEqual(all[0]);
      expect(kept.at(-1)).toEqual(all.at(-1));
      for (const point of kept) expect(all).toContainEqual(point);
      const values = all.flatMap((point) => (point.value === null ? [] : [point.value]));
      expect(kept.map((point) => point.value)).toContain(Math.min(...values));
      expect(kept.map((point) => point.value)).toContain(Math.max(...values));
      const roomy = observationsResponseSchema.parse(
        (await get(`${path}&maxPoints=${all.length}`)).body,
      ).data[0];
      expect(roomy).toEqual(whole);
    });

    it('keeps only the points that begin between start and end, then thins them', async () => {
      const path = '/observations?indicator=poverty-rate,software-it-revenue&region=CN-GZ';
      const whole = observationsResponseSchema.parse((await get(path)).body).data;
      const window = '&start=2014-01-01T00:00&end=2017-01-01T00:00';
      const { data } = observationsResponseSchema.parse((await get(`${path}${window}`)).body);
      const periods = data.map((series) => series.points.map((point) => point.period));
      // A year or a half year begins on its first minute: 2017 and 2017-H1 are in, 2017-H2 not.
      expect(periods[0]).toEqual(
        whole[0]?.points
          .map((point) => point.period)
          .filter((period) => period >= '2014' && period <= '2017'),
      );
      expect(periods[0]).toContain('2016');
      expect(periods[1]).toContain('2017-H1');
      expect(periods[1]).not.toContain('2017-H2');
      expect(periods[1]).toEqual(
        whole[1]?.points
          .map((point) => point.period)
          .filter((period) => period >= '2014' && period <= '2017-H1'),
      );
      const alone = observationsResponseSchema.parse(
        (await get('/observations?indicator=poverty-rate&region=CN-GZ&end=2013-01-01T00:00')).body,
      ).data[0];
      expect(alone?.points.at(-1)?.period).toBe('2013');
      const thinned = observationsResponseSchema.parse(
        (
          await get(
            `/observations?indicator=poverty-rate&region=CN-GZ&start=2012-06-01T00:00&maxPoints=7`,
          )
        ).body,
      ).data[0];
      const after2012 = (whole[0]?.points ?? []).filter((point) => point.period >= '2013');
      expect(thinned?.points[0]).toEqual(after2012[0]);
      expect(after2012.length).toBeGreaterThan(7);
      expect(thinned?.sampling).toEqual({ method: 'min-max', pointCount: after2012.length });
    });

    it('answers 400 naming the parameter for an invalid request', async () => {
      await expectProblem('/observations', 400, /^indicator: required/);
      await expectProblem(
        '/observations?indicator=poverty-rate&from=20x2',
        400,
        /^from: expected a year/,
      );
      await expectProblem(
        '/observations?indicator=poverty-rate&from=2016&to=2012',
        400,
        /^from: must not be after to/,
      );
      await expectProblem(
        '/observations?indicator=poverty%20rate',
        400,
        /^indicator: malformed id/,
      );
      await expectProblem(
        '/observations?indicator=poverty-rate&to=2016&to=2017',
        400,
        /^to: given more than once/,
      );
      await expectProblem(
        '/observations?indicator=poverty-rate&maxPoints=2',
        400,
        /^maxPoints: expected a whole number from 7 to 100000/,
      );
      await expectProblem(
        '/observations?indicator=poverty-rate&start=2019-02-31T00:00',
        400,
        /^start: expected a minute in UTC/,
      );
      await expectProblem(
        '/observations?indicator=poverty-rate&end=0019-03-01T00:00',
        400,
        /^end: expected a minute in UTC from 1900 to 2100/,
      );
      await expectProblem(
        '/observations?indicator=poverty-rate&start=2019-03-02T00:00&end=2019-03-01T00:00',
        400,
        /^start: must not be after end/,
      );
    });

    it('answers 404 naming an unknown indicator or region', async () => {
      await expectProblem(
        '/observations?indicator=poverty-rate,no-such-thing',
        404,
        /^unknown indicator: no-such-thing$/,
      );
      await expectProblem(
        '/observations?indicator=poverty-rate&region=XX',
        404,
        /^unknown region: XX$/,
      );
    });
  });

  describe('GET /observations.csv', () => {
    it('streams every observation as CSV, with a byte-order mark, status, source and note on each row', async () => {
      const response = await fetch(
        `${baseUrl()}/observations.csv?indicator=poverty-rate&region=CN-GZ&from=2012&to=2016`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/csv');
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="poverty-rate_CN-GZ_2012-2016.csv"',
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes).split('\r\n');
      expect(lines[0]).toBe(
        'indicator_id,indicator_name,region_id,region_name,period,value,unit,measure,status,source_id,source,note',
      );
      expect(lines.at(-1)).toBe('');
      const rows = lines.slice(1, -1);
      expect(rows.map((row) => row.split(',')[4])).toEqual([
        '2012',
        '2013',
        '2014',
        '2015',
        '2016',
      ]);
      expect(response.headers.get('x-total-count')).toBe(String(rows.length));
      const first = rows[0]?.split(',') ?? [];
      expect(first.slice(0, 10)).toEqual([
        'poverty-rate',
        'Rural poverty rate',
        'CN-GZ',
        'Guizhou',
        '2012',
        '26.8',
        'percent',
        'rate',
        'reported',
        expect.stringMatching(/\S/),
      ]);
      expect(rows[0]).toMatch(/,reported,[a-z0-9-]+,[^,]+/);
    });

    it('writes the header row and the names in Chinese when asked with lang=zh-CN', async () => {
      const response = await fetch(
        `${baseUrl()}/observations.csv?indicator=poverty-rate&region=CN-GZ&from=2012&to=2012&lang=zh-CN`,
      );
      expect(response.status).toBe(200);
      // text() drops the byte-order mark, as a spreadsheet does.
      const lines = (await response.text()).split('\r\n');
      expect(lines[0]).toBe(
        '指标编号,指标名称,地区编号,地区名称,时期,数值,单位,度量,状态,来源编号,来源,注释',
      );
      // The ids, values, units and statuses are the same in every language; the names are not.
      expect(lines[1]?.split(',').slice(0, 9)).toEqual([
        'poverty-rate',
        '农村贫困发生率',
        'CN-GZ',
        '贵州省',
        '2012',
        '26.8',
        'percent',
        'rate',
        'reported',
      ]);
    });

    it('refuses maxPoints, since a file holds every point, and names each bad parameter', async () => {
      const response = await fetch(
        `${baseUrl()}/observations.csv?indicator=poverty-rate&from=20x&maxPoints=10&lang=fr`,
      );
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const problem = problemSchema.parse(await response.json());
      expect(problem.detail).toMatch(/from: expected a year/);
      expect(problem.detail).toMatch(/maxPoints: not taken by the data file/);
      expect(problem.detail).toMatch(/lang: expected en or zh-CN, got "fr"/);
    });

    it('answers an unknown indicator with the problem that names it', async () => {
      await expectProblem('/observations.csv?indicator=no-such-thing', 404, /no-such-thing/);
    });
  });

  describe('GET /events', () => {
    const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);
    /** The ids of the sources the events cite, each once, in id order. */
    const cited = (events: readonly { sourceId: string }[]) =>
      [...new Set(events.map((event) => event.sourceId))].sort();

    it('lists every event in date order, with exactly the sources they cite', async () => {
      const { response, body } = await get('/events');
      expect(response.status).toBe(200);
      const { data, sources } = eventsResponseSchema.parse(body);
      expect(data).toHaveLength(11);
      const dates = data.map((event) => event.date);
      expect(dates).toEqual([...dates].sort());
      expect(ids(sources)).toEqual(cited(data));
      expect(data.find((event) => event.id === 'big-data-expo')).toMatchObject({
        date: '2015-05-26',
        regionIds: ['CN-GZ'],
        indicatorIds: [],
        topics: ['big-data'],
      });
    });

    it('selects the events of an indicator, the regions a region lies within, and the years', async () => {
      const { data, sources } = eventsResponseSchema.parse(
        (await get('/events?indicator=poverty-rate&region=CN-GZ&from=2011&to=2020')).body,
      );
      // National events concern Guizhou; events about counties alone, or after 2020, do not.
      expect(ids(data)).toEqual([
        'targeted-poverty-alleviation',
        'poor-household-register',
        'decision-on-poverty',
        'five-year-plan-poverty',
      ]);
      expect(ids(data)).not.toContain('chishui-exits');
      expect(ids(data)).not.toContain('complete-victory');
      expect(ids(sources)).toEqual(cited(data));
      const inBijie = eventsResponseSchema.parse(
        (await get('/events?indicator=counties-exited&region=520500')).body,
      ).data;
      expect(ids(inBijie)).toContain('chishui-exits');
      expect(ids(inBijie)).toContain('complete-victory');
    });

    it('answers 400 naming the parameter for an invalid request', async () => {
      await expectProblem('/events?from=20x2', 400, /^from: expected a year/);
      await expectProblem('/events?from=2016&to=2012', 400, /^from: must not be after to/);
      await expectProblem('/events?region=C%20N', 400, /^region: malformed id/);
    });

    it('answers 404 naming an unknown indicator or region', async () => {
      await expectProblem('/events?region=CN,XX', 404, /^unknown region: XX$/);
      await expectProblem(
        '/events?indicator=no-such-thing',
        404,
        /^unknown indicator: no-such-thing$/,
      );
    });
  });
}
