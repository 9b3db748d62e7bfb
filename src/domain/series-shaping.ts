import { type Period, periodFrequency, periodYear } from '../contract/periods';
import type { Frequency, ObservationStatus, Point, Unit } from '../contract/schemas';
import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/translate';
import { numberFormat } from './intl-formats';
import { statusLabel } from './labels';
import { periodLabel, previousPeriod } from './periods';

/** Points whose period falls in the years from..to (inclusive). */
export function pointsInYears(points: readonly Point[], fromYear: number, toYear: number): Point[] {
  return points.filter((point) => {
    const year = periodYear(point.period);
    return year >= fromYear && year <= toYear;
  });
}

export interface StatusFilterResult {
  points: Point[];
  /** How many points with a value were left out, per status, so the panel can say so. */
  hidden: Partial<Record<ObservationStatus, number>>;
}

/** Keep the points whose status is shown; reported points are always shown. */
export function filterByStatus(
  points: readonly Point[],
  shown: ReadonlySet<ObservationStatus>,
): StatusFilterResult {
  const hidden: Partial<Record<ObservationStatus, number>> = {};
  const kept = points.filter((point) => {
    if (point.status === 'reported' || shown.has(point.status)) return true;
    if (point.value !== null) hidden[point.status] = (hidden[point.status] ?? 0) + 1;
    return false;
  });
  return { points: kept, hidden };
}

/**
 * Per-period counts from a cumulative series: each period minus the one before. A period whose
 * predecessor is missing stays a gap; nothing is spread over the missing years.
 */
export function perPeriodFromCumulative(points: readonly Point[], locale: Locale): Point[] {
  const number = numberFormat(locale, { maximumFractionDigits: 4 });
  const byPeriod = new Map<Period, Point>(points.map((point) => [point.period, point]));
  const result: Point[] = [];
  for (const point of points) {
    const before = byPeriod.get(previousPeriod(point.period));
    if (point.value === null || !before || before.value === null) continue;
    result.push({
      period: point.period,
      value: point.value - before.value,
      status: 'derived',
      sourceId: point.sourceId,
      note: translate(locale, 'derived.perPeriod', {
        later: number.format(point.value),
        laterPeriod: periodLabel(point.period, locale),
        laterStatus: statusLabel(point.status, locale),
        earlier: number.format(before.value),
        earlierPeriod: periodLabel(before.period, locale),
        earlierStatus: statusLabel(before.status, locale),
      }),
    });
  }
  return result;
}

/**
 * Running totals of per-period counts, from the first point given. The total stops at the first
 * gap: after a missing period it is no longer known.
 */
export function cumulativeFromPerPeriod(points: readonly Point[], locale: Locale): Point[] {
  const result: Point[] = [];
  let total = 0;
  let expected: Period | null = null;
  for (const point of points) {
    if (point.value === null) break;
    if (expected !== null && previousPeriod(point.period) !== expected) break;
    total += point.value;
    const firstPeriod = result[0]?.period ?? point.period;
    result.push({
      period: point.period,
      value: total,
      status: 'derived',
      sourceId: point.sourceId,
      note: translate(locale, 'derived.cumulative', {
        from: periodLabel(firstPeriod, locale),
        to: periodLabel(point.period, locale),
      }),
    });
    expected = point.period;
  }
  return result;
}

/** Units that count things or people, which cannot be negative. */
const countUnits: readonly Unit[] = ['count', '10k-persons'];

/**
 * Leaves out values that cannot be right and returns them, so that the panel can name them. These
 * are a negative count, and a period of another frequency ("2016-H2" in an annual series): no axis
 * would show such a period, yet the changes would still be computed from it.
 */
export function refuseImpossible(
  points: readonly Point[],
  unit: Unit,
  frequency: Frequency,
): { points: Point[]; refused: Point[] } {
  const refused = points.filter(
    (point) =>
      (countUnits.includes(unit) && point.value !== null && point.value < 0) ||
      periodFrequency(point.period) !== frequency,
  );
  return { points: points.filter((point) => !refused.includes(point)), refused };
}
