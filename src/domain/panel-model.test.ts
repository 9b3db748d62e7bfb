import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../fixtures/catalog';
import { fixtureIndicator, fixtureRegion } from '../../tests/setup/fixture-lookup';
import type { Locale } from '../i18n/locale';
import { defaultFilters, type Filters } from './filter-state';
import { buildPanelModel } from './panel-model';
import { summarizePanel, targetStatusText } from './panel-summary';
import { hiddenStatuses, type PanelViewFields, panelView, panelViews } from './panel-view';

const indicator = fixtureIndicator;
const regions = (...ids: string[]) => ids.map(fixtureRegion);
type ViewFields = Omit<PanelViewFields, 'indicator' | 'regions'>;
const options = (overrides: Partial<ViewFields> = {}): ViewFields => ({
  fromYear: 2012,
  toYear: 2016,
  shownStatuses: ['estimated', 'derived'],
  countView: 'as-published',
  ...overrides,
});

describe('buildPanelModel', () => {
  it("draws Guizhou's poverty rate as a line over every year of the range, with its source", () => {
    const model = buildPanelModel(
      panelView({ indicator: indicator('poverty-rate'), regions: regions('CN-GZ'), ...options() }),
      fixtureCatalog.series,
      'en',
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
      'Rural poverty rate. Guizhou: 26.8 % in 2012 to 10.6 % in 2016, down 16.2 percentage points. Guizhou, target 0 % by 2020: as of 2016, -2.65 pp a year still needed, against -4.05 pp a year observed since 2012: on track',
    );
  });

  it('says when regions are measured on different bases', () => {
    const model = buildPanelModel(
      panelView({
        indicator: indicator('poverty-rate'),
        regions: regions('CN-GZ', 'CN'),
        ...options(),
      }),
      fixtureCatalog.series,
      'en',
    );
    expect(model.differingBases?.map((entry) => entry.basis?.en)).toEqual([
      'Provincial register of poor households; 2011-2014 may be estimates on the NBS basis',
      'NBS rural household survey, 2010 poverty line',
    ]);
  });

  it('leaves hidden statuses out and counts them', () => {
    const model = buildPanelModel(
      panelView({
        indicator: indicator('poor-population'),
        regions: regions('CN-GZ'),
        ...options({ toYear: 2018, shownStatuses: [] }),
      }),
      fixtureCatalog.series,
      'en',
    );
    expect(model.series[0]?.points.map((point) => point.period)).not.toContain('2015');
    expect(model.series[0]?.hidden).toEqual({ estimated: 2 });
    expect(model.statuses).toEqual(['reported']);
  });

  it('shows villages removed per year as derived bars, leaving unknown years as gaps', () => {
    const model = buildPanelModel(
      panelView({
        indicator: indicator('villages-exited'),
        regions: regions('CN-GZ'),
        ...options({ fromYear: 2016, toYear: 2020, countView: 'per-period' }),
      }),
      fixtureCatalog.series,
      'en',
    );
    expect(model.chartKind).toBe('bar');
    expect(model.series[0]?.points).toEqual([
      expect.objectContaining({ period: '2017', value: 2300, status: 'derived' }),
    ]);
  });

  it('cumulates counties removed per year into a derived line', () => {
    const model = buildPanelModel(
      panelView({
        indicator: indicator('counties-exited'),
        regions: regions('CN-GZ'),
        ...options({ fromYear: 2016, toYear: 2020, countView: 'cumulative' }),
      }),
      fixtureCatalog.series,
      'en',
    );
    expect(model.chartKind).toBe('line');
    expect(model.series[0]?.points.map((point) => point.value)).toEqual([1, 15, 33, 66]);
    expect(model.statuses).toEqual(['derived']);
  });

  it('marks a region the API did not return, and one without points', () => {
    const model = buildPanelModel(
      panelView({
        indicator: indicator('villages-exited'),
        regions: regions('CN-GZ', 'CN'),
        ...options({ fromYear: 2012, toYear: 2015 }),
      }),
      fixtureCatalog.series.filter((series) => series.regionId !== 'CN'),
      'en',
    );
    expect(model.hasData).toBe(false);
    expect(model.series.map((entry) => entry.returned)).toEqual([true, false]);
  });

  it('cumulates from the first year with data, whatever year the range starts', () => {
    const model = buildPanelModel(
      panelView({
        indicator: indicator('counties-exited'),
        regions: regions('CN-GZ'),
        ...options({ fromYear: 2018, toYear: 2020, countView: 'cumulative' }),
      }),
      fixtureCatalog.series,
      'en',
    );
    expect(model.series[0]?.points.map((point) => [point.period, point.value])).toEqual([
      ['2018', 15],
      ['2019', 33],
      ['2020', 66],
    ]);
  });

  it('computes a per-year count from the year before the range', () => {
    const model = buildPanelModel(
      panelView({
        indicator: indicator('villages-exited'),
        regions: regions('CN-GZ'),
        ...options({ fromYear: 2017, toYear: 2020, countView: 'per-period' }),
      }),
      fixtureCatalog.series,
      'en',
    );
    expect(model.series[0]?.points.map((point) => [point.period, point.value])).toEqual([
      ['2017', 2300],
    ]);
  });

  it('hides re-expressed counts when derived values are hidden, and says how many', () => {
    const model = buildPanelModel(
      panelView({
        indicator: indicator('counties-exited'),
        regions: regions('CN-GZ'),
        ...options({
          fromYear: 2016,
          toYear: 2020,
          countView: 'cumulative',
          shownStatuses: ['estimated'],
        }),
      }),
      fixtureCatalog.series,
      'en',
    );
    expect(model.hasData).toBe(false);
    expect(model.series[0]?.hidden).toEqual({ derived: 4 });
  });

  it('does not claim different bases where one is simply not stated', () => {
    const model = buildPanelModel(
      panelView({
        indicator: indicator('poverty-rate'),
        regions: regions('CN-GZ', '520500'),
        ...options(),
      }),
      fixtureCatalog.series,
      'en',
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
      panelView({
        indicator: indicator('counties-exited'),
        regions: regions('CN-GZ'),
        ...options({ fromYear: 2017, toYear: 2018 }),
      }),
      series,
      'en',
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
    const model = buildPanelModel(
      panelView({ indicator: indicator('poverty-rate'), regions: regions('CN-GZ'), ...options() }),
      series,
      'en',
    );
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
      panelView({
        indicator: monthly,
        regions: regions('CN-GZ'),
        ...options({ fromYear: 2015, toYear: 2016 }),
      }),
      [
        {
          indicatorId: 'monthly-rate',
          regionId: 'CN-GZ',
          sampling: { method: 'min-max', pointCount: 24 },
          points,
        },
      ],
      'en',
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

describe('the model and its view', () => {
  it('keeps the view it was built from: built again from it, it is the same panel', () => {
    const view = panelView({
      indicator: indicator('villages-exited'),
      regions: regions('CN-GZ', 'CN'),
      ...options({ shownStatuses: ['derived'], fromYear: 2014, toYear: 2020 }),
      countView: 'per-period',
    });
    const model = buildPanelModel(view, fixtureCatalog.series, 'en');
    expect(model.view).toBe(view);
    expect(hiddenStatuses(model.view)).toEqual(['estimated']);
    expect(buildPanelModel(model.view, fixtureCatalog.series, 'en')).toEqual(model);
  });
});

describe('the events and targets of a panel', () => {
  const model = (query: Partial<Filters>, locale: Locale = 'en') => {
    const [view] = panelViews(
      { ...defaultFilters, indicatorIds: ['poverty-rate'], ...query },
      fixtureCatalog,
    );
    if (!view) throw new Error('no view');
    return buildPanelModel(view, fixtureCatalog.series, locale);
  };

  it("numbers Guizhou's poverty events 2011-2020 in date order, each on its year, with its source", () => {
    const guizhou = model({ regionIds: ['CN-GZ'], fromYear: 2011, toYear: 2020 });
    expect(
      guizhou.events.map((event) => [event.number, event.date, event.period, event.source?.id]),
    ).toEqual([
      [1, '2013-11-03', '2013', 'china-daily-2020-11-02'],
      [2, '2014', '2014', 'china-news-2015-07-06'],
      [3, '2015-11-29', '2015', 'decision-2015-11-29'],
      [4, '2016-12-02', '2016', 'xinhua-2016-12-02'],
    ]);
    expect(summarizePanel(guizhou, 'en')).toContain(
      'Events marked: 1. 2013-11-03: Targeted poverty alleviation (China Daily, 2020-11-02); 2. 2014: Register of poor households',
    );
  });

  it('says the 2020 target was achieved for Guizhou, and how far China was as of 2019', () => {
    const both = model({ regionIds: ['CN-GZ', 'CN'], fromYear: 2011, toYear: 2020 });
    expect(both.targets.map((target) => targetStatusText(both, target, 'en'))).toEqual([
      'Guizhou, target 0 % by 2020: achieved, 0 % in 2020',
      'China, target 0 % by 2020: as of 2019, -0.6 pp a year still needed, against -1.51 pp a year observed since 2011: on track',
    ]);
  });

  it('leaves the events out when the reader turns them off, and the target stays', () => {
    const off = model({ regionIds: ['CN-GZ'], showEvents: false });
    expect(off.events).toEqual([]);
    expect(off.targets).toHaveLength(1);
  });

  it('says a target in Chinese in the same terms', () => {
    const zh = model({ regionIds: ['CN-GZ'], fromYear: 2012, toYear: 2016 }, 'zh-CN');
    expect(zh.targets.map((target) => targetStatusText(zh, target, 'zh-CN'))).toEqual([
      '贵州省，目标：2020年达到0%：截至2016年，每年仍需变化-2.65个百分点，而自2012年以来每年实际变化-4.05个百分点：进度正常',
    ]);
  });
});
