import { eventConcernsIndicator, eventConcernsRegion, eventYear } from '../contract/events-query';
import type { ObservationsQuery } from '../contract/observations-query';
import type {
  Indicator,
  Measure,
  ObservationStatus,
  PolicyEvent,
  Region,
  Source,
} from '../contract/schemas';
import type { Filters } from './filter-state';
import { periodsInYears } from './periods';

/**
 * What one panel shows, as one value: its indicator, regions, years, the statuses shown and how
 * counts are shown. The dashboard, the report, the export menu, the CSV worker and the command
 * line all start from a PanelView, and everything else comes from it: the request to the API, the
 * cache and reset keys, whether the chart is dense, and (with the API's answer) the panel model.
 * It is made in one place, `panelViews`, from the filters.
 */
export interface PanelView {
  indicator: Indicator;
  regions: readonly Region[];
  fromYear: number;
  toYear: number;
  /** Statuses shown besides "reported", which is always shown. They are kept in `statusOrder`. */
  shownStatuses: readonly ObservationStatus[];
  /** Always one of `countViewChoices(indicator.measure)`. */
  countView: CountView;
  /**
   * The policy events that concern the indicator and one of the regions, in the selected years, in
   * date order; none when the reader turned events off.
   */
  events: readonly ViewEvent[];
  /** The publications those events cite. */
  eventSources: readonly Source[];
}

/** How a count is shown: as published, or re-expressed by the dashboard. */
export type CountView = 'as-published' | 'per-period' | 'cumulative';

export const statusOrder: readonly ObservationStatus[] = ['reported', 'estimated', 'derived'];

/** The statuses a reader may hide; reported values are always shown. */
export const optionalStatuses = [
  'estimated',
  'derived',
] as const satisfies readonly ObservationStatus[];

/**
 * The ways a count of this measure can be shown: a running total can also be shown per period,
 * and a count per period as a running total. Other measures are shown as published.
 */
export function countViewChoices(measure: Measure): CountView[] {
  if (measure === 'cumulative-count') return ['as-published', 'per-period'];
  if (measure === 'per-period-count') return ['as-published', 'cumulative'];
  return ['as-published'];
}

/** What the catalogue offers, for turning ids in the filters into indicators and regions. */
export interface ViewCatalog {
  indicators: readonly Indicator[];
  regions: readonly Region[];
  /** The policy events; null or absent when the API could not give them. */
  events?: readonly PolicyEvent[] | null;
  /** The publications the events cite. */
  eventSources?: readonly Source[];
}

/** An event of a view, and which of the view's regions it concerns. */
export interface ViewEvent {
  event: PolicyEvent;
  /** The ids of the view's regions that the event names or lies above, in the view's order. */
  regionIds: readonly string[];
}

/** The events that concern a panel of this indicator, these regions and these years. */
export function eventsConcerning(
  events: readonly PolicyEvent[],
  indicator: Indicator,
  regions: readonly Region[],
  years: { fromYear: number; toYear: number },
  allRegions: readonly Region[],
): ViewEvent[] {
  return events.flatMap((event) => {
    const year = eventYear(event);
    if (year < years.fromYear || year > years.toYear) return [];
    if (!eventConcernsIndicator(event, indicator)) return [];
    const regionIds = regions
      .filter((region) => eventConcernsRegion(event, region.id, allRegions))
      .map((region) => region.id);
    return regionIds.length > 0 ? [{ event, regionIds }] : [];
  });
}

/**
 * Makes the view of one indicator. A count view that does not apply to the indicator falls back
 * to as published.
 */
/** What makes a view; a view with no events given has none. */
export type PanelViewFields = Omit<PanelView, 'events' | 'eventSources'> &
  Partial<Pick<PanelView, 'events' | 'eventSources'>>;

export function panelView(fields: PanelViewFields): PanelView {
  const countView = countViewChoices(fields.indicator.measure).includes(fields.countView)
    ? fields.countView
    : 'as-published';
  const shownStatuses = statusOrder.filter(
    (status) => status !== 'reported' && fields.shownStatuses.includes(status),
  );
  return { events: [], eventSources: [], ...fields, shownStatuses, countView };
}

/** The panels the filters ask for, one per selected indicator, in the filters' order. */
export function panelViews(filters: Filters, catalog: ViewCatalog): PanelView[] {
  const regions = filters.regionIds.flatMap((id) =>
    catalog.regions.filter((region) => region.id === id),
  );
  const allEvents = filters.showEvents ? (catalog.events ?? []) : [];
  return filters.indicatorIds.flatMap((id) =>
    catalog.indicators
      .filter((indicator) => indicator.id === id)
      .map((indicator) => {
        const events = eventsConcerning(allEvents, indicator, regions, filters, catalog.regions);
        const cited = new Set(events.map(({ event }) => event.sourceId));
        return panelView({
          indicator,
          regions,
          fromYear: filters.fromYear,
          toYear: filters.toYear,
          shownStatuses: filters.shownStatuses,
          countView: filters.countViewByIndicator[indicator.id] ?? 'as-published',
          events,
          eventSources: (catalog.eventSources ?? []).filter((source) => cited.has(source.id)),
        });
      }),
  );
}

/**
 * The view as a string, equal for equal views. It keys everything that must start again when the
 * view changes, such as a render error or a zoom, and it tells whether a panel's view is still
 * the same while another panel changes.
 */
export function panelViewKey(view: PanelView): string {
  return JSON.stringify([
    view.indicator.id,
    view.regions.map((region) => region.id),
    view.fromYear,
    view.toYear,
    view.shownStatuses,
    view.countView,
    view.events.map(({ event, regionIds }) => [event.id, regionIds]),
  ]);
}

/** The statuses the view leaves out, for the notes that say so. */
export function hiddenStatuses(view: PanelView): ObservationStatus[] {
  return statusOrder.filter(
    (status) => status !== 'reported' && !view.shownStatuses.includes(status),
  );
}

/**
 * A chart is dense when it has more periods than `periods`, or more marks (periods times regions)
 * than `marks`. A dense chart draws no marks for reported values, offers zoom, has a tooltip that
 * follows the axis, and is drawn in a task of its own. A chart of minutes is always dense.
 */
export const denseAbove = { periods: 60, marks: 600 } as const;

/**
 * Whether the view's chart is dense. It is known from the view alone, before any data arrives, so
 * the dashboard can decide how to render a change of filters before the panels have their data.
 */
export function isDenseView(view: PanelView): boolean {
  if (view.indicator.frequency === 'minutely') return true;
  const periods = periodsInYears(view.fromYear, view.toYear, view.indicator.frequency).length;
  return periods > denseAbove.periods || periods * view.regions.length > denseAbove.marks;
}

/**
 * At most this many points per series: about two per pixel of the widest chart, so drawing loses
 * nothing visible while a million-point series arrives in milliseconds instead of seconds.
 */
export const panelMaxPoints = 2000;

/**
 * What a panel asks the API for, to draw. A short series (annual or half-yearly: a point or two a
 * year) is asked for whole, and buildPanelModel cuts the selected years from it, so changing the
 * years draws from memory without a request. A long one (monthly, by the minute) is asked for the
 * selected years, thinned to at most panelMaxPoints a series.
 */
export function panelRequest(view: PanelView): ObservationsQuery {
  const request = wholeRequest(view);
  // Counts re-expressed per period or as running totals need every point: thinned ones would give
  // differences between far-apart periods and totals that stop at the first gap.
  if (!isLongSeries(view) || view.countView !== 'as-published') return request;
  return { ...request, maxPoints: panelMaxPoints };
}

/**
 * What a file that must hold every observation of the view asks for: the same request, never
 * thinned. Re-expressed counts are computed from the start of the series (see buildPanelModel),
 * so they ask without a first year.
 */
export function wholeRequest(view: PanelView): ObservationsQuery {
  const request = {
    indicatorIds: [view.indicator.id],
    regionIds: view.regions.map((region) => region.id),
  };
  if (!isLongSeries(view)) return request;
  return {
    ...request,
    ...(view.countView === 'as-published' ? { fromYear: view.fromYear } : {}),
    toYear: view.toYear,
  };
}

/**
 * What the view's data file (GET /observations.csv) asks for: every stored observation of the
 * view's indicator, regions and years, as published, whatever the chart thins or re-expresses.
 */
export function dataFileQuery(view: PanelView): ObservationsQuery {
  return {
    indicatorIds: [view.indicator.id],
    regionIds: view.regions.map((region) => region.id),
    fromYear: view.fromYear,
    toYear: view.toYear,
  };
}

function isLongSeries(view: PanelView): boolean {
  const { frequency } = view.indicator;
  return frequency === 'monthly' || frequency === 'minutely';
}
