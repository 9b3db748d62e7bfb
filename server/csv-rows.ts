import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { csvColumns, csvHeaders } from '../src/domain/csv';

/**
 * Reading one CSV file of an import into rows of named cells, each with the line it starts on, so
 * that a problem can be reported at the line a spreadsheet shows. The file is streamed: a row is
 * read when it is asked for, so a file of a million rows never sits in memory whole.
 */

/** A CSV file given to the import: its name, which problems are reported under, and its content. */
export type CsvInput = { name: string } & ({ text: string } | { path: string });

export interface Row {
  line: number;
  cells: Record<string, string>;
}

export interface OpenCsv {
  header: string[];
  rows: AsyncGenerator<Row>;
  /** Stops reading, for a caller that wanted only the header. */
  close: () => void;
}

const lineBreaks = /\r\n|\r|\n/g;

/**
 * Opens the file and reads its header. A row's line is not its index in the file, because a quoted
 * cell may span lines and blank lines are left out: it is counted from the line breaks in the
 * cells of the rows before it.
 */
export async function openCsv(input: CsvInput): Promise<OpenCsv> {
  const source = 'path' in input ? createReadStream(input.path) : Readable.from([input.text]);
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: false });
  source.on('error', (error: Error) => parser.destroy(error));
  source.pipe(parser);
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await records.next();
  // A panel export in Chinese has Chinese column names: read them as their English twins.
  const header = (first.done ? [] : first.value).map((cell, index) => {
    const name = (index === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim();
    const position = csvHeaders['zh-CN'].indexOf(name);
    return position >= 0 ? (csvColumns[position] ?? name) : name;
  });
  const linesIn = (fields: readonly string[]) =>
    fields.reduce((lines, field) => lines + (field.match(lineBreaks)?.length ?? 0), 1);
  async function* rows(): AsyncGenerator<Row> {
    let line = first.done ? 1 : linesIn(first.value) + 1;
    for (let next = await records.next(); !next.done; next = await records.next()) {
      const fields = next.value;
      const start = line;
      line += linesIn(fields);
      // A blank line holds no row, but it still counts towards the lines of the rows after it.
      if (fields.length === 1 && fields[0] === '') continue;
      yield {
        line: start,
        cells: Object.fromEntries(header.map((name, index) => [name, fields[index] ?? ''])),
      };
    }
  }
  return {
    header,
    rows: rows(),
    close: () => {
      source.destroy();
      parser.destroy();
    },
  };
}

/** Every row of an open file, for the kinds of file that are small (sources, regions, indicators). */
export async function allRows(file: OpenCsv): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of file.rows) rows.push(row);
  return rows;
}
