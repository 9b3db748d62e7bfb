import { type CheckedRow, type CheckedRows, checkRows, recordsOf } from './check-rows';
import { crossCheckRows } from './cross-check-rows';
import { inColumnOrder, type Kind } from './csv-file-kinds';
import type { Db } from './database';
import { readExistingRecords } from './existing-records';
import type { ImportProblem } from './import-problem';
import { importObservations, ProblemList } from './observation-batches';
import { type CsvInput, readCsvFiles } from './read-csv-files';
import { changeDataVersion } from './sql/migrations';
import { writeRecordsIn } from './write-records';

/**
 * Imports tidy CSV files into the reference server's database: observations in the columns of the
 * panel CSV export, and optionally new indicators, regions, sources, targets and policy events.
 * It runs four steps: read the files, check each row against the contract, cross-check the rows
 * against each other and the database, and write. All of it happens in one transaction, which is
 * committed only if every row passed: the import is all or nothing. Observations are streamed through the checks and the
 * writes a batch at a time (observation-batches.ts), so a file of any length takes bounded memory.
 */

export interface ImportResult {
  /** The problems found, the first `problemListLimit` of them; `problemCount` counts them all. */
  problems: ImportProblem[];
  problemCount: number;
  observations: number;
  gapsSkipped: number;
  indicators: number;
  regions: number;
  sources: number;
  events: number;
  targets: number;
}

/** How many problems an import lists; a file wrong throughout would otherwise list every row. */
export const problemListLimit = 1_000;

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

/** An import of at least this many observations refreshes the planner's statistics. */
const analyzeFrom = 10_000;

/** Thrown inside the transaction to roll it back when the import found problems. */
class Refused extends Error {
  constructor(readonly result: ImportResult) {
    super('the import was refused');
  }
}

export async function importCsv(
  db: Db,
  inputs: readonly CsvInput[],
  options: { replace: boolean },
): Promise<ImportResult> {
  const read = await readCsvFiles(inputs);
  const checked = checkRows(read.files);
  try {
    const result = await db.transaction(async (tx) => {
      const { known, parentProblems } = crossCheckRows(
        checked.rows,
        await readExistingRecords(tx),
        options.replace,
      );
      // The problems are listed in the order the import has always used. First come the headers
      // it could not recognise, then the rows of sources, regions and indicators files, then the
      // regions whose parent is unknown, then the rows of the kinds added since (events and
      // targets), and last the rows of observations files.
      const problems = new ProblemList(problemListLimit);
      problems.add([
        ...read.problems,
        ...rowProblems(checked.rows, ['sources', 'regions', 'indicators']),
        ...parentProblems,
        ...rowProblems(checked.rows, ['events', 'targets']),
      ]);
      const records = {
        sources: recordsOf(checked.rows.sources),
        regions: recordsOf(checked.rows.regions),
        indicators: recordsOf(checked.rows.indicators),
        events: recordsOf(checked.rows.events),
        targets: recordsOf(checked.rows.targets),
        observations: [],
      };
      const onConflict = options.replace ? 'replace' : 'fail';
      if (problems.count === 0) await writeRecordsIn(tx, records, onConflict);
      const streamed = await importObservations(
        tx,
        read.observationFiles,
        known,
        options.replace,
        problems,
      );
      const result = {
        problems: problems.listed,
        problemCount: problems.count,
        observations: streamed.observations,
        gapsSkipped: checked.gapsSkipped + streamed.gapsSkipped,
        indicators: records.indicators.length,
        regions: records.regions.length,
        sources: records.sources.length,
        events: records.events.length,
        targets: records.targets.length,
      };
      if (problems.count > 0) {
        throw new Refused({
          ...result,
          observations: 0,
          indicators: 0,
          regions: 0,
          sources: 0,
          events: 0,
          targets: 0,
        });
      }
      await changeDataVersion(tx);
      return result;
    });
    // The planner's statistics are from before the import; a large one changes what the best
    // plan for a series is (PostgreSQL would otherwise scan a million rows it thinks are few).
    if (result.observations >= analyzeFrom) await db.run('ANALYZE observations');
    return result;
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}
