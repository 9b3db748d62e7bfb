import { type Kind, kindOf, requiredColumns } from './csv-file-kinds';
import { type Row, readRows } from './csv-rows';
import type { ImportProblem } from './import-problem';

/** A CSV file given to the import: its name, which problems are reported under, and its text. */
export interface CsvInput {
  name: string;
  text: string;
}

/** A file's rows, kept with the file's name so that a problem can say where it is. */
export interface CsvFile {
  name: string;
  rows: Row[];
}

export type FilesByKind = { [K in Kind]: CsvFile[] };

/**
 * The first step of the import: parses each file and sorts it by the kind its header makes it,
 * keeping the order the files were given in. A file whose header makes it no kind is a problem
 * at its first line, and its rows are not read.
 */
export function readCsvFiles(inputs: readonly CsvInput[]): {
  files: FilesByKind;
  problems: ImportProblem[];
} {
  const files: FilesByKind = { sources: [], regions: [], indicators: [], observations: [] };
  const problems: ImportProblem[] = [];
  for (const input of inputs) {
    const { header, rows } = readRows(input.text);
    const kind = kindOf(header);
    if (kind) {
      files[kind].push({ name: input.name, rows });
      continue;
    }
    // The reason names only the observations' columns: a panel export is an observations file,
    // and most imports are panel exports. docs/api.md lists the columns of the other kinds.
    problems.push({
      file: input.name,
      line: 1,
      reason: `unrecognised header; observations need ${requiredColumns('observations').join(', ')}`,
    });
  }
  return { files, problems };
}
