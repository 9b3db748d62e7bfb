import { type CheckedRow, type CheckedRows, checkRows, recordsOf } from './check-rows';
import { crossCheckRows } from './cross-check-rows';
import { inColumnOrder, type Kind } from './csv-file-kinds';
import type { Db } from './database';
import { readExistingRecords } from './existing-records';
import type { ImportProblem } from './import-problem';
import { type CsvInput, readCsvFiles } from './read-csv-files';
import { writeRecords } from './write-records';

/**
 * Imports tidy CSV files into the reference server's database: observations in the columns of the
 * panel CSV export, and optionally new indicators, regions and sources. It runs four steps: read
 * the files, check each row against the contract, cross-check the rows against each other and the
 * database, and write. Nothing is written unless every row passed, and then in one transaction.
 */

export interface ImportResult {
  problems: ImportProblem[];
  observations: number;
  gapsSkipped: number;
  indicators: number;
  regions: number;
  sources: number;
}

/**
 * Turns each reason of each row into a problem. A row's reasons come from two steps, the check and
 * the cross-check, so they are put in the order of the kind's columns to read from left to right.
 */
function rowProblems(rows: CheckedRows, kinds: readonly Kind[]): ImportProblem[] {
  return kinds.flatMap((kind) => {
    // Each kind's rows hold records of a different type; listing problems needs none of them.
    const ofKind: readonly CheckedRow<unknown>[] = rows[kind];
    return ofKind.flatMap((row) =>
      inColumnOrder(kind, row.reasons).map((reason) => ({
        file: row.file,
        line: row.line,
        reason: reason.text,
      })),
    );
  });
}

export async function importCsv(
  db: Db,
  inputs: readonly CsvInput[],
  options: { replace: boolean },
): Promise<ImportResult> {
  const read = readCsvFiles(inputs);
  const checked = checkRows(read.files);
  const existing = await readExistingRecords(
    db,
    checked.rows.observations.map(({ cells }) => ({
      indicator_id: cells.indicator_id ?? '',
      region_id: cells.region_id ?? '',
      period: cells.period ?? '',
    })),
  );
  const parentProblems = crossCheckRows(checked.rows, existing, options.replace);
  // The problems are listed in the order the import has always used. First come the headers it
  // could not recognise, then the rows of sources, regions and indicators files, then the regions
  // whose parent is unknown, and last the rows of observations files.
  const problems = [
    ...read.problems,
    ...rowProblems(checked.rows, ['sources', 'regions', 'indicators']),
    ...parentProblems,
    ...rowProblems(checked.rows, ['observations']),
  ];
  const result = {
    problems,
    observations: 0,
    gapsSkipped: checked.gapsSkipped,
    indicators: 0,
    regions: 0,
    sources: 0,
  };
  if (problems.length > 0) return result;

  const records = {
    sources: recordsOf(checked.rows.sources),
    regions: recordsOf(checked.rows.regions),
    indicators: recordsOf(checked.rows.indicators),
    observations: recordsOf(checked.rows.observations),
  };
  await writeRecords(db, records, options.replace ? 'replace' : 'fail');
  return {
    ...result,
    observations: records.observations.length,
    indicators: records.indicators.length,
    regions: records.regions.length,
    sources: records.sources.length,
  };
}
