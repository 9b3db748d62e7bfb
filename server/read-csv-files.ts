import { type Kind, kindOf, requiredColumns } from './csv-file-kinds';
import { allRows, type CsvInput, openCsv, type Row } from './csv-rows';
import type { ImportProblem } from './import-problem';

export type { CsvInput } from './csv-rows';

/** A file's rows, kept with the file's name so that a problem can say where it is. */
export interface CsvFile {
  name: string;
  rows: Row[];
}

export type FilesByKind = { [K in Kind]: CsvFile[] };

/** No file of any kind yet. */
export function noFiles(): FilesByKind {
  return { sources: [], regions: [], indicators: [], events: [], targets: [], observations: [] };
}

/**
 * The first step of the import: reads each file's header and sorts the file by the kind its header
 * makes it, keeping the order the files were given in. Every kind but observations is read whole,
 * as those files are small and every observation is checked against the sources, regions and
 * indicators; observations files are only listed here, to be streamed later. A file whose header
 * makes it no kind is a problem at its first line, and its rows are not read.
 */
export async function readCsvFiles(inputs: readonly CsvInput[]): Promise<{
  files: FilesByKind;
  observationFiles: CsvInput[];
  problems: ImportProblem[];
}> {
  const files = noFiles();
  const observationFiles: CsvInput[] = [];
  const problems: ImportProblem[] = [];
  for (const input of inputs) {
    const file = await openCsv(input);
    const kind = kindOf(file.header);
    if (kind === 'observations') {
      file.close();
      observationFiles.push(input);
    } else if (kind) {
      files[kind].push({ name: input.name, rows: await allRows(file) });
    } else {
      file.close();
      // The reason names only the observations' columns: a panel export is an observations file,
      // and most imports are panel exports. docs/api.md lists the columns of the other kinds.
      problems.push({
        file: input.name,
        line: 1,
        reason: `unrecognised header; observations need ${requiredColumns('observations').join(', ')}`,
      });
    }
  }
  return { files, observationFiles, problems };
}
