import { describe, expect, it } from 'vitest';
import {
  indicatorsResponseSchema,
  observationsResponseSchema,
  problemSchema,
  regionsResponseSchema,
} from '../src/contract/schemas';
import { withMockApi } from '../tests/setup/mock-api';

withMockApi();

const base = 'http://localhost/api/v1';
const getJson = async (path: string) => {
  const response = await fetch(`${base}${path}`);
  return { response, body: (await response.json()) as unknown };
};

describe('the mock API', () => {
  it('lists indicators and regions in the contract shape', async () => {
    const indicators = indicatorsResponseSchema.parse((await getJson('/indicators')).body);
    const povertyRate = indicators.data.find((indicator) => indicator.id === 'poverty-rate');
    expect(povertyRate).toMatchObject({
      unit: 'percent',
      measure: 'rate',
      direction: 'lower-is-better',
    });
    expect(povertyRate?.regionIds).toEqual(
      expect.arrayContaining(['CN-GZ', 'CN', '522600', '520500']),
    );
    const regions = regionsResponseSchema.parse((await getJson('/regions')).body);
    expect(regions.data.find((region) => region.id === 'CN-GZ')?.parentId).toBe('CN');
  });

  it('filters observations by indicator, region and years', async () => {
    const { body } = await getJson(
      '/observations?indicator=poverty-rate,villages-exited&region=CN-GZ,CN&from=2012&to=2016',
    );
    const { data } = observationsResponseSchema.parse(body);
    expect(data.map((series) => `${series.indicatorId}/${series.regionId}`)).toEqual([
      'poverty-rate/CN-GZ',
      'poverty-rate/CN',
      'villages-exited/CN-GZ',
      'villages-exited/CN',
    ]);
    expect(data[0]?.points.map((point) => point.period)).toEqual([
      '2012',
      '2013',
      '2014',
      '2015',
      '2016',
    ]);
    expect(data[3]?.points).toEqual([]);
  });

  it('answers an invalid parameter with 400 problem details naming it', async () => {
    const { response, body } = await getJson('/observations?indicator=poverty-rate&from=20x2');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(problemSchema.parse(body).detail).toMatch(/^from: expected a year/);
  });

  it('answers a missing indicator parameter with 400', async () => {
    const { response, body } = await getJson('/observations?region=CN');
    expect(response.status).toBe(400);
    expect(problemSchema.parse(body).detail).toMatch(/indicator: required/);
  });

  it('answers an unknown id with 404 naming it', async () => {
    const { response, body } = await getJson(
      '/observations?indicator=poverty-rate,nonsense&region=XX',
    );
    expect(response.status).toBe(404);
    expect(problemSchema.parse(body).detail).toBe(
      'unknown indicator: nonsense; unknown region: XX',
    );
  });
});
