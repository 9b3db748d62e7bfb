import Papa from 'papaparse';
import { csvColumns, csvHeaders } from '../src/domain/csv';

/**
 * Reading one CSV file of an import into rows of named cells, each with the line it starts on, so
 * that a problem can be reported at the line a spreadsheet shows.
 */

export interface Row {
  line: number;
  cells: Record<string, string>;
}

/**
 * The header, and each row with the line it starts on. That line is not the row's index in the
 * file, because a quoted cell may span lines and blank lines are left out.
 */
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
    // A blank line holds no row, but it still counts towards the lines of the rows after it.
    if (record.fields.length === 1 && record.fields[0] === '') continue;
    rows.push({
      line,
      cells: Object.fromEntries(header.map((name, index) => [name, record.fields[index] ?? ''])),
    });
  }
  return { header, rows };
}
