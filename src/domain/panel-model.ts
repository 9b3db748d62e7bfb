import type {
  Indicator,
  Measure,
  ObservationStatus,
  Point,
  Region,
  Series,
  Source,
} from '../api/schemas';
import { type ChangeUnit, changeUnitFor, computeSeriesDeltas, type SeriesDeltas } from './deltas';
import { type Locale, localized } from './locale';
import { type Period, periodsInYears } from './periods';
import { type BasisEntry, differingBases, sourcesUsed } from './provenance';
import {
  cumulativeFromPerPeriod,
  filterByStatus,
  perPeriodFromCumulative,
  pointsInYears,
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
  deltas: SeriesDeltas;
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

function reexpress(
  points: Point[],
  measure: Measure,
  view: CountView,
): { points: Point[]; measure: Measure } {
  if (view === 'per-period' && measure === 'cumulative-count') {
    return { points: perPeriodFromCumulative(points), measure: 'per-period-count' };
  }
  if (view === 'cumulative' && measure === 'per-period-count') {
    return { points: cumulativeFromPerPeriod(points), measure: 'cumulative-count' };
  }
  return { points, measure };
}

const statusOrder: ObservationStatus[] = ['reported', 'estimated', 'derived'];

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
  let measure: Measure = indicator.measure;
  const bases: BasisEntry[] = [];

  const series = regions.map((region): PanelSeries => {
    const found = apiSeries.find(
      (candidate) => candidate.indicatorId === indicator.id && candidate.regionId === region.id,
    );
    const inRange = pointsInYears(found?.points ?? [], options.fromYear, options.toYear);
    const filtered = filterByStatus(inRange, options.shownStatuses);
    const shaped = reexpress(filtered.points, indicator.measure, countView);
    measure = shaped.measure;
    if (shaped.points.some((point) => point.value !== null)) {
      bases.push({ regionId: region.id, basis: found?.basis });
    }
    return {
      region,
      regionName: localized(region.name, options.locale),
      returned: found !== undefined,
      points: shaped.points,
      hidden: filtered.hidden,
      deltas: computeSeriesDeltas(shaped.points, shaped.measure),
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
    periods: periodsInYears(options.fromYear, options.toYear, indicator.frequency),
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
