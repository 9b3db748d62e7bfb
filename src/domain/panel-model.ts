import type { Period } from '../contract/periods';
import type { Sampling } from '../contract/sampling';
import type {
  Measure,
  ObservationStatus,
  Point,
  Region,
  Series,
  Source,
} from '../contract/schemas';
import { type Locale, localized } from '../i18n/locale';
import { type ChangeUnit, changeUnitFor, computeSeriesDeltas, type SeriesDeltas } from './deltas';
import { type PanelEvent, panelEvents } from './panel-events';
import { type PanelTarget, panelTargets } from './panel-targets';
import { type CountView, countViewChoices, type PanelView, statusOrder } from './panel-view';
import { periodsInYears } from './periods';
import { type BasisEntry, differingBases, sourcesUsed } from './provenance';
import {
  cumulativeFromPerPeriod,
  filterByStatus,
  perPeriodFromCumulative,
  pointsInYears,
  refuseImpossible,
} from './series-shaping';

export interface PanelSeries {
  region: Region;
  regionName: string;
  /** False when the API returned no series for this region (not the same as no points). */
  returned: boolean;
  points: Point[];
  hidden: Partial<Record<ObservationStatus, number>>;
  /**
   * Values left out as data errors (a negative count, or a period of another frequency). The panel
   * names them.
   */
  refused: Point[];
  deltas: SeriesDeltas;
  /**
   * Set when the API thinned the series to the panel's maxPoints, so the chart shows fewer points
   * than the series has.
   */
  sampling?: Sampling;
}

export interface PanelModel {
  /** What the panel shows. Everything else in the model is built from it and the API's answer. */
  view: PanelView;
  title: string;
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
  /**
   * The ways the reader may show this panel's counts. For a measure that is not a count, the only
   * choice is as published.
   */
  countViewChoices: CountView[];
  hasData: boolean;
  /**
   * Whether the API thinned any series to the panel's maxPoints, so that the chart shows fewer
   * points than there are.
   */
  thinned: boolean;
  /** The policy events of the view, numbered as the chart marks them. */
  events: PanelEvent[];
  /** The targets of the regions shown, with how far each region was from its target. */
  targets: PanelTarget[];
}

/**
 * The measure that is drawn once counts are re-expressed. A cumulative count shown per period
 * becomes a per-period count, and a per-period count shown as running totals becomes cumulative.
 */
export function measureShown(measure: Measure, view: CountView): Measure {
  if (view === 'per-period' && measure === 'cumulative-count') return 'per-period-count';
  if (view === 'cumulative' && measure === 'per-period-count') return 'cumulative-count';
  return measure;
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

/**
 * The periods on the panel's axis and in its table. Usually these are every period of the selected
 * years. For minutes (half a million a year) and for thinned series, they are only the periods
 * that have a point.
 */
function periodsOf(view: PanelView, series: readonly PanelSeries[], thinned: boolean): Period[] {
  // A thinned series lists only the periods it kept. Listing every month would show the months
  // that were left out as gaps, which they are not.
  if (view.indicator.frequency !== 'minutely' && !thinned) {
    return periodsInYears(view.fromYear, view.toYear, view.indicator.frequency);
  }
  const lists = series.map((entry) => entry.points.map((point) => point.period));
  // The contract requires each series' periods to be in order already, so they need merging and
  // sorting only when there are several series.
  if (lists.length === 1) return lists[0] ?? [];
  return [...new Set(lists.flat())].sort();
}

/**
 * Everything a panel shows, computed from its view and the API's answer: the single place where
 * the selected years, shown statuses and count view turn published series into drawn series.
 */
export function buildPanelModel(
  view: PanelView,
  apiSeries: readonly Series[],
  locale: Locale,
): PanelModel {
  const { indicator, countView, fromYear, toYear } = view;
  const shown = new Set(view.shownStatuses);
  const measure = measureShown(indicator.measure, countView);
  const bases: BasisEntry[] = [];

  const series = view.regions.map((region: Region): PanelSeries => {
    const found = apiSeries.find(
      (candidate) => candidate.indicatorId === indicator.id && candidate.regionId === region.id,
    );
    const checked = refuseImpossible(found?.points ?? [], indicator.unit, indicator.frequency);
    const published = checked.points;
    // Re-expressed counts are computed over the whole series, then cut to the selected years, so
    // a running total or a yearly difference does not depend on where the range starts.
    const publishedShown = filterByStatus(published, shown).points;
    const reexpressed = reexpress(publishedShown, countView, indicator.measure, locale);
    const drawn = filterByStatus(pointsInYears(reexpressed, fromYear, toYear), shown);
    const hiddenPublished = filterByStatus(
      pointsInYears(published, fromYear, toYear),
      shown,
    ).hidden;
    if (drawn.points.some((point) => point.value !== null)) {
      bases.push({ regionId: region.id, basis: found?.basis });
    }
    return {
      region,
      regionName: localized(region.name, locale),
      returned: found !== undefined,
      points: drawn.points,
      hidden: addCounts(hiddenPublished, drawn.hidden),
      refused: pointsInYears(checked.refused, fromYear, toYear),
      deltas: computeSeriesDeltas(drawn.points, measure, {
        thinned: found?.sampling !== undefined,
        growthPublished: indicator.publishedGrowthIndicatorId !== undefined,
      }),
      ...(found?.sampling ? { sampling: found.sampling } : {}),
    };
  });

  const allPoints = series.flatMap((entry) => entry.points);
  const present = allPoints.filter((point) => point.value !== null);
  const provenance = sourcesUsed(allPoints, indicator.sources);
  const thinned = series.some((entry) => entry.sampling !== undefined);
  const periods = periodsOf(view, series, thinned);

  return {
    view,
    title: localized(indicator.name, locale),
    measure,
    changeUnit: changeUnitFor(measure),
    chartKind: measure === 'per-period-count' ? 'bar' : 'line',
    periods,
    series,
    statuses: statusOrder.filter((status) => present.some((point) => point.status === status)),
    sources: provenance.used,
    unknownSourceIds: provenance.unknownIds,
    differingBases: differingBases(bases),
    countViewChoices: countViewChoices(indicator.measure),
    hasData: present.length > 0,
    thinned,
    events: panelEvents(view, periods, locale),
    targets: panelTargets(view, series),
  };
}
