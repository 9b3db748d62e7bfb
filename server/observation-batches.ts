import { type Known, observationReasons } from './cross-check-rows';
import { fileKinds, inColumnOrder, type Reason } from './csv-file-kinds';
import { type CsvInput, openCsv } from './csv-rows';
import { keyOf, type ObservationKey, rowsWithKeys } from './existing-records';
import type { ImportProblem } from './import-problem';
import { insertRows, tables } from './insert-statements';
import type { SqlClient, SqlValue } from './sql/sql-client';
import type { ObservationRow } from './table-rows';

/**
 * The observations step of the import, streamed: rows are read, checked and written a batch at a
 * time inside the import's transaction, so that memory stays bounded however long the files are.
 * Which rows repeat another is kept in the database, in a temporary table of the keys seen so far
 * and where each was last seen; the transaction drops it. Once any problem is found, nothing more
 * is written, but every row is still checked, so that all problems are reported at once; the
 * caller then rolls the transaction back.
 */

/** Rows checked and written together: large enough to save round trips, small enough to hold. */
const batchSize = 1_000;

/** The problems found, of which at most `limit` are kept to be listed; all are counted. */
export class ProblemList {
  readonly listed: ImportProblem[] = [];
  count = 0;
  constructor(private readonly limit: number) {}
  add(problems: readonly ImportProblem[]): void {
    for (const problem of problems) {
      this.count += 1;
      if (this.listed.length < this.limit) this.listed.push(problem);
    }
  }
}

interface BatchRow {
  file: string;
  line: number;
  key: ObservationKey;
  record: ObservationRow | null;
  reasons: Reason[];
}

const importKeys = {
  name: 'import_keys',
  columns: ['indicator_id', 'region_id', 'period', 'location'],
  key: ['indicator_id', 'region_id', 'period'],
} as const;

/**
 * Adds keys to a table keyed by them, skipping those it has, and returns the keys it added. The
 * conflict is found through the table's primary key as each row goes in, so this costs the same
 * however large the table has grown within the transaction (a lookup query would be planned with
 * the table's statistics from before the import, and scan it).
 */
async function addNewKeys<Row extends ObservationKey>(
  tx: SqlClient,
  table: { name: string; columns: readonly (keyof Row & string)[] },
  rows: readonly Row[],
): Promise<Set<string>> {
  const added = new Set<string>();
  const perStatement = Math.floor(8_000 / table.columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const params: Record<string, SqlValue> = {};
    const tuples = rows.slice(start, start + perStatement).map((row, index) => {
      const names = table.columns.map((column) => {
        params[`${column}_${index}`] = (row[column] as SqlValue | undefined) ?? null;
        return `@${column}_${index}`;
      });
      return `(${names.join(', ')})`;
    });
    const returned = await tx.all<ObservationKey>(
      `INSERT INTO ${table.name} (${table.columns.join(', ')}) VALUES ${tuples.join(', ')}
        ON CONFLICT (indicator_id, region_id, period) DO NOTHING
        RETURNING indicator_id, region_id, period`,
      params,
    );
    for (const key of returned) added.add(keyOf(key));
  }
  return added;
}

/** Checks one batch against the keys seen before it and the database, and writes it if all is well. */
async function settleBatch(
  tx: SqlClient,
  batch: readonly BatchRow[],
  replace: boolean,
  problems: ProblemList,
): Promise<void> {
  // The first row of each key in the batch is where the key is last seen, unless a later row of
  // the batch repeats it; the keys already in the table were seen in an earlier batch.
  const firstOfKey = new Map<string, BatchRow>();
  for (const row of batch) if (!firstOfKey.has(keyOf(row.key))) firstOfKey.set(keyOf(row.key), row);
  const newKeys = await addNewKeys(
    tx,
    importKeys,
    [...firstOfKey.values()].map((row) => ({
      ...row.key,
      location: `${row.file} line ${row.line}`,
    })),
  );
  const seenBefore = [...firstOfKey.entries()].flatMap(([key, row]) =>
    newKeys.has(key) ? [] : [row.key],
  );
  const seen = new Map(
    (
      await rowsWithKeys<ObservationKey & { location: string }>(
        tx,
        importKeys.name,
        ['location'],
        seenBefore,
      )
    ).map((row) => [keyOf(row), row.location]),
  );
  // A repeat names the latest of the rows it repeats, so every row counts as seen, even one with
  // other problems.
  const repeated = new Set<string>();
  for (const row of batch) {
    const key = keyOf(row.key);
    const { indicator_id, region_id, period } = row.key;
    const earlier = seen.get(key);
    if (earlier) {
      repeated.add(key);
      row.reasons.push({
        column: null,
        text: `repeats ${indicator_id}, ${region_id}, ${period} from ${earlier}`,
      });
    }
    seen.set(key, `${row.file} line ${row.line}`);
  }
  // Where a repeated key was seen last is kept for the batches after this one.
  await insertRows(
    tx,
    importKeys,
    [...repeated].flatMap((key) => {
      const row = firstOfKey.get(key);
      return row ? [{ ...row.key, location: seen.get(key) ?? '' }] : [];
    }),
    'replace',
  );
  if (!replace) await refuseStored(tx, batch, problems.count > 0);
  problems.add(
    batch.flatMap((row) =>
      inColumnOrder('observations', row.reasons).map((reason) => ({
        file: row.file,
        line: row.line,
        reason: reason.text,
      })),
    ),
  );
  if (problems.count > 0) return;
  await insertRows(
    tx,
    tables.observations,
    batch.flatMap((row) => (row.record ? [row.record] : [])),
    replace ? 'replace' : 'fail',
  );
}

const alreadyStored = (key: ObservationKey) =>
  `${key.indicator_id}, ${key.region_id}, ${key.period} is already in the database; pass --replace to overwrite it`;

/**
 * Refuses the rows of the batch that the database holds already. While the import is sound, its
 * good rows are written as they are checked, and one that the database holds is the one that does
 * not go in; the rest (rows refused for other reasons, or every row once the import is refused)
 * are looked up.
 */
async function refuseStored(
  tx: SqlClient,
  batch: readonly BatchRow[],
  refused: boolean,
): Promise<void> {
  const repeats = (row: BatchRow) =>
    row.reasons.some((reason) => reason.text.startsWith('repeats '));
  const candidates = batch.filter((row) => !repeats(row));
  const writable = (row: BatchRow) => !refused && row.record !== null && row.reasons.length === 0;
  const toWrite = candidates.filter(writable);
  const toLookUp = candidates.filter((row) => !writable(row));
  const stored = new Set(
    (
      await rowsWithKeys(
        tx,
        tables.observations.name,
        [],
        toLookUp.map((row) => row.key),
      )
    ).map(keyOf),
  );
  for (const row of toLookUp) {
    if (stored.has(keyOf(row.key)))
      row.reasons.push({ column: null, text: alreadyStored(row.key) });
  }
  if (toWrite.length === 0) return;
  const written = await addNewKeys(
    tx,
    tables.observations,
    toWrite.flatMap((row) => (row.record ? [row.record] : [])),
  );
  for (const row of toWrite) {
    if (!written.has(keyOf(row.key)))
      row.reasons.push({ column: null, text: alreadyStored(row.key) });
  }
  // Written rows are done with; a batch that turns out refused is rolled back with the rest.
  for (const row of toWrite) if (written.has(keyOf(row.key))) row.record = null;
}

/**
 * Streams every observations file through the checks, in the order given, writing as it goes while
 * no problem has been found. Says how many observations passed and how many gap rows were skipped.
 */
export async function importObservations(
  tx: SqlClient,
  files: readonly CsvInput[],
  known: Known,
  replace: boolean,
  problems: ProblemList,
): Promise<{ observations: number; gapsSkipped: number }> {
  await tx.run(`CREATE TEMPORARY TABLE ${importKeys.name} (
    indicator_id TEXT NOT NULL,
    region_id TEXT NOT NULL,
    period TEXT NOT NULL,
    location TEXT NOT NULL,
    PRIMARY KEY (indicator_id, region_id, period)
  )`);
  let observations = 0;
  let gapsSkipped = 0;
  let batch: BatchRow[] = [];
  const settle = async () => {
    await settleBatch(tx, batch, replace, problems);
    batch = [];
  };
  for (const input of files) {
    const file = await openCsv(input);
    for await (const { line, cells } of file.rows) {
      const checked = fileKinds.observations.check(cells);
      // Gap rows of a panel export hold nothing to store.
      if (checked === null) {
        gapsSkipped += 1;
        continue;
      }
      const periodRefused = checked.reasons.some((reason) => reason.column === 'period');
      const reasons = [...checked.reasons, ...observationReasons(cells, periodRefused, known)];
      if (reasons.length === 0) observations += 1;
      batch.push({
        file: input.name,
        line,
        key: {
          indicator_id: cells.indicator_id ?? '',
          region_id: cells.region_id ?? '',
          period: cells.period ?? '',
        },
        record: checked.record,
        reasons,
      });
      if (batch.length >= batchSize) await settle();
    }
  }
  await settle();
  await tx.run(`DROP TABLE ${importKeys.name}`);
  return { observations, gapsSkipped };
}
