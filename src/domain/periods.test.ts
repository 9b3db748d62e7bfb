import { describe, expect, it } from 'vitest';
import { periodFrequency, periodStart } from '../contract/periods';
import { periodSchema } from '../contract/schemas';
import {
  periodLabel,
  periodPosition,
  periodsInYears,
  periodYearBefore,
  previousPeriod,
  yearSpan,
  yearsBetween,
} from './periods';

describe('periods', () => {
  it('tells the frequency from how a period is written, and the schema accepts the same', () => {
    const cases = [
      ['2016', 'annual'],
      ['2017-H2', 'half-yearly'],
      ['2016-03', 'monthly'],
      ['2019-12-31T23:59', 'minutely'],
      ['2016-13', null],
      ['2016-H3', null],
      ['2019-01-01T24:00', null],
      ['2019-02-29T00:00', null],
      ['2020-02-29T00:00', 'minutely'],
    ] as const;
    for (const [period, frequency] of cases) {
      expect(periodFrequency(period)).toBe(frequency);
      expect(periodSchema.safeParse(period).success).toBe(frequency !== null);
    }
  });

  it('places months and minutes on the same year line as years', () => {
    expect(periodPosition('2016-04')).toBeCloseTo(2016.25);
    expect(periodPosition('2017-H2')).toBe(2017.5);
    expect(periodPosition('2019-07-02T12:00')).toBeCloseTo(2019 + 182.5 / 365);
    expect(yearsBetween('2015-01', '2017-07')).toBeCloseTo(2.5);
    expect(periodStart('2019-01-01T00:01')).toBe(Date.UTC(2019, 0, 1, 0, 1));
    expect(periodStart('2017-H2')).toBe(Date.UTC(2017, 6, 1));
  });

  it('steps back one period and one year in each frequency, across year ends', () => {
    expect(previousPeriod('2016-01')).toBe('2015-12');
    expect(previousPeriod('2016-10')).toBe('2016-09');
    expect(previousPeriod('2019-01-01T00:00')).toBe('2018-12-31T23:59');
    expect(previousPeriod('2017-H1')).toBe('2016-H2');
    expect(periodYearBefore('2016-03')).toBe('2015-03');
    expect(periodYearBefore('2020-06-30T08:15')).toBe('2019-06-30T08:15');
  });

  it('lists every month of the years, and no minutes (those are drawn on a time axis)', () => {
    const months = periodsInYears(2015, 2016, 'monthly');
    expect(months).toHaveLength(24);
    expect(months.slice(10, 14)).toEqual(['2015-11', '2015-12', '2016-01', '2016-02']);
    expect(periodsInYears(2019, 2020, 'minutely')).toEqual([]);
  });

  it('labels months and minutes as each language writes them', () => {
    expect(periodLabel('2016-03', 'en')).toBe('Mar 2016');
    expect(periodLabel('2016-03', 'zh-CN')).toBe('2016年3月');
    expect(periodLabel('2019-01-01T09:05', 'en')).toBe('1 Jan 2019, 09:05');
    expect(periodLabel('2019-01-01T09:05', 'zh-CN')).toBe('2019年1月1日 09:05');
    expect(periodLabel('2017-H1', 'zh-CN')).toBe('2017年上半年');
    expect(periodLabel('not a period', 'en')).toBe('not a period');
  });

  it('writes a span of years with an en dash, and one year alone', () => {
    expect(yearSpan(2012, 2016)).toBe('2012–2016');
    expect(yearSpan(2019, 2019)).toBe('2019');
  });
});
