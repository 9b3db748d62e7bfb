import type { Point, Series } from './schemas';

/**
 * Min-max sampling chooses which of `length` values to keep so that at most `maxPoints` remain and
 * the line keeps its shape. The first and last indices are always kept, and so are the first and
 * last non-null values, so that a change from first to last worked out on the sample is the same as
 * on the whole series. The indices between are split into intervals of equal length, and each
 * interval keeps its lowest value, its highest value and its first gap (a null), if it has one, so
 * peaks, troughs and breaks in the line survive. Every value kept is an observation as published:
 * sampling only leaves points out, it never averages or invents them. Values are read through
 * `valueAt`, so the function works on any storage.
 */
export function minMaxIndices(
  length: number,
  valueAt: (index: number) => number | null,
  maxPoints: number,
): number[] {
  if (length <= maxPoints) return Array.from({ length }, (_, index) => index);
  const inner = length - 2;
  // Each interval keeps up to three indices (lowest, highest, first gap). Four more are kept for
  // the two ends and the first and last values.
  const intervals = Math.max(1, Math.floor((maxPoints - 4) / 3));
  let firstValue = 0;
  while (firstValue < length - 1 && valueAt(firstValue) === null) firstValue++;
  let lastValue = length - 1;
  while (lastValue > 0 && valueAt(lastValue) === null) lastValue--;
  const kept = [0, firstValue];
  for (let interval = 0; interval < intervals; interval++) {
    const start = 1 + Math.floor((interval * inner) / intervals);
    const end = 1 + Math.floor(((interval + 1) * inner) / intervals);
    let low = -1;
    let high = -1;
    let gap = -1;
    let lowValue = Number.POSITIVE_INFINITY;
    let highValue = Number.NEGATIVE_INFINITY;
    for (let index = start; index < end; index++) {
      const value = valueAt(index);
      if (value === null) {
        if (gap < 0) gap = index;
        continue;
      }
      if (value < lowValue) {
        lowValue = value;
        low = index;
      }
      if (value > highValue) {
        highValue = value;
        high = index;
      }
    }
    kept.push(low, high, gap);
  }
  kept.push(lastValue, length - 1);
  return [...new Set(kept.filter((index) => index >= 0))].sort((a, b) => a - b);
}

/** How a series was thinned before it was sent: the method and how many points there were. */
export type Sampling = NonNullable<Series['sampling']>;

/**
 * Returns at most `maxPoints` of the points, chosen by min-max sampling. `sampling` is set only
 * when some points were left out.
 */
export function sampleMinMax(
  points: readonly Point[],
  maxPoints: number,
): { points: Point[]; sampling?: Sampling } {
  if (points.length <= maxPoints) return { points: [...points] };
  const indices = minMaxIndices(points.length, (index) => points[index]?.value ?? null, maxPoints);
  return {
    points: indices.flatMap((index) => points[index] ?? []),
    sampling: { method: 'min-max', pointCount: points.length },
  };
}
