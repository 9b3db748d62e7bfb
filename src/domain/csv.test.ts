import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../fixtures/catalog';
import { fixtureIndicator, fixtureRegion } from '../../tests/setup/fixture-lookup';
import { povertyRateView } from '../../tests/setup/panel-props';
import type { Series } from '../contract/schemas';
import { panelCsv } from './csv';
import { defaultFilters } from './filter-state';
import { buildPanelModel } from './panel-model';
import { panelView, panelViews } from './panel-view';

function csvFor(indicatorId: string, series: readonly Series[] = fixtureCatalog.series) {
  const model = buildPanelModel(
    panelView({
      indicator: fixtureIndicator(indicatorId),
      regions: [fixtureRegion('CN-GZ'), fixtureRegion('CN')],
      fromYear: 2012,
      toYear: 2016,
      shownStatuses: ['estimated', 'derived'],
      countView: 'as-published',
    }),
    series,
    'en',
  );
  return panelCsv(model, 'en');
}

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });

describe('panelCsv', () => {
  it('starts with a byte-order mark and has one row per observation shown', () => {
    const csv = csvFor('poverty-rate');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const { data, errors } = parse(csv);
    expect(errors).toEqual([]);
    expect(data).toHaveLength(10);
    expect(data[0]).toEqual({
      indicator_id: 'poverty-rate',
      indicator_name: 'Rural poverty rate',
      region_id: 'CN-GZ',
      region_name: 'Guizhou',
      period: '2012',
      value: '26.8',
      unit: 'percent',
      measure: 'rate',
      status: 'reported',
      source_id: 'china-daily-2017-12-18',
      source: 'China Daily, Big expectations from big data, 2017-12-18',
      note: '',
      events: '',
      target:
        'Guizhou, target 0 % by 2020: as of 2016, -2.65 pp a year still needed, against -4.05 pp a year observed since 2012: on track. Target set by CPC Central Committee and State Council, Decision on Winning the Battle against Poverty, 2015-11-29.',
    });
  });

  it("says which events fall in each row's year, as the chart numbers them", () => {
    const views = panelViews(
      { ...defaultFilters, indicatorIds: ['poverty-rate'], regionIds: ['CN-GZ'], fromYear: 2012 },
      fixtureCatalog,
    );
    const [view] = views;
    if (!view) throw new Error('no poverty-rate view');
    const rows = parse(panelCsv(buildPanelModel(view, fixtureCatalog.series, 'en'), 'en')).data;
    const events = Object.fromEntries(rows.map((row) => [row.period, row.events]));
    expect(events).toMatchObject({
      '2012': '',
      '2013': '1. 2013-11-03: Targeted poverty alleviation (China Daily, 2020-11-02)',
      '2015': expect.stringMatching(
        /^3\. 2015-11-29: Decision on Winning the Battle against Poverty/,
      ),
    });
    expect(rows.find((row) => row.period === '2020')?.target).toMatch(
      /^Guizhou, target 0 % by 2020: achieved, 0 % in 2020\./,
    );
  });

  it("lists on each region's rows only the events that concern that region", () => {
    const [view] = panelViews(
      {
        ...defaultFilters,
        indicatorIds: ['poverty-rate'],
        regionIds: ['CN-GZ', 'CN'],
        toYear: 2016,
      },
      fixtureCatalog,
    );
    if (!view) throw new Error('no poverty-rate view');
    const rows = parse(panelCsv(buildPanelModel(view, fixtureCatalog.series, 'en'), 'en')).data;
    const events = (region: string, period: string) =>
      rows.find((row) => row.region_id === region && row.period === period)?.events;
    // Guizhou's register of poor households concerns Guizhou alone; the national decision both.
    expect(events('CN-GZ', '2014')).toMatch(/^2\. 2014: Register of poor households/);
    expect(events('CN', '2014')).toBe('');
    expect(events('CN', '2015')).toMatch(/^3\. 2015-11-29: Decision/);
    expect(events('CN-GZ', '2015')).toBe(events('CN', '2015'));
  });

  it('writes a gap as a row with empty cells, as the table shows it', () => {
    const rows = parse(csvFor('villages-exited')).data;
    expect(
      rows
        .filter((row) => row.region_id === 'CN-GZ')
        .map((row) => [row.period, row.value, row.status]),
    ).toEqual([
      ['2012', '', ''],
      ['2013', '', ''],
      ['2014', '', ''],
      ['2015', '', ''],
      ['2016', '1500', 'reported'],
    ]);
  });

  it('quotes cells with commas and quotes as RFC 4180 says', () => {
    const csv = csvFor('poor-population');
    expect(csv).toContain(
      '"""Just under 5 million"". Not computed from 2014 and the 1.3 million lifted out in 2015: the register was revised while figures were published, so stocks and flows do not add up"',
    );
  });

  it('neutralises formula-looking text but keeps negative numbers as numbers', () => {
    const series: Series[] = [
      {
        indicatorId: 'rural-ecommerce-growth',
        regionId: 'CN-GZ',
        points: [
          {
            period: '2015',
            value: -12.5,
            status: 'reported',
            sourceId: 'china-daily-2017-12-18',
            note: '=HYPERLINK("http://x","y")',
          },
          {
            period: '2016',
            value: null,
            status: 'reported',
            sourceId: 'china-daily-2017-12-18',
            note: '@SUM(A1)',
          },
        ],
      },
    ];
    const rows = parse(csvFor('rural-ecommerce-growth', series)).data;
    const row = (period: string) =>
      rows.find((candidate) => candidate.region_id === 'CN-GZ' && candidate.period === period);
    expect(row('2015')?.value).toBe('-12.5');
    expect(row('2015')?.note).toBe('\'=HYPERLINK("http://x","y")');
    expect(row('2016')?.value).toBe('');
    expect(row('2016')?.note).toBe("'@SUM(A1)");
  });

  it('writes Chinese headers and keeps Chinese text intact', () => {
    const model = buildPanelModel(
      povertyRateView({ toYear: 2012, shownStatuses: [] }),
      fixtureCatalog.series,
      'zh-CN',
    );
    const rows = parse(panelCsv(model, 'zh-CN')).data;
    expect(rows[0]).toEqual({
      指标编号: 'poverty-rate',
      指标名称: '农村贫困发生率',
      地区编号: 'CN-GZ',
      地区名称: '贵州省',
      时期: '2012',
      数值: '26.8',
      单位: 'percent',
      度量: 'rate',
      状态: 'reported',
      来源编号: 'china-daily-2017-12-18',
      来源: expect.stringContaining('China Daily'),
      注释: '',
      事件: '',
      目标: expect.stringMatching(/^贵州省，目标：2020年达到0%：/),
    });
  });
});
