import { periodFrequency } from '../src/contract/periods';
import { type CheckedRow, type CheckedRows, recordsOf } from './check-rows';
import type { Cells, Reason } from './csv-file-kinds';
import type { ExistingRecords, IndicatorTerms } from './existing-records';
import type { ImportProblem } from './import-problem';

/**
 * The third step of the import: the checks that one row cannot answer alone. An id a row refers
 * to must exist in the database or in the same import; a new source, region or indicator must not
 * be in the database already; an observation must fit its indicator. Replacing lifts the "already
 * there" check.
 */

/** The ids a row may refer to: those in the database and those the import brings. */
export interface Known {
  sources: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  indicators: ReadonlyMap<string, IndicatorTerms>;
}

function knownRecords(rows: CheckedRows, existing: ExistingRecords): Known {
  return {
    sources: new Set([...existing.sources, ...recordsOf(rows.sources).map((source) => source.id)]),
    regions: new Set([...existing.regions, ...recordsOf(rows.regions).map((region) => region.id)]),
    // An indicator the import brings again replaces the one in the database, so its terms win.
    indicators: new Map([
      ...existing.indicators,
      ...recordsOf(rows.indicators).map(
        ({ id, unit, frequency, measure }) => [id, { unit, frequency, measure }] as const,
      ),
    ]),
  };
}

/** Refuses a new source, region or indicator whose id is in the database already. */
function refuseExisting(
  rows: readonly CheckedRow<{ id: string }>[],
  noun: string,
  existing: { has: (id: string) => boolean },
): void {
  for (const row of rows) {
    if (row.record && existing.has(row.record.id)) {
      row.reasons.push({
        column: 'id',
        text: `${noun} "${row.record.id}" already exists; pass --replace to overwrite it`,
      });
    }
  }
}

/**
 * Refuses a source, region or indicator whose id an earlier row of the import already gives: the
 * database would refuse the second (or, replacing, let the last silently win), and a reader
 * should be told which rows collide instead.
 */
function refuseRepeatedIds(rows: readonly CheckedRow<{ id: string }>[], noun: string): void {
  const seen = new Map<string, string>();
  for (const row of rows) {
    if (!row.record) continue;
    const earlier = seen.get(row.record.id);
    if (earlier) {
      row.reasons.push({
        column: 'id',
        text: `${noun} "${row.record.id}" is given again; it was first given at ${earlier}`,
      });
    } else seen.set(row.record.id, `${row.file} line ${row.line}`);
  }
}

/**
 * The reasons an observation row does not fit the rest of the import. A row the contract check
 * refused is still cross-checked, so that every problem of the row is reported at once. Whether it
 * repeats another row is checked as the observations are streamed (see observation-batches.ts).
 */
export function observationReasons(cells: Cells, periodRefused: boolean, known: Known): Reason[] {
  const reasons: Reason[] = [];
  const indicator = known.indicators.get(cells.indicator_id ?? '');
  if (!indicator) {
    reasons.push({
      column: 'indicator_id',
      text: `unknown indicator "${cells.indicator_id}" (add it in an indicators file)`,
    });
  }
  if (!known.regions.has(cells.region_id ?? '')) {
    reasons.push({
      column: 'region_id',
      text: `unknown region "${cells.region_id}" (add it in a regions file)`,
    });
  }
  // A period that is not one has been reported already, and has no frequency to compare.
  if (indicator && !periodRefused && periodFrequency(cells.period ?? '') !== indicator.frequency) {
    reasons.push({
      column: 'period',
      text: `period "${cells.period}" does not fit the indicator's ${indicator.frequency} frequency`,
    });
  }
  if (cells.unit && indicator && cells.unit !== indicator.unit) {
    reasons.push({
      column: 'unit',
      text: `unit "${cells.unit}" differs from the indicator's unit "${indicator.unit}"`,
    });
  }
  // The export's measure column says what its values measure as the panel showed them. The
  // dashboard can turn a cumulative count into one per period or back; such figures are its own
  // arithmetic, not the published ones.
  if (cells.measure && indicator && cells.measure !== indicator.measure) {
    reasons.push({
      column: 'measure',
      text: `values re-expressed as ${cells.measure} by the dashboard, not the indicator's ${indicator.measure} figures; export the panel as published to import it`,
    });
  }
  if (!known.sources.has(cells.source_id ?? '')) {
    reasons.push({
      column: 'source_id',
      text: `unknown source "${cells.source_id}" (add it in a sources file)`,
    });
  }
  return reasons;
}

/**
 * Cross-checks the sources, regions and indicators files: adds the reasons it finds to the rows
 * they are about, and returns what the observations are checked against (the ids known) and the
 * problems of regions whose parent is unknown. Those are listed after the rows of every sources,
 * regions and indicators file, as the import has always listed them, so they are kept apart from
 * their rows.
 */
export function crossCheckRows(
  rows: CheckedRows,
  existing: ExistingRecords,
  replace: boolean,
): { known: Known; parentProblems: ImportProblem[] } {
  refuseRepeatedIds(rows.sources, 'source');
  refuseRepeatedIds(rows.regions, 'region');
  refuseRepeatedIds(rows.indicators, 'indicator');
  if (!replace) {
    refuseExisting(rows.sources, 'source', existing.sources);
    refuseExisting(rows.regions, 'region', existing.regions);
    refuseExisting(rows.indicators, 'indicator', existing.indicators);
  }
  const known = knownRecords(rows, existing);
  const parentProblems = rows.regions.flatMap(({ file, line, record }) =>
    record?.parentId && !known.regions.has(record.parentId)
      ? [{ file, line, reason: `unknown parent region "${record.parentId}"` }]
      : [],
  );
  return { known, parentProblems };
}
