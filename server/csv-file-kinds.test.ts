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

  it('tells targets from observations, and events from sources', () => {
    // An observations header has every column of a targets file, and a status besides.
    expect(kindOf(['indicator_id', 'region_id', 'period', 'value', 'source_id', 'note'])).toBe(
      'targets',
    );
    expect(kindOf([...requiredColumns('targets'), 'status'])).toBe('observations');
    // A panel export that lost its status column is a broken observations file, never targets.
    const exported = ['indicator_id', 'region_id', 'period', 'value', 'unit', 'source_id', 'note'];
    expect(kindOf(exported)).toBeNull();
    expect(kindOf(requiredColumns('events'))).toBe('events');
    expect(kindOf([...requiredColumns('events'), 'publisher'])).toBe('events');
    for (const kind of ['sources', 'regions', 'indicators', 'events', 'targets'] as const)
      expect(kindOf(requiredColumns(kind))).toBe(kind);
  });

  it("reads an event's lists, separated by semicolons, each id once, and refuses one that concerns nothing", () => {
    const event = (indicator_ids: string, topics: string) => ({
      id: 'test-event',
      date: '2016-02',
      title_en: 'Test',
      title_zh: '测试',
      description_en: 'A test',
      description_zh: '测试',
      source_id: 'test-source',
      region_ids: 'CN; CN-GZ;CN',
      indicator_ids,
      topics,
    });
    expect(fileKinds.events.check(event('poverty-rate;poor-population', ''))?.record).toEqual({
      id: 'test-event',
      date: '2016-02',
      title: { en: 'Test', zh: '测试' },
      description: { en: 'A test', zh: '测试' },
      sourceId: 'test-source',
      regionIds: ['CN', 'CN-GZ'],
      indicatorIds: ['poverty-rate', 'poor-population'],
      topics: [],
    });
    expect(fileKinds.events.check(event('', ''))?.reasons).toEqual([
      {
        column: null,
        text: 'indicatorIds: expected at least one indicator or topic that the event concerns',
      },
    ]);
  });

  it('reads a target, and says when its value is not a plain number', () => {
    const target = (value: string, period = '2020') => ({
      indicator_id: 'poverty-rate',
      region_id: 'CN',
      period,
      value,
      source_id: 'decision-2015-11-29',
      note: '',
    });
    expect(fileKinds.targets.check(target('0'))).toEqual({
      record: {
        indicator_id: 'poverty-rate',
        region_id: 'CN',
        period: '2020',
        value: 0,
        source_id: 'decision-2015-11-29',
        note: null,
      },
      reasons: [],
    });
    expect(fileKinds.targets.check(target('1,5', '2020-H3'))?.reasons).toEqual([
      { column: 'value', text: 'value: expected a number, got "1,5"' },
      {
        column: null,
        text: 'period: expected a period such as "2016", "2017-H1", "2016-03" or "2019-01-01T00:00"',
      },
    ]);
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
