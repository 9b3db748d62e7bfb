import {
  inTimeWindow,
  maxYear,
  minYear,
  type ObservationsQuery,
} from '../src/contract/observations-query';
import { periodYear } from '../src/contract/periods';
import { minMaxIndices } from '../src/contract/sampling';
import type { Point, Series } from '../src/contract/schemas';
import { largeSource, minutePeriodAt } from './large-data';

/**
 * The minute series' points in the years and window asked for. Each point is made from the array
 * only when it is read.
 */
export interface LazyPoints {
  count: number;
  /** Reads the value alone, which is cheap; thinning reads it a million times. */
  valueAt: (index: number) => number | null;
  pointAt: (index: number) => Point;
}

/**
 * The first index below `length` at which `holds` is true, or `length` if there is none. It halves
 * the range at each step, so `holds` must be false up to some index and true from there on.
 */
function firstIndexWhere(length: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (holds(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Where the points the query asks for begin and end in the array: they are `first` up to, but not
 * including, `end`. The rule is the contract's own: the years as the other handlers read them, and
 * the window of `inTimeWindow`. Asking it of every point would make and parse a million period
 * strings, which takes seconds on the page's main thread. The points are in time order, though, so
 * a point that is too early comes before every point that is not, and a point that is too late
 * comes after every point that is not. A binary search can then find both bounds by asking the
 * rule of about 40 points.
 */
function windowBounds(length: number, query: ObservationsQuery): { first: number; end: number } {
  const { fromYear = minYear, toYear = maxYear } = query;
  // The search needs a test that turns from false to true only once along the series. The whole
  // window is false, then true, then false again, so each of its two sides is tested alone.
  const notBeforeStart = inTimeWindow({ start: query.start });
  const notAfterEnd = inTimeWindow({ end: query.end });
  const first = firstIndexWhere(length, (index) => {
    const period = minutePeriodAt(index);
    return periodYear(period) >= fromYear && notBeforeStart(period);
  });
  const end = firstIndexWhere(length, (index) => {
    const period = minutePeriodAt(index);
    return periodYear(period) > toYear || !notAfterEnd(period);
  });
  return { first, end };
}

/** The minute series cut to the query's years and window, without making a point until asked. */
export function minutePoints(values: Float64Array, query: ObservationsQuery): LazyPoints {
  const { first, end } = windowBounds(values.length, query);
  const valueAt = (index: number) => {
    const value = values[first + index] ?? Number.NaN;
    return Number.isNaN(value) ? null : value;
  };
  return {
    count: Math.max(0, end - first),
    valueAt,
    pointAt: (index) => ({
      period: minutePeriodAt(first + index),
      value: valueAt(index),
      status: 'reported',
      sourceId: largeSource.id,
    }),
  };
}

/** The series thinned to maxPoints, without building a million point objects. */
export function thinnedSeries(base: Series, lazy: LazyPoints, maxPoints: number): Series {
  const indices = minMaxIndices(lazy.count, lazy.valueAt, maxPoints);
  return {
    ...base,
    ...(indices.length < lazy.count
      ? { sampling: { method: 'min-max', pointCount: lazy.count } }
      : {}),
    points: indices.map(lazy.pointAt),
  };
}
