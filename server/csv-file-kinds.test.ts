import { describe, expect, it } from 'vitest';
import { fileKinds, inColumnOrder, kindOf, requiredColumns } from './csv-file-kinds';

describe('the table of file kinds', () => {
  it('recognises a file by the required columns of its header, in any order', () => {
    expect(kindOf(['publisher', 'id'])).toBe('sources');
    expect(kindOf(['parent_id', 'level', 'name_zh', 'name_en', 'id', 'extra'])).toBe('regions');
    expect(kindOf(['id', 'name_en'])).toBeNull();
    // A header with the columns of two kinds is an observations file.
    expect(kindOf([...requiredColumns('observations'), 'id', 'publisher'])).toBe('observations');
  });

  it('drops a gap row and reads a figure with its note', () => {
    const check = fileKinds.observations.check;
    expect(check({ period: '2016', value: '', status: '' })).toBeNull();
    expect(
      check({
        indicator_id: 'poverty-rate',
        region_id: 'CN-GZ',
        period: '2016',
        value: ' 10.7 ',
        status: 'reported',
        source_id: 'china-daily-2017-12-18',
        note: "'=1+2",
      }),
    ).toEqual({
      record: {
        indicator_id: 'poverty-rate',
        region_id: 'CN-GZ',
        period: '2016',
        year: 2016,
        // 2016-01-01T00:00 UTC, in minutes since the epoch.
        starts_at: 24_193_440,
        value: 10.7,
        status: 'reported',
        source_id: 'china-daily-2017-12-18',
        note: '=1+2',
      },
      reasons: [],
    });
  });

  it('refuses a period outside the years the API answers', () => {
    const row = (period: string) => ({
      indicator_id: 'poverty-rate',
      region_id: 'CN-GZ',
      period,
      value: '1',
      status: 'reported',
      source_id: 'china-daily-2017-12-18',
    });
    expect(fileKinds.observations.check(row('7000'))).toEqual({
      record: null,
      reasons: [
        { column: 'period', text: 'period: the year must be from 1900 to 2100, got "7000"' },
      ],
    });
    expect(fileKinds.observations.check(row('2100'))?.reasons).toEqual([]);
  });

  it("puts a row's reasons in the order of its columns, those about the whole row last", () => {
    const reasons = [
      { column: null, text: 'repeats' },
      { column: 'source_id', text: 'source' },
      { column: 'indicator_id', text: 'indicator' },
      { column: 'value', text: 'value' },
    ];
    expect(inColumnOrder('observations', reasons).map((reason) => reason.text)).toEqual([
      'indicator',
      'value',
      'source',
      'repeats',
    ]);
  });
});
