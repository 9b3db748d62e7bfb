import { type Cells, fileKinds, type Kind, type KindRecords, type Reason } from './csv-file-kinds';
import type { FilesByKind } from './read-csv-files';

/** A row after the contract check, with where it came from so that its problems can say so. */
export interface CheckedRow<R> {
  file: string;
  line: number;
  cells: Cells;
  /** The record the row stands for, or null when the contract refused it. */
  record: R | null;
  /** What is wrong with the row. The cross-check adds its own reasons here. */
  reasons: Reason[];
}

export type CheckedRows = { [K in Kind]: CheckedRow<KindRecords[K]>[] };

/**
 * The second step of the import: checks every row against the contract on its own, by its kind's
 * entry in the table of file kinds. Gap rows of observations files hold nothing to store, so they
 * are counted and dropped here.
 */
export function checkRows(files: FilesByKind): { rows: CheckedRows; gapsSkipped: number } {
  let gapsSkipped = 0;
  const checkKind = <K extends Kind>(kind: K): CheckedRow<KindRecords[K]>[] => {
    const checked: CheckedRow<KindRecords[K]>[] = [];
    for (const file of files[kind]) {
      for (const { line, cells } of file.rows) {
        const result = fileKinds[kind].check(cells);
        if (result === null) gapsSkipped += 1;
        else checked.push({ file: file.name, line, cells, ...result });
      }
    }
    return checked;
  };
  const rows: CheckedRows = {
    sources: checkKind('sources'),
    regions: checkKind('regions'),
    indicators: checkKind('indicators'),
    events: checkKind('events'),
    targets: checkKind('targets'),
    observations: checkKind('observations'),
  };
  return { rows, gapsSkipped };
}

/** The records of the rows that passed the contract check, in the order of their files. */
export function recordsOf<R>(rows: readonly CheckedRow<R>[]): R[] {
  return rows.flatMap((row) => (row.record === null ? [] : [row.record]));
}
