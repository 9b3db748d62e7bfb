import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../fixtures/catalog';
import { translate } from '../i18n/translate';
import {
  defaultFilters,
  filterParameterNames,
  filtersQueryString,
  type RawFilterParams,
  resolveFilters,
} from './filter-state';

const fromQuery = (query: string): RawFilterParams => {
  const params = new URLSearchParams(query);
  return Object.fromEntries(filterParameterNames.map((name) => [name, params.get(name)]));
};
const resolve = (query: string) => {
  const { filters, notices } = resolveFilters(fromQuery(query), fixtureCatalog);
  // The notices as the page shows them in English.
  return {
    filters,
    notices: notices.map((notice) => ({
      parameter: notice.parameter,
      message: translate('en', notice.key, notice.params),
    })),
  };
};

describe('resolveFilters', () => {
  it('gives the default view for an empty URL, without notices', () => {
    expect(resolve('')).toEqual({ filters: defaultFilters, notices: [] });
  });

  it('reads the documented example URL', () => {
    const { filters, notices } = resolve(
      'indicator=poverty-rate,villages-exited&region=CN-GZ,CN&from=2012&to=2016',
    );
    expect(notices).toEqual([]);
    expect(filters).toMatchObject({
      indicatorIds: ['poverty-rate', 'villages-exited'],
      regionIds: ['CN-GZ', 'CN'],
      fromYear: 2012,
      toYear: 2016,
    });
  });

  it('drops an unknown indicator and names it', () => {
    const { filters, notices } = resolve('indicator=poverty-rate,no-such-thing');
    expect(filters.indicatorIds).toEqual(['poverty-rate']);
    expect(notices).toEqual([
      expect.objectContaining({
        parameter: 'indicator',
        message: 'Unknown indicator "no-such-thing" ignored.',
      }),
    ]);
  });

  it('falls back to the default regions when none is known', () => {
    const { filters, notices } = resolve('region=XX');
    expect(filters.regionIds).toEqual(['CN-GZ', 'CN']);
    expect(notices[0]?.message).toBe('Unknown region "XX"; showing the default instead.');
  });

  it('falls back on a malformed, out-of-range or backwards year', () => {
    expect(resolve('from=abc').notices[0]?.message).toBe(
      '"abc" is not a year; showing 2012 instead.',
    );
    expect(resolve('to=1950').filters.toYear).toBe(2020);
    expect(resolve('to=1950').notices[0]?.message).toMatch(
      /1950 is outside the years with data \(2010 to 2020\)/,
    );
    const backwards = resolve('from=2018&to=2013');
    expect([backwards.filters.fromYear, backwards.filters.toYear]).toEqual([2012, 2020]);
    expect(backwards.notices).toHaveLength(1);
  });

  it('moves the other end of the range when only one end is given', () => {
    expect(resolve('from=2018')).toMatchObject({
      filters: { fromYear: 2018, toYear: 2020 },
      notices: [],
    });
    expect(resolve('to=2011')).toMatchObject({
      filters: { fromYear: 2010, toYear: 2011 },
      notices: [],
    });
  });

  it('reads which statuses are shown and which count views apply', () => {
    const { filters, notices } = resolve(
      'show=reported&counts=villages-exited:per-period,poverty-rate:cumulative',
    );
    expect(filters.shownStatuses).toEqual([]);
    expect(filters.countViewByIndicator).toEqual({ 'villages-exited': 'per-period' });
    expect(notices).toEqual([
      {
        parameter: 'counts',
        message: 'Count view "poverty-rate:cumulative" does not apply and was ignored.',
      },
    ]);
  });

  it('turns events off with events=off, keeps it in the URL, and names a setting it cannot read', () => {
    const off = resolve('events=off');
    expect(off).toEqual({ filters: { ...defaultFilters, showEvents: false }, notices: [] });
    expect(filtersQueryString(off.filters)).toContain('events=off');
    expect(filtersQueryString(defaultFilters)).not.toContain('events');
    expect(resolve('events=maybe')).toEqual({
      filters: defaultFilters,
      notices: [
        {
          parameter: 'events',
          message: 'Events setting "maybe" is neither on nor off; showing events.',
        },
      ],
    });
  });

  it('unlinks the panels with hover=off, keeps it in the URL, and names a setting it cannot read', () => {
    const off = resolve('hover=off');
    expect(off).toEqual({ filters: { ...defaultFilters, linkHover: false }, notices: [] });
    expect(filtersQueryString(off.filters)).toContain('hover=off');
    expect(filtersQueryString(defaultFilters)).not.toContain('hover');
    expect(resolve('hover=on')).toEqual({ filters: defaultFilters, notices: [] });
    expect(resolve('hover=sometimes')).toEqual({
      filters: defaultFilters,
      notices: [
        {
          parameter: 'hover',
          message: 'Hover setting "sometimes" is neither on nor off; linking the panels.',
        },
      ],
    });
  });

  it('round-trips every state it produces through the URL', () => {
    const { filters } = resolve(
      'indicator=counties-exited&region=CN,CN-GZ&from=2015&to=2020&show=reported,derived&counts=counties-exited:cumulative',
    );
    const query = filtersQueryString(filters);
    expect(query).toBe(
      'indicator=counties-exited&region=CN,CN-GZ&from=2015&to=2020&show=reported,derived&counts=counties-exited:cumulative',
    );
    expect(resolve(query)).toEqual({ filters, notices: [] });
  });

  it('never throws and always yields a valid state, whatever the query string', () => {
    const indicatorIds = new Set(fixtureCatalog.indicators.map((indicator) => indicator.id));
    const regionIds = new Set(fixtureCatalog.regions.map((region) => region.id));
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'poverty-rate',
        'CN-GZ',
        '2012',
        '2016',
        '',
        ',',
        'estimated',
        'villages-exited:per-period',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...filterParameterNames, 'other'), value)),
        (pairs) => {
          const query = new URLSearchParams(pairs).toString();
          const { filters } = resolve(query);
          expect(filters.indicatorIds.length).toBeGreaterThan(0);
          expect(filters.indicatorIds.every((id) => indicatorIds.has(id))).toBe(true);
          expect(filters.regionIds.every((id) => regionIds.has(id))).toBe(true);
          expect(filters.fromYear).toBeLessThanOrEqual(filters.toYear);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads any raw query text, broken escapes included, into a valid state', () => {
    const raw = fc.array(
      fc.oneof(
        fc.string(),
        fc.constantFrom(
          '%',
          '%zz',
          '%E2%82',
          '&',
          '=',
          'indicator=',
          'from=',
          'show=',
          'counts=',
          ',',
        ),
      ),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(raw, (parts) => {
        const { filters } = resolve(parts.join(''));
        expect(filters.indicatorIds.length).toBeGreaterThan(0);
        expect(filters.regionIds.length).toBeGreaterThan(0);
        expect(
          filters.shownStatuses.every((status) => status === 'estimated' || status === 'derived'),
        ).toBe(true);
        const measures = Object.entries(filters.countViewByIndicator).map(
          ([id, view]) =>
            `${fixtureCatalog.indicators.find((indicator) => indicator.id === id)?.measure}:${view}`,
        );
        expect(
          measures.every(
            (pair) =>
              pair === 'cumulative-count:per-period' || pair === 'per-period-count:cumulative',
          ),
        ).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('names every unknown id in its notice', () => {
    const unknownId = fc
      .stringMatching(/^[a-z]{3,12}-[a-z]{3,12}$/)
      .filter((id) => !fixtureCatalog.indicators.some((indicator) => indicator.id === id));
    fc.assert(
      fc.property(fc.uniqueArray(unknownId, { minLength: 1, maxLength: 4 }), (ids) => {
        const { notices } = resolve(`indicator=poverty-rate,${ids.join(',')}`);
        for (const id of ids) expect(notices[0]?.message).toContain(`"${id}"`);
      }),
      { numRuns: 500 },
    );
  });
});
