import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../fixtures/catalog';
import { fixtureIndicator, fixtureRegion } from '../../tests/setup/fixture-lookup';
import {
  buildPanelModel,
  modelQuery,
  type PanelOptions,
  panelMaxPoints,
  panelQuery,
  rebuildPanelModel,
} from './panel-model';
import { summarizePanel } from './panel-summary';

const indicator = fixtureIndicator;
const regions = (...ids: string[]) => ids.map(fixtureRegion);
const options = (overrides: Partial<PanelOptions> = {}): PanelOptions => ({
  fromYear: 2012,
  toYear: 2016,
  shownStatuses: new Set(['estimated', 'derived']),
  countView: 'as-published',
  locale: 'en',
  ...overrides,
});

describe('buildPanelModel', () => {
  it("draws Guizhou's poverty rate as a line over every year of the range, with its source", () => {
    const model = buildPanelModel(
      indicator('poverty-rate'),
      regions('CN-GZ'),
      fixtureCatalog.series,
      options(),
    );
    expect(model.chartKind).toBe('line');
    expect(model.changeUnit).toBe('percentage-points');
    expect(model.periods).toEqual(['2012', '2013', '2014', '2015', '2016']);
    expect(model.series[0]?.points.map((point) => point.value)).toEqual([
      26.8, 20.6, 18.0, 14.3, 10.6,
    ]);
    expect(model.sources.map((source) => source.id)).toContain('china-daily-2017-12-18');
    expect(model.differingBases).toBeNull();
    expect(summarizePanel(model, 'en')).toBe(
      'Rural poverty rate. Guizhou: 26.8 % in 2012 to 10.6 % in 2016, down 16.2 percentage points',
    );
  });

  it('says when regions are measured on different bases', () => {
    const model = buildPanelModel(
      indicator('poverty-rate'),
      regions('CN-GZ', 'CN'),
      fixtureCatalog.series,
      options(),
    );
    expect(model.differingBases?.map((entry) => entry.basis?.en)).toEqual([
      'Provincial register of poor households',
      'NBS rural household survey, 2010 poverty line',
    ]);
  });

  it('leaves hidden statuses out and counts them', () => {
    const model = buildPanelModel(
      indicator('poor-population'),
      regions('CN-GZ'),
      fixtureCatalog.series,
      options({ toYear: 2018, shownStatuses: new Set() }),
    );
    expect(model.series[0]?.points.map((point) => point.period)).not.toContain('2015');
    expect(model.series[0]?.hidden).toEqual({ derived: 1, estimated: 1 });
    expect(model.statuses).toEqual(['reported']);
  });

  it('shows villages removed per year as derived bars, leaving unknown years as gaps', () => {
    const model = buildPanelModel(
      indicator('villages-exited'),
      regions('CN-GZ'),
      fixtureCatalog.series,
      options({ fromYear: 2016, toYear: 2020, countView: 'per-period' }),
    );
    expect(model.chartKind).toBe('bar');
    expect(model.series[0]?.points).toEqual([
      expect.objectContaining({ period: '2017', value: 2300, status: 'derived' }),
    ]);
  });

  it('cumulates counties removed per year into a derived line', () => {
    const model = buildPanelModel(
      indicator('counties-exited'),
      regions('CN-GZ'),
      fixtureCatalog.series,
      options({ fromYear: 2016, toYear: 2020, countView: 'cumulative' }),
    );
    expect(model.chartKind).toBe('line');
    expect(model.series[0]?.points.map((point) => point.value)).toEqual([1, 15, 33, 66]);
    expect(model.statuses).toEqual(['derived']);
  });

  it('marks a region the API did not return, and one without points', () => {
    const model = buildPanelModel(
      indicator('villages-exited'),
      regions('CN-GZ', 'CN'),
      fixtureCatalog.series.filter((series) => series.regionId !== 'CN'),
      options({ fromYear: 2012, toYear: 2015 }),
    );
    expect(model.hasData).toBe(false);
    expect(model.series.map((entry) => entry.returned)).toEqual([true, false]);
  });

  it('cumulates from the first year with data, whatever year the range starts', () => {
    const model = buildPanelModel(
      indicator('counties-exited'),
      regions('CN-GZ'),
      fixtureCatalog.series,
      options({ fromYear: 2018, toYear: 2020, countView: 'cumulative' }),
    );
    expect(model.series[0]?.points.map((point) => [point.period, point.value])).toEqual([
      ['2018', 15],
      ['2019', 33],
      ['2020', 66],
    ]);
  });

  it('computes a per-year count from the year before the range', () => {
    const model = buildPanelModel(
      indicator('villages-exited'),
      regions('CN-GZ'),
      fixtureCatalog.series,
      options({ fromYear: 2017, toYear: 2020, countView: 'per-period' }),
    );
    expect(model.series[0]?.points.map((point) => [point.period, point.value])).toEqual([
      ['2017', 2300],
    ]);
  });

  it('hides re-expressed counts when derived values are hidden, and says how many', () => {
    const model = buildPanelModel(
      indicator('counties-exited'),
      regions('CN-GZ'),
      fixtureCatalog.series,
      options({
        fromYear: 2016,
        toYear: 2020,
        countView: 'cumulative',
        shownStatuses: new Set(['estimated']),
      }),
    );
    expect(model.hasData).toBe(false);
    expect(model.series[0]?.hidden).toEqual({ derived: 4 });
  });

  it('does not claim different bases where one is simply not stated', () => {
    const model = buildPanelModel(
      indicator('poverty-rate'),
      regions('CN-GZ', '520500'),
      fixtureCatalog.series,
      options(),
    );
    expect(model.differingBases).toBeNull();
  });

  it('leaves a negative count out and keeps it for the notes', () => {
    const series = [
      {
        indicatorId: 'counties-exited',
        regionId: 'CN-GZ',
        points: [
          {
            period: '2017',
            value: 1,
            status: 'reported' as const,
            sourceId: 'county-exit-announcements',
          },
          {
            period: '2018',
            value: -14,
            status: 'reported' as const,
            sourceId: 'china-news-2019-01-27',
          },
        ],
      },
    ];
    const model = buildPanelModel(
      indicator('counties-exited'),
      regions('CN-GZ'),
      series,
      options({ fromYear: 2017, toYear: 2018 }),
    );
    expect(model.series[0]?.points.map((point) => point.value)).toEqual([1]);
    expect(model.series[0]?.refused.map((point) => point.period)).toEqual(['2018']);
  });

  it('leaves out a point of another frequency, which the axis would not show', () => {
    const series = [
      {
        indicatorId: 'poverty-rate',
        regionId: 'CN-GZ',
        points: [
          {
            period: '2016',
            value: 10.6,
            status: 'reported' as const,
            sourceId: 'china-daily-2017-12-18',
          },
          {
            period: '2016-H2',
            value: 99,
            status: 'reported' as const,
            sourceId: 'china-daily-2017-12-18',
          },
        ],
      },
    ];
    const model = buildPanelModel(indicator('poverty-rate'), regions('CN-GZ'), series, options());
    expect(model.series[0]?.deltas.last).toEqual({ period: '2016', value: 10.6 });
    expect(model.series[0]?.refused.map((point) => point.period)).toEqual(['2016-H2']);
  });
});

describe('a thinned series', () => {
  it('lists only the periods it kept, so what was left out does not show as a gap', () => {
    const monthly = {
      ...indicator('poverty-rate'),
      id: 'monthly-rate',
      frequency: 'monthly' as const,
    };
    const points = ['2015-01', '2015-07', '2016-12'].map((period, index) => ({
      period,
      value: index + 1,
      status: 'reported' as const,
      sourceId: 'china-daily-2017-12-18',
    }));
    const model = buildPanelModel(
      monthly,
      regions('CN-GZ'),
      [
        {
          indicatorId: 'monthly-rate',
          regionId: 'CN-GZ',
          sampling: { method: 'min-max', pointCount: 24 },
          points,
        },
      ],
      options({ fromYear: 2015, toYear: 2016 }),
    );
    expect(model.periods).toEqual(['2015-01', '2015-07', '2016-12']);
    // A year before Dec 2016 was left out by the thinning, not missing from the data.
    expect(model.series[0]?.deltas.yearOnYear.at(-1)?.absolute).toEqual({
      ok: false,
      reason: 'thinned',
    });
    expect(model.series[0]?.sampling).toEqual({ method: 'min-max', pointCount: 24 });
  });
});

describe('panelQuery', () => {
  const annual = { id: 'poverty-rate', frequency: 'annual' } as const;
  const monthly = { id: 'synthetic-poverty-rate', frequency: 'monthly' } as const;

  it('asks for a short series whole, so that changing the years needs no request', () => {
    expect(panelQuery(annual, ['CN-GZ'], 2014, 2016, 'as-published')).toEqual({
      indicatorIds: ['poverty-rate'],
      regionIds: ['CN-GZ'],
    });
    expect(panelQuery(annual, ['CN-GZ'], 2014, 2016, 'as-published')).toEqual(
      panelQuery(annual, ['CN-GZ'], 2012, 2020, 'as-published'),
    );
  });

  it('asks for a long series by the years, thinned unless the whole is wanted', () => {
    expect(panelQuery(monthly, ['SYN-001'], 2014, 2016, 'as-published')).toEqual({
      indicatorIds: ['synthetic-poverty-rate'],
      regionIds: ['SYN-001'],
      fromYear: 2014,
      toYear: 2016,
      maxPoints: panelMaxPoints,
    });
    expect(panelQuery(monthly, ['SYN-001'], 2014, 2016, 'as-published', true)).not.toHaveProperty(
      'maxPoints',
    );
    // Re-expressed counts run from the series' start, and need every point.
    const perPeriod = panelQuery(monthly, ['SYN-001'], 2014, 2016, 'per-period');
    expect(perPeriod).not.toHaveProperty('fromYear');
    expect(perPeriod).not.toHaveProperty('maxPoints');
  });
});

describe('rebuildPanelModel and modelQuery', () => {
  it('build the same panel again, with its regions, years, hidden statuses and count view', () => {
    const filters = options({ shownStatuses: new Set(['derived']), fromYear: 2014, toYear: 2020 });
    const model = buildPanelModel(
      indicator('villages-exited'),
      regions('CN-GZ', 'CN'),
      fixtureCatalog.series,
      { ...filters, countView: 'per-period' },
    );
    expect(modelQuery(model)).toEqual(
      panelQuery(indicator('villages-exited'), ['CN-GZ', 'CN'], 2014, 2020, 'per-period'),
    );
    expect(rebuildPanelModel(model, fixtureCatalog.series, 'en')).toEqual(model);
  });
});
