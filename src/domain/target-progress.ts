import type { Direction } from '../contract/schemas';

/**
 * How far a region is from a target, as of the last year shown: the method Open SDG documents
 * (observed against required rate, from Statistics Canada's progress measure), adapted to targets
 * of zero. docs/targets.md gives the method, its thresholds and its source.
 *
 * Open SDG compares compound annual growth rates. A compound rate to zero is undefined (every
 * path to zero is "-100 % a year"), and the targets here are zeros: no rural poor by 2020. So the
 * rates compared are changes per year in the indicator's unit, percentage points a year for a
 * rate: the change observed per year since the first year shown, against the change per year
 * still needed from the last year shown to reach the target in its year.
 */

export type TargetStatus =
  | 'achieved'
  | 'on-track'
  | 'needs-to-speed-up'
  | 'off-track'
  | 'moving-away'
  /** The target's year is past and the target was not reached. */
  | 'missed';

export interface YearValue {
  year: number;
  value: number;
}

export interface TargetProgress {
  status: TargetStatus;
  /** Change per year since the first year shown, in the indicator's unit; null with one year. */
  observedPerYear: number | null;
  /** Change per year still needed from the last year shown; null once achieved or missed. */
  requiredPerYear: number | null;
  /** observedPerYear / requiredPerYear, what the thresholds are read against. */
  ratio: number | null;
}

/** Open SDG's thresholds on the ratio of observed to required rate. */
export const onTrackFrom = 0.95;
export const speedUpFrom = 0.6;

/** Whether a value meets a target, in the direction that is better. */
export function meetsTarget(value: number, target: number, direction: Direction): boolean {
  return direction === 'lower-is-better' ? value <= target : value >= target;
}

/**
 * The status as of `last`, measured from `first` (the first and last years shown with a value).
 * Null when it cannot be said: the last year shown is short of the target, and there is only one
 * year to measure a pace from.
 */
export function targetProgress(
  first: YearValue,
  last: YearValue,
  target: YearValue,
  direction: Direction,
): TargetProgress | null {
  const observedPerYear =
    last.year > first.year ? (last.value - first.value) / (last.year - first.year) : null;
  if (meetsTarget(last.value, target.value, direction))
    return { status: 'achieved', observedPerYear, requiredPerYear: null, ratio: null };
  if (last.year >= target.year)
    return { status: 'missed', observedPerYear, requiredPerYear: null, ratio: null };
  if (observedPerYear === null) return null;
  // Not achieved, so the change still needed is non-zero and points the better way.
  const requiredPerYear = (target.value - last.value) / (target.year - last.year);
  const ratio = observedPerYear / requiredPerYear;
  return { status: statusOfRatio(ratio), observedPerYear, requiredPerYear, ratio };
}

function statusOfRatio(ratio: number): TargetStatus {
  if (ratio >= onTrackFrom) return 'on-track';
  if (ratio >= speedUpFrom) return 'needs-to-speed-up';
  if (ratio >= 0) return 'off-track';
  return 'moving-away';
}
