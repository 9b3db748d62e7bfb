import { describe, expect, it } from 'vitest';
import { checkRows } from './check-rows';
import { crossCheckRows } from './cross-check-rows';
import type { ExistingRecords } from './existing-records';
import type { CsvFile, FilesByKind } from './read-csv-files';

const existing: ExistingRecords = {
  sources: new Set(['my-survey']),
  regions: new Set(['CN']),
  indicators: new Map(),
};

function files(kind: keyof FilesByKind, file: CsvFile): FilesByKind {
  return { sources: [], regions: [], indicators: [], observations: [], [kind]: [file] };
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
});
