import { periodFrequency } from '../src/contract/periods';
import type { PolicyEvent } from '../src/contract/schemas';
import { type CheckedRow, type CheckedRows, recordsOf } from './check-rows';
import type { Cells, Reason } from './csv-file-kinds';
import { type ExistingRecords, type IndicatorTerms, keyOf } from './existing-records';
import type { ImportProblem } from './import-problem';
import type { IndicatorFields, TargetRow } from './table-rows';

/**
 * The third step of the import: the checks that one row cannot answer alone. An id a row refers
 * to must exist in the database or in the same import; a new source, region, indicator, event or
 * target must not be in the database already; an observation or a target must fit its indicator.
 * Replacing lifts the "already there" check.
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

/** Refuses a new source, region, indicator or event whose id is in the database already. */
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
 * Refuses a source, region, indicator or event whose id an earlier row of the import already
 * gives: the database would refuse the second (or, replacing, let the last silently win), and a
 * reader should be told which rows collide instead.
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
 * The reasons the ids and the period of an observation or a target row do not fit the rest of the
 * import, and the indicator the row is of, when it is known.
 */
function seriesReasons(
  cells: Cells,
  periodRefused: boolean,
  known: Known,
): { reasons: Reason[]; indicator: IndicatorTerms | undefined } {
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
  if (!known.sources.has(cells.source_id ?? '')) {
    reasons.push({
      column: 'source_id',
      text: `unknown source "${cells.source_id}" (add it in a sources file)`,
    });
  }
  return { reasons, indicator };
}

/**
 * The reasons an observation row does not fit the rest of the import. A row the contract check
 * refused is still cross-checked, so that every problem of the row is reported at once. Whether it
 * repeats another row is checked as the observations are streamed (see observation-batches.ts).
 */
export function observationReasons(cells: Cells, periodRefused: boolean, known: Known): Reason[] {
  const { reasons, indicator } = seriesReasons(cells, periodRefused, known);
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
  return reasons;
}

/**
 * Adds to each target row the reasons it does not fit the rest of the import, as an observation
 * row's, and refuses a target whose indicator, region and period another row of the import gives,
 * or (unless replacing) the database holds.
 */
function crossCheckTargets(
  rows: readonly CheckedRow<TargetRow>[],
  known: Known,
  existing: ReadonlySet<string>,
  replace: boolean,
): void {
  const seen = new Map<string, string>();
  for (const row of rows) {
    // The contract check names no column in a target's reasons, so the period itself tells
    // whether it was refused.
    const periodRefused = periodFrequency(row.cells.period ?? '') === null;
    row.reasons.push(...seriesReasons(row.cells, periodRefused, known).reasons);
    if (!row.record) continue;
    const key = keyOf(row.record);
    const { indicator_id, region_id, period } = row.record;
    const earlier = seen.get(key);
    if (earlier) {
      row.reasons.push({
        column: null,
        text: `target ${indicator_id}, ${region_id}, ${period} is given again; it was first given at ${earlier}`,
      });
    } else seen.set(key, `${row.file} line ${row.line}`);
    if (!replace && existing.has(key)) {
      row.reasons.push({
        column: null,
        text: `target ${indicator_id}, ${region_id}, ${period} is already in the database; pass --replace to overwrite it`,
      });
    }
  }
}

/** Adds to each event row the reasons its source, regions or indicators are unknown. */
function crossCheckEvents(rows: readonly CheckedRow<PolicyEvent>[], known: Known): void {
  for (const row of rows) {
    if (!row.record) continue;
    const { sourceId, regionIds, indicatorIds } = row.record;
    if (!known.sources.has(sourceId)) {
      row.reasons.push({
        column: 'source_id',
        text: `unknown source "${sourceId}" (add it in a sources file)`,
      });
    }
    for (const id of regionIds.filter((id) => !known.regions.has(id))) {
      row.reasons.push({
        column: 'region_ids',
        text: `unknown region "${id}" (add it in a regions file)`,
      });
    }
    for (const id of indicatorIds.filter((id) => !known.indicators.has(id))) {
      row.reasons.push({
        column: 'indicator_ids',
        text: `unknown indicator "${id}" (add it in an indicators file)`,
      });
    }
  }
}

/**
 * Adds to each indicator row the reason its published growth rates cannot be where it says: in an
 * indicator that is unknown, or one that does not hold growth rates.
 */
function crossCheckPublishedGrowth(
  rows: readonly CheckedRow<IndicatorFields>[],
  known: Known,
): void {
  for (const row of rows) {
    const id = row.record?.publishedGrowthIndicatorId;
    if (id === undefined) continue;
    const growth = known.indicators.get(id);
    if (!growth) {
      row.reasons.push({
        column: 'published_growth_indicator_id',
        text: `unknown indicator "${id}" (add it in an indicators file)`,
      });
    } else if (growth.measure !== 'growth-rate') {
      row.reasons.push({
        column: 'published_growth_indicator_id',
        text: `indicator "${id}" measures ${growth.measure}, not growth-rate`,
      });
    }
  }
}

/**
 * Cross-checks every file but the observations files: adds the reasons it finds to the rows they
 * are about, and returns what the observations are checked against (the ids known) and the
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
  refuseRepeatedIds(rows.events, 'event');
  if (!replace) {
    refuseExisting(rows.sources, 'source', existing.sources);
    refuseExisting(rows.regions, 'region', existing.regions);
    refuseExisting(rows.indicators, 'indicator', existing.indicators);
    refuseExisting(rows.events, 'event', existing.events);
  }
  const known = knownRecords(rows, existing);
  crossCheckPublishedGrowth(rows.indicators, known);
  crossCheckEvents(rows.events, known);
  crossCheckTargets(rows.targets, known, existing.targets, replace);
  const parentProblems = rows.regions.flatMap(({ file, line, record }) =>
    record?.parentId && !known.regions.has(record.parentId)
      ? [{ file, line, reason: `unknown parent region "${record.parentId}"` }]
      : [],
  );
  return { known, parentProblems };
}
