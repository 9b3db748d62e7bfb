import { describe, expect, it } from 'vitest';
import { observationsCsvFileName } from './observations-csv';

describe('observationsCsvFileName', () => {
  it('names the indicators, the regions and the years asked for', () => {
    const query = { indicatorIds: ['poverty-rate'], regionIds: ['CN-GZ', 'CN'] };
    expect(observationsCsvFileName({ ...query, fromYear: 2012, toYear: 2016 })).toBe(
      'poverty-rate_CN-GZ+CN_2012-2016.csv',
    );
    expect(observationsCsvFileName({ ...query, fromYear: 2012 })).toBe(
      'poverty-rate_CN-GZ+CN_from-2012.csv',
    );
    expect(observationsCsvFileName({ ...query, toYear: 2016 })).toBe(
      'poverty-rate_CN-GZ+CN_to-2016.csv',
    );
    expect(observationsCsvFileName({ indicatorIds: ['a', 'b'], regionIds: [] })).toBe(
      'a+b_all-regions_all-years.csv',
    );
  });
});
