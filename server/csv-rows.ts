import Papa from 'papaparse';
import { csvColumns, csvHeaders } from '../src/domain/csv';

/**
 * Reading the import's CSV files: rows with the line each starts on, what kind of file a header
 * makes it, and the export's formula neutralisation undone.
 */

export interface Row {
  line: number;
  cells: Record<string, string>;
}

export type Kind = 'observations' | 'indicators' | 'regions' | 'sources';

export const columns: Record<Kind, string[]> = {
  observations: ['indicator_id', 'region_id', 'period', 'value', 'status', 'source_id'],
  indicators: [
    'id',
    'name_en',
    'name_zh',
    'description_en',
    'description_zh',
    'unit',
    'measure',
    'direction',
    'frequency',
    'topic',
  ],
  regions: ['id', 'name_en', 'name_zh', 'level', 'parent_id'],
  sources: ['id', 'publisher'],
};

/** Rows with the line each starts on (a quoted cell may span lines). */
export function readRows(text: string): { header: string[]; rows: Row[] } {
  const clean = text.replace(/^\uFEFF/, '');
  const records: { fields: string[]; start: number }[] = [];
  let start = 0;
  Papa.parse<string[]>(clean, {
    skipEmptyLines: false,
    step: (result) => {
      records.push({ fields: result.data, start });
      start = result.meta.cursor;
    },
  });
  // A panel export in Chinese has Chinese column names: read them as their English twins.
  const header = (records[0]?.fields ?? []).map((cell) => {
    const name = cell.trim();
    const index = csvHeaders['zh-CN'].indexOf(name);
    return index >= 0 ? (csvColumns[index] ?? name) : name;
  });
  const rows: Row[] = [];
  let line = 1;
  let counted = 0;
  for (const record of records.slice(1)) {
    line += (clean.slice(counted, record.start).match(/\r\n|\r|\n/g) ?? []).length;
    counted = record.start;
    if (record.fields.length === 1 && record.fields[0] === '') continue;
    rows.push({
      line,
      cells: Object.fromEntries(header.map((name, index) => [name, record.fields[index] ?? ''])),
    });
  }
  return { header, rows };
}

export function kindOf(header: string[]): Kind | null {
  for (const kind of ['observations', 'indicators', 'regions', 'sources'] as const) {
    if (columns[kind].every((column) => header.includes(column))) return kind;
  }
  return null;
}

/** The export neutralises formula-like text with a leading quote; the import takes it off. */
export function unneutralise(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
