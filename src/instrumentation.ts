import type { ObservationsQuery } from './contract/observations-query';

/**
 * What the benchmark and the browser tests need from the app, in one place, so that neither the
 * domain code nor the chart wrapper carries any of it.
 *
 * The benchmark's naive baseline is built from the same source with BENCH_NAIVE=1 (vite.config.ts
 * defines __BENCH_NAIVE__): it asks for every point of a long series, as a dashboard that does not
 * thin would. The User Timing marks are recorded in every build: they cost nothing measurable, and
 * the browser tests count them to find charts that were never disposed.
 */

declare const __BENCH_NAIVE__: boolean | undefined;
const naiveBaseline = typeof __BENCH_NAIVE__ !== 'undefined' && __BENCH_NAIVE__;

/**
 * A panel's request as this build sends it. The naive baseline drops `maxPoints`, so it asks for
 * every point.
 */
export function requestAsBuilt(request: ObservationsQuery): ObservationsQuery {
  if (!naiveBaseline || request.maxPoints === undefined) return request;
  const { maxPoints: _thinning, ...whole } = request;
  return whole;
}

/** The names of the marks made when a chart is created, drawn with its latest option, disposed. */
export const chartMarks = {
  created: 'chart-created',
  drawn: 'chart-drawn',
  disposed: 'chart-disposed',
} as const;

export function markChart(event: keyof typeof chartMarks): void {
  performance.mark(chartMarks[event]);
}
