import { describe, expect, it } from 'vitest';
import {
  eventsResponseSchema,
  indicatorsResponseSchema,
  observationsResponseSchema,
  regionsResponseSchema,
} from '../src/contract/schemas';
import { withMockApi } from '../tests/setup/mock-api';
import { millionPointCount, minuteIndicatorId } from './large-data';
import { mockServer } from './node';
import { scenarioHandlers } from './scenarios';

withMockApi();

const base = 'http://localhost/api/v1';
const get = async (path: string) => (await fetch(`${base}${path}`)).json() as Promise<unknown>;

describe('the "large" mock scenario', () => {
  it('serves 100 synthetic regions and 3 monthly indicators of 240 months, all named synthetic', async () => {
    mockServer.use(...scenarioHandlers('large'));
    const { data: regions } = regionsResponseSchema.parse(await get('/regions'));
    const { data: indicators } = indicatorsResponseSchema.parse(await get('/indicators'));
    expect(regions).toHaveLength(100);
    for (const entry of [...regions, ...indicators]) {
      expect(entry.name.en).toMatch(/\(synthetic\)$/);
      expect(entry.name.zh).toMatch(/（合成）$/);
    }
    const monthly = indicators.filter((indicator) => indicator.frequency === 'monthly');
    expect(monthly).toHaveLength(3);
    const ids = monthly.map((indicator) => indicator.id).join(',');
    const { data } = observationsResponseSchema.parse(await get(`/observations?indicator=${ids}`));
    expect(data).toHaveLength(300);
    expect(data.every((series) => series.points.length === 240)).toBe(true);
    expect(data.every((series) => series.sampling === undefined)).toBe(true);
  });

  it('answers /events for its synthetic indicators and regions, with no events', async () => {
    mockServer.use(...scenarioHandlers('large'));
    const body = await get(`/events?indicator=${minuteIndicatorId}&region=SYN-001`);
    expect(eventsResponseSchema.parse(body)).toEqual({ data: [], sources: [] });
  });

  it('serves a million-point minute series, thinned on request and whole without maxPoints', async () => {
    mockServer.use(...scenarioHandlers('large'));
    const path = `/observations?indicator=${minuteIndicatorId}`;
    const thinned = observationsResponseSchema.parse(await get(`${path}&maxPoints=2000`)).data[0];
    expect(thinned?.sampling).toEqual({ method: 'min-max', pointCount: millionPointCount });
    expect(thinned?.points.length).toBeLessThanOrEqual(2000);
    expect(thinned?.points[0]?.period).toBe('2019-01-01T00:00');
    // Outages are gaps in the data, and sampling keeps them visible.
    expect(thinned?.points.some((point) => point.value === null)).toBe(true);

    // The whole series is 87 MB of JSON: read it as it comes, without validating a million points.
    const whole = ((await get(path)) as { data: { sampling?: unknown; points: unknown[] }[] })
      .data[0];
    expect(whole?.sampling).toBeUndefined();
    expect(whole?.points).toHaveLength(millionPointCount);
    expect(whole?.points.at(-1)).toMatchObject({ period: thinned?.points.at(-1)?.period });
    const one2019 = observationsResponseSchema.parse(
      await get(`${path}&from=2019&to=2019&maxPoints=500`),
    ).data[0];
    expect(one2019?.sampling?.pointCount).toBe(365 * 24 * 60);
    expect(one2019?.points.at(-1)?.period).toBe('2019-12-31T23:59');
    // Another region has no minute series: asked for, it comes back empty, not with SYN-001's.
    const other = observationsResponseSchema.parse(
      await get(`${path}&region=SYN-002&maxPoints=500`),
    ).data[0];
    expect(other).toEqual({ indicatorId: minuteIndicatorId, regionId: 'SYN-002', points: [] });
    // A zoomed chart's window: one day comes back whole, its every minute.
    const day = observationsResponseSchema.parse(
      await get(`${path}&start=2019-03-01T00:00&end=2019-03-01T23:59&maxPoints=2000`),
    ).data[0];
    expect(day?.sampling).toBeUndefined();
    expect(day?.points).toHaveLength(24 * 60);
    expect(day?.points[0]?.period).toBe('2019-03-01T00:00');
    expect(day?.points.at(-1)?.period).toBe('2019-03-01T23:59');
    const week = observationsResponseSchema.parse(
      await get(`${path}&start=2019-03-01T00:00&end=2019-03-07T23:59&maxPoints=2000`),
    ).data[0];
    expect(week?.sampling?.pointCount).toBe(7 * 24 * 60);
  }, 30_000);

  it('answers the data file of the minute series, counted in its header and streamed', async () => {
    mockServer.use(...scenarioHandlers('large'));
    const path = `/observations.csv?indicator=${minuteIndicatorId}&region=SYN-001`;
    // The whole file is over 200 MB: its count is read, and the request is then abandoned.
    const abandon = new AbortController();
    const whole = await fetch(`${base}${path}&from=2019&to=2020`, { signal: abandon.signal });
    expect(whole.headers.get('X-Total-Count')).toBe(String(millionPointCount));
    abandon.abort();

    const day = await fetch(`${base}${path}&start=2019-03-01T00:00&end=2019-03-01T23:59`);
    expect(day.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(day.headers.get('X-Total-Count')).toBe(String(24 * 60));
    const rows = (await day.text()).trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(24 * 60);
    expect(rows[0]).toMatch(/^synthetic-stations-online,.*,SYN-001,.*,2019-03-01T00:00,/);
    expect(rows.at(-1)).toContain(',2019-03-01T23:59,');
    expect(rows.every((row) => row.includes(',synthetic,'))).toBe(true);
  });
});
