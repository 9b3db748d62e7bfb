import type { Period } from '../contract/periods';
import type { Direction, Measure, Point } from '../contract/schemas';
import { periodYearBefore, yearsBetween } from './periods';

/** Why a delta cannot be computed; shown to the user in words, never as NaN or Infinity. */
export type UnavailableReason =
  | 'no-data'
  | 'single-point'
  | 'zero-base'
  | 'negative-base'
  | 'negative-value'
  | 'zero-value'
  | 'out-of-range'
  | 'no-previous-year'
  /** The value a year before may exist but was left out when the API thinned the series. */
  | 'thinned'
  | 'growth-rate-compounding'
  /**
   * The series' growth rates are published as a series of their own, which differs from ratios of
   * these levels, so none is computed from them.
   */
  | 'growth-published';

export type Delta = { ok: true; value: number } | { ok: false; reason: UnavailableReason };

export interface AnchorValue {
  period: Period;
  value: number;
}

export interface YearOnYear {
  period: Period;
  /**
   * Change since the same period a year earlier, in the change unit (percentage points for rates).
   */
  absolute: Delta;
  relative: Delta;
}

export interface SeriesDeltas {
  first: AnchorValue | null;
  last: AnchorValue | null;
  /** last - first, in the indicator's unit, or percentage points for rates and growth rates. */
  absolute: Delta;
  /** (last - first) / first, a fraction (-0.604 is -60.4 %). */
  relative: Delta;
  /** Compound annual rate of change between first and last, a fraction per year. */
  annualRate: Delta;
  /** One entry per present value after the first period of the range. */
  yearOnYear: YearOnYear[];
}

export type ChangeUnit = 'percentage-points' | 'indicator-unit';

/** A change in a rate is a difference of percentages, so it is in percentage points, never "%". */
export function changeUnitFor(measure: Measure): ChangeUnit {
  return measure === 'rate' || measure === 'growth-rate' ? 'percentage-points' : 'indicator-unit';
}

const unavailable = (reason: UnavailableReason): Delta => ({ ok: false, reason });
/**
 * A result that overflowed, because the values are hundreds of orders of magnitude apart, is
 * refused rather than shown.
 */
const available = (value: number): Delta =>
  Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'out-of-range' };

export function relativeChange(from: number, to: number): Delta {
  if (from === 0) return unavailable('zero-base');
  if (from < 0) return unavailable('negative-base');
  return available((to - from) / from);
}

export function compoundAnnualRate(from: number, to: number, years: number): Delta {
  if (years <= 0) return unavailable('single-point');
  if (from === 0) return unavailable('zero-base');
  if (from < 0) return unavailable('negative-base');
  if (to < 0) return unavailable('negative-value');
  // A final value of zero gives -100 % "a year" whatever the number of years. That is true but
  // misleading, so it is refused.
  if (to === 0) return unavailable('zero-value');
  return available((to / from) ** (1 / years) - 1);
}

function presentValues(points: readonly Point[]): AnchorValue[] {
  const present: AnchorValue[] = [];
  for (const point of points) {
    if (point.value !== null) present.push({ period: point.period, value: point.value });
  }
  return present;
}

export interface DeltaOptions {
  /** The API thinned the series, so a missing year before may have been left out. */
  thinned?: boolean;
  /** The growth rates are published elsewhere: relative changes are not computed (see above). */
  growthPublished?: boolean;
}

/** Relative changes become unavailable when the growth is published and must not be recomputed. */
function withoutGrowth(deltas: SeriesDeltas): SeriesDeltas {
  const refused = unavailable('growth-published');
  return {
    ...deltas,
    relative:
      deltas.relative.ok || deltas.relative.reason !== 'no-data' ? refused : deltas.relative,
    annualRate:
      deltas.annualRate.ok || deltas.annualRate.reason !== 'no-data' ? refused : deltas.annualRate,
    yearOnYear: deltas.yearOnYear.map((change) => ({ ...change, relative: refused })),
  };
}

/**
 * The changes over the points given, for one series. The points must already be limited to the
 * selected range and statuses, and must be in period order.
 */
export function computeSeriesDeltas(
  points: readonly Point[],
  measure: Measure,
  options: DeltaOptions = {},
): SeriesDeltas {
  const deltas = changesOf(points, measure, options.thinned ?? false);
  return options.growthPublished ? withoutGrowth(deltas) : deltas;
}

function changesOf(points: readonly Point[], measure: Measure, thinned: boolean): SeriesDeltas {
  const present = presentValues(points);
  const first = present[0] ?? null;
  const last = present.at(-1) ?? null;
  const byPeriod = new Map(present.map((anchor) => [anchor.period, anchor.value]));

  const yearOnYear: YearOnYear[] = present.slice(1).map(({ period, value }) => {
    const previous = byPeriod.get(periodYearBefore(period));
    if (previous === undefined) {
      return {
        period,
        absolute: unavailable(thinned ? 'thinned' : 'no-previous-year'),
        relative: unavailable(thinned ? 'thinned' : 'no-previous-year'),
      };
    }
    return {
      period,
      absolute: available(value - previous),
      relative: relativeChange(previous, value),
    };
  });

  if (!first || !last) {
    return {
      first,
      last,
      absolute: unavailable('no-data'),
      relative: unavailable('no-data'),
      annualRate: unavailable('no-data'),
      yearOnYear,
    };
  }
  if (first.period === last.period) {
    return {
      first,
      last,
      absolute: unavailable('single-point'),
      relative: unavailable('single-point'),
      annualRate: unavailable('single-point'),
      yearOnYear,
    };
  }
  return {
    first,
    last,
    absolute: available(last.value - first.value),
    relative: relativeChange(first.value, last.value),
    annualRate:
      measure === 'growth-rate'
        ? unavailable('growth-rate-compounding')
        : compoundAnnualRate(first.value, last.value, yearsBetween(first.period, last.period)),
    yearOnYear,
  };
}

export type Assessment = 'progress' | 'setback' | 'no-change';

/** Whether a change is good news for the indicator: a falling poverty rate is progress. */
export function assessChange(change: number, direction: Direction): Assessment {
  if (change === 0) return 'no-change';
  const better = direction === 'lower-is-better' ? change < 0 : change > 0;
  return better ? 'progress' : 'setback';
}
