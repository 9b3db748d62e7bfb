import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../fixtures/catalog';
import { fixtureIndicator, fixtureRegion } from '../../tests/setup/fixture-lookup';
import { buildPanelModel } from './panel-model';
import { panelView } from './panel-view';
import { periodReadout, periodStepOfKey, steppedPeriod } from './period-readout';

function model(
  indicatorId: string,
  regionIds: string[],
  fromYear: number,
  toYear: number,
  locale: 'en' | 'zh-CN' = 'en',
) {
  return buildPanelModel(
    panelView({
      indicator: fixtureIndicator(indicatorId),
      regions: regionIds.map(fixtureRegion),
      fromYear,
      toYear,
      shownStatuses: ['estimated', 'derived'],
      countView: 'as-published',
    }),
    fixtureCatalog.series,
    locale,
  );
}

describe('periodReadout', () => {
  it('gives each region its value and status at the period, with a gap said as such', () => {
    const rate = model('poverty-rate', ['CN-GZ', 'CN'], 2012, 2016);
    expect(periodReadout(rate, '2015', 'en')).toBe(
      '2015: Guizhou 14.3 % (reported); China 5.7 % (reported)',
    );
    expect(periodReadout(model('villages-exited', ['CN-GZ', 'CN'], 2012, 2020), '2016', 'en')).toBe(
      '2016: Guizhou 1,500 (reported); China no value',
    );
    const chinese = model('poverty-rate', ['CN-GZ', 'CN'], 2012, 2016, 'zh-CN');
    expect(periodReadout(chinese, '2015', 'zh-CN')).toBe(
      '2015年：贵州省 14.3%（公布值）；中国 5.7%（公布值）',
    );
  });

  it('says nothing for a period the panel does not show, rather than a neighbouring one', () => {
    const rate = model('poverty-rate', ['CN-GZ'], 2012, 2016);
    expect(periodReadout(rate, '2019', 'en')).toBeNull();
    expect(periodReadout(rate, '2015-03', 'en')).toBeNull();
  });
});

describe('stepping through periods', () => {
  const periods = ['2012', '2013', '2014'];

  it('moves one period at a time and stops at either end', () => {
    expect(steppedPeriod(periods, '2013', 'next')).toBe('2014');
    expect(steppedPeriod(periods, '2014', 'next')).toBe('2014');
    expect(steppedPeriod(periods, '2013', 'previous')).toBe('2012');
    expect(steppedPeriod(periods, '2012', 'previous')).toBe('2012');
    expect(steppedPeriod(periods, '2013', 'first')).toBe('2012');
    expect(steppedPeriod(periods, '2012', 'last')).toBe('2014');
  });

  it('starts at the end the key points to when the period is not on this axis', () => {
    expect(steppedPeriod(periods, null, 'next')).toBe('2012');
    expect(steppedPeriod(periods, '2019', 'previous')).toBe('2014');
    expect(steppedPeriod([], null, 'next')).toBeNull();
  });

  it('steps across a chart with left and right, down a table with up and down', () => {
    expect(periodStepOfKey('ArrowRight', 'across')).toBe('next');
    expect(periodStepOfKey('ArrowLeft', 'across')).toBe('previous');
    expect(periodStepOfKey('ArrowDown', 'across')).toBeNull();
    expect(periodStepOfKey('ArrowDown', 'down')).toBe('next');
    expect(periodStepOfKey('ArrowUp', 'down')).toBe('previous');
    expect(periodStepOfKey('Home', 'down')).toBe('first');
    expect(periodStepOfKey('End', 'across')).toBe('last');
    expect(periodStepOfKey('a', 'across')).toBeNull();
  });
});
