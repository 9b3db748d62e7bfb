import { describe, expect, it } from 'vitest';
import { checkRows } from './check-rows';
import { crossCheckRows } from './cross-check-rows';
import type { ExistingRecords } from './existing-records';
import { type CsvFile, type FilesByKind, noFiles } from './read-csv-files';

const existing: ExistingRecords = {
  sources: new Set(['my-survey']),
  regions: new Set(['CN']),
  indicators: new Map([
    ['rate', { unit: 'percent', frequency: 'annual', measure: 'rate' }],
    ['growth', { unit: 'percent', frequency: 'annual', measure: 'growth-rate' }],
  ]),
  events: new Set(),
  targets: new Set(['rate|CN|2020']),
};

function files(kind: keyof FilesByKind, file: CsvFile): FilesByKind {
  return { ...noFiles(), [kind]: [file] };
}

describe('crossCheckRows', () => {
  it('refuses a source the database has, unless it is to be replaced', () => {
    const sources = files('sources', {
      name: 's.csv',
      rows: [{ line: 2, cells: { id: 'my-survey', publisher: 'Me' } }],
    });
    const refused = checkRows(sources).rows;
    crossCheckRows(refused, existing, false);
    expect(refused.sources[0]?.reasons).toEqual([
      { column: 'id', text: 'source "my-survey" already exists; pass --replace to overwrite it' },
    ]);
    const replaced = checkRows(sources).rows;
    crossCheckRows(replaced, existing, true);
    expect(replaced.sources[0]?.reasons).toEqual([]);
  });

  it('returns the regions whose parent neither the database nor the import has', () => {
    const cells = (id: string, parent_id: string) => ({
      id,
      name_en: id,
      name_zh: id,
      level: 'province',
      parent_id,
    });
    const rows = checkRows(
      files('regions', {
        name: 'r.csv',
        rows: [
          { line: 2, cells: cells('CN-GZ', 'CN') },
          { line: 3, cells: cells('520111', 'CN-GZ') },
          { line: 4, cells: cells('520112', 'CN-XX') },
        ],
      }),
    ).rows;
    expect(crossCheckRows(rows, existing, false).parentProblems).toEqual([
      { file: 'r.csv', line: 4, reason: 'unknown parent region "CN-XX"' },
    ]);
  });

  it('refuses an id given twice in one import, naming the row that gave it first', () => {
    const source = { id: 'new-survey', publisher: 'Me' };
    for (const replace of [false, true]) {
      const rows = checkRows(
        files('sources', {
          name: 's.csv',
          rows: [
            { line: 2, cells: source },
            { line: 3, cells: source },
          ],
        }),
      ).rows;
      crossCheckRows(rows, existing, replace);
      expect(rows.sources[0]?.reasons).toEqual([]);
      expect(rows.sources[1]?.reasons).toEqual([
        {
          column: 'id',
          text: 'source "new-survey" is given again; it was first given at s.csv line 2',
        },
      ]);
    }
  });

  it('refuses an event that names a source, region or indicator that neither side has', () => {
    const rows = checkRows(
      files('events', {
        name: 'e.csv',
        rows: [
          {
            line: 2,
            cells: {
              id: 'test-event',
              date: '2016-02',
              title_en: 'Test',
              title_zh: '测试',
              description_en: 'Test',
              description_zh: '测试',
              source_id: 'nowhere',
              region_ids: 'CN;CN-XX',
              indicator_ids: 'rate;no-such-indicator',
              topics: 'poverty',
            },
          },
        ],
      }),
    ).rows;
    crossCheckRows(rows, existing, false);
    expect(rows.events[0]?.reasons).toEqual([
      { column: 'source_id', text: 'unknown source "nowhere" (add it in a sources file)' },
      { column: 'region_ids', text: 'unknown region "CN-XX" (add it in a regions file)' },
      {
        column: 'indicator_ids',
        text: 'unknown indicator "no-such-indicator" (add it in an indicators file)',
      },
    ]);
  });

  it('refuses a target given twice, one the database has unless replacing, and one that does not fit', () => {
    const target = (period: string) => ({
      indicator_id: 'rate',
      region_id: 'CN',
      period,
      value: '0',
      source_id: 'my-survey',
    });
    const targets = files('targets', {
      name: 't.csv',
      rows: [
        { line: 2, cells: target('2025') },
        { line: 3, cells: target('2025') },
        { line: 4, cells: target('2020') },
        { line: 5, cells: target('2020-H1') },
      ],
    });
    const refused = checkRows(targets).rows;
    crossCheckRows(refused, existing, false);
    expect(refused.targets.map((row) => row.reasons.map((reason) => reason.text))).toEqual([
      [],
      ['target rate, CN, 2025 is given again; it was first given at t.csv line 2'],
      ['target rate, CN, 2020 is already in the database; pass --replace to overwrite it'],
      ['period "2020-H1" does not fit the indicator\'s annual frequency'],
    ]);
    const replaced = checkRows(targets).rows;
    crossCheckRows(replaced, existing, true);
    expect(replaced.targets[2]?.reasons).toEqual([]);
  });

  it('refuses published growth rates in an indicator that is unknown or holds no growth rates', () => {
    const indicator = (id: string, published: string) => ({
      id,
      name_en: id,
      name_zh: id,
      description_en: id,
      description_zh: id,
      unit: 'billion-yuan',
      measure: 'level',
      direction: 'higher-is-better',
      frequency: 'annual',
      topic: 'e-commerce',
      published_growth_indicator_id: published,
    });
    const rows = checkRows(
      files('indicators', {
        name: 'i.csv',
        rows: [
          { line: 2, cells: indicator('sales', 'growth') },
          { line: 3, cells: indicator('orders', 'rate') },
          { line: 4, cells: indicator('visits', 'no-such-indicator') },
          { line: 5, cells: indicator('stations', '') },
        ],
      }),
    ).rows;
    crossCheckRows(rows, existing, false);
    expect(rows.indicators.map((row) => row.reasons.map((reason) => reason.text))).toEqual([
      [],
      ['indicator "rate" measures rate, not growth-rate'],
      ['unknown indicator "no-such-indicator" (add it in an indicators file)'],
      [],
    ]);
    expect(rows.indicators[0]?.record?.publishedGrowthIndicatorId).toBe('growth');
    expect(rows.indicators[3]?.record?.id).toBe('stations');
    expect(rows.indicators[3]?.record?.publishedGrowthIndicatorId).toBeUndefined();
  });
});
