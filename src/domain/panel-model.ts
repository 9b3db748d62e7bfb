import type { ObservationsQuery } from '../contract/observations-query';
import type { Period } from '../contract/periods';
import type { Sampling } from '../contract/sampling';
import type {
  Indicator,
  Measure,
  ObservationStatus,
  Point,
  Region,
  Series,
  Source,
} from '../contract/schemas';
import { type Locale, localized } from '../i18n/locale';
import { type ChangeUnit, changeUnitFor, computeSeriesDeltas, type SeriesDeltas } from './deltas';
import { periodsInYears } from './periods';
import { type BasisEntry, differingBases, sourcesUsed } from './provenance';
import {
  cumulativeFromPerPeriod,
  filterByStatus,
  perPeriodFromCumulative,
  pointsInYears,
  refuseImpossible,
} from './series-shaping';

/** How a count is shown: as published, or re-expressed by the dashboard. */
export type CountView = 'as-published' | 'per-period' | 'cumulative';

export interface PanelOptions {
  fromYear: number;
  toYear: number;
  /** Statuses shown besides "reported", which is always shown. */
  shownStatuses: ReadonlySet<ObservationStatus>;
  countView: CountView;
  locale: Locale;
}

export interface PanelSeries {
  region: Region;
  regionName: string;
  /** False when the API returned no series for this region (not the same as no points). */
  returned: boolean;
  points: Point[];
  hidden: Partial<Record<ObservationStatus, number>>;
  /** Values left out as data errors (a negative count, a period of another frequency), named on the panel. */
  refused: Point[];
  deltas: SeriesDeltas;
  /** Set when the API thinned the series to the panel's maxPoints: the chart shows fewer points. */
  sampling?: Sampling;
}

export interface PanelModel {
  indicator: Indicator;
  title: string;
  fromYear: number;
  toYear: number;
  /** Statuses the filters leave out (reported is always shown). */
  hiddenStatuses: ObservationStatus[];
  /** The measure of what is drawn, after any per-period or cumulative re-expression. */
  measure: Measure;
  changeUnit: ChangeUnit;
  chartKind: 'line' | 'bar';
  periods: Period[];
  series: PanelSeries[];
  /** Statuses that appear among the values drawn, for the legend. */
  statuses: ObservationStatus[];
  sources: Source[];
  unknownSourceIds: string[];
  /** Listed when the regions' figures are measured on different bases. */
  differingBases: BasisEntry[] | null;
  countViews: CountView[];
  countView: CountView;
  hasData: boolean;
}

export function countViewsFor(measure: Measure): CountView[] {
  if (measure === 'cumulative-count') return ['as-published', 'per-period'];
  if (measure === 'per-period-count') return ['as-published', 'cumulative'];
  return ['as-published'];
}

/** The measure drawn once counts are re-expressed: per period becomes cumulative and back. */
export function measureShown(measure: Measure, view: CountView): Measure {
  if (view === 'per-period' && measure === 'cumulative-count') return 'per-period-count';
  if (view === 'cumulative' && measure === 'per-period-count') return 'cumulative-count';
  return measure;
}

/**
 * At most this many points per series: about two per pixel of the widest chart, so drawing loses
 * nothing visible while a million-point series arrives in milliseconds instead of seconds.
 */
export const panelMaxPoints = 2000;

/** Set by the build for the benchmark's naive baseline only (vite.config.ts); absent elsewhere. */
declare const __BENCH_NAIVE__: boolean | undefined;
const sampling = typeof __BENCH_NAIVE__ === 'undefined' || !__BENCH_NAIVE__;

/**
 * What a panel asks the API for. A short series (annual or half-yearly: a point or two a year) is
 * asked for whole, and buildPanelModel cuts the selected years from it, so changing the years
 * draws from memory without a request. A long one (monthly, by the minute) is asked for the
 * selected years, at most panelMaxPoints a series unless `whole` (for a file that must hold every
 * observation). Re-expressed counts need the series from its start (see buildPanelModel), so they
 * ask without a first year.
 */
export function panelQuery(
  indicator: Pick<Indicator, 'id' | 'frequency'>,
  regionIds: string[],
  fromYear: number,
  toYear: number,
  view: CountView,
  whole = false,
): ObservationsQuery {
  const query = { indicatorIds: [indicator.id], regionIds };
  if (indicator.frequency === 'annual' || indicator.frequency === 'half-yearly') return query;
  return {
    ...query,
    ...(view === 'as-published' ? { fromYear } : {}),
    toYear,
    // Counts re-expressed per period or as running totals need every point: thinned ones would
    // give differences between far-apart periods and totals that stop at the first gap.
    ...(whole || !sampling || view !== 'as-published' ? {} : { maxPoints: panelMaxPoints }),
  };
}

function reexpress(points: Point[], view: CountView, measure: Measure, locale: Locale): Point[] {
  if (view === 'per-period' && measure === 'cumulative-count')
    return perPeriodFromCumulative(points, locale);
  if (view === 'cumulative' && measure === 'per-period-count')
    return cumulativeFromPerPeriod(points, locale);
  return points;
}

function addCounts(
  a: Partial<Record<ObservationStatus, number>>,
  b: Partial<Record<ObservationStatus, number>>,
): Partial<Record<ObservationStatus, number>> {
  const sum = { ...a };
  for (const [status, count] of Object.entries(b) as [ObservationStatus, number][]) {
    sum[status] = (sum[status] ?? 0) + count;
  }
  return sum;
}

export const statusOrder: ObservationStatus[] = ['reported', 'estimated', 'derived'];

/**
 * The periods on the panel's axis and in its table: every period of the selected years, or for
 * minutes (half a million a year) and thinned series the ones that have a point.
 */
function periodsOf(
  indicator: Indicator,
  series: readonly PanelSeries[],
  options: PanelOptions,
): Period[] {
  // A thinned series lists only the periods it kept: every month would show the left-out ones
  // as gaps, which they are not.
  if (indicator.frequency !== 'minutely' && !series.some((entry) => entry.sampling)) {
    return periodsInYears(options.fromYear, options.toYear, indicator.frequency);
  }
  const lists = series.map((entry) => entry.points.map((point) => point.period));
  // Each series' periods are in order already (the contract says so); merge only when several.
  if (lists.length === 1) return lists[0] ?? [];
  return [...new Set(lists.flat())].sort();
}

/**
 * Everything a panel shows, computed from the API's data and the filters: the single place where
 * the selected years, shown statuses and count view turn published series into drawn series.
 */
export function buildPanelModel(
  indicator: Indicator,
  regions: readonly Region[],
  apiSeries: readonly Series[],
  options: PanelOptions,
): PanelModel {
  const countViews = countViewsFor(indicator.measure);
  const countView = countViews.includes(options.countView) ? options.countView : 'as-published';
  const measure = measureShown(indicator.measure, countView);
  const bases: BasisEntry[] = [];

  const series = regions.map((region): PanelSeries => {
    const found = apiSeries.find(
      (candidate) => candidate.indicatorId === indicator.id && candidate.regionId === region.id,
    );
    const checked = refuseImpossible(found?.points ?? [], indicator.unit, indicator.frequency);
    const published = checked.points;
    // Re-expressed counts are computed over the whole series, then cut to the selected years, so
    // a running total or a yearly difference does not depend on where the range starts.
    const publishedShown = filterByStatus(published, options.shownStatuses).points;
    const reexpressed = reexpress(publishedShown, countView, indicator.measure, options.locale);
    const drawn = filterByStatus(
      pointsInYears(reexpressed, options.fromYear, options.toYear),
      options.shownStatuses,
    );
    const hiddenPublished = filterByStatus(
      pointsInYears(published, options.fromYear, options.toYear),
      options.shownStatuses,
    ).hidden;
    if (drawn.points.some((point) => point.value !== null)) {
      bases.push({ regionId: region.id, basis: found?.basis });
    }
    return {
      region,
      regionName: localized(region.name, options.locale),
      returned: found !== undefined,
      points: drawn.points,
      hidden: addCounts(hiddenPublished, drawn.hidden),
      refused: pointsInYears(checked.refused, options.fromYear, options.toYear),
      deltas: computeSeriesDeltas(drawn.points, measure, found?.sampling !== undefined),
      ...(found?.sampling ? { sampling: found.sampling } : {}),
    };
  });

  const allPoints = series.flatMap((entry) => entry.points);
  const present = allPoints.filter((point) => point.value !== null);
  const provenance = sourcesUsed(allPoints, indicator.sources);

  return {
    indicator,
    title: localized(indicator.name, options.locale),
    fromYear: options.fromYear,
    toYear: options.toYear,
    hiddenStatuses: statusOrder.filter(
      (status) => status !== 'reported' && !options.shownStatuses.has(status),
    ),
    measure,
    changeUnit: changeUnitFor(measure),
    chartKind: measure === 'per-period-count' ? 'bar' : 'line',
    periods: periodsOf(indicator, series, options),
    series,
    statuses: statusOrder.filter((status) => present.some((point) => point.status === status)),
    sources: provenance.used,
    unknownSourceIds: provenance.unknownIds,
    differingBases: differingBases(bases),
    countViews,
    countView,
    hasData: present.length > 0,
  };
}

/**
 * What a built panel asks the API for again: its own indicator, regions, years and count view
 * (every point with `whole`, e.g. for a file; narrowed further by the caller, e.g. to a window).
 */
export function modelQuery(model: PanelModel, whole = false): ObservationsQuery {
  const regionIds = model.series.map((series) => series.region.id);
  return panelQuery(
    model.indicator,
    regionIds,
    model.fromYear,
    model.toYear,
    model.countView,
    whole,
  );
}

/** The same panel built from another answer to its own query: same regions, years, statuses. */
export function rebuildPanelModel(
  model: PanelModel,
  apiSeries: readonly Series[],
  locale: Locale,
): PanelModel {
  return buildPanelModel(
    model.indicator,
    model.series.map((series) => series.region),
    apiSeries,
    {
      fromYear: model.fromYear,
      toYear: model.toYear,
      shownStatuses: new Set(
        statusOrder.filter(
          (status) => status !== 'reported' && !model.hiddenStatuses.includes(status),
        ),
      ),
      countView: model.countView,
      locale,
    },
  );
}
