import { readIds, readYearRange } from './observations-query';
import {
  type InvalidParameter,
  type InvalidParameterProblem,
  invalidParameterProblem,
} from './problems';
import type { Indicator, PolicyEvent, Region } from './schemas';

/**
 * The parameters of GET /events, and which events they select: the one rule of what an event
 * concerns, which the mock, the reference server and the panels all use.
 */
export interface EventsQuery {
  /** Empty means every indicator. */
  indicatorIds: string[];
  /** Empty means every region. */
  regionIds: string[];
  fromYear?: number;
  toYear?: number;
}

export function parseEventsQuery(
  params: URLSearchParams,
): { ok: true; query: EventsQuery } | { ok: false; problem: InvalidParameterProblem } {
  const invalid: InvalidParameter[] = [];
  const indicatorIds = readIds(params, 'indicator', invalid);
  const regionIds = readIds(params, 'region', invalid);
  const years = readYearRange(params, invalid);
  if (invalid.length > 0) return { ok: false, problem: invalidParameterProblem(invalid) };
  return { ok: true, query: { indicatorIds, regionIds, ...years } };
}

/** The year an event's date falls in. */
export function eventYear(event: Pick<PolicyEvent, 'date'>): number {
  return Number(event.date.slice(0, 4));
}

/** The region and every region it lies within, nearest first. */
function withAncestors(regionId: string, regions: readonly Region[]): string[] {
  const chain: string[] = [];
  let current: string | null = regionId;
  // A parent chain in the data could loop; it is never longer than the list of regions.
  while (current !== null && !chain.includes(current) && chain.length <= regions.length) {
    chain.push(current);
    const id: string = current;
    current = regions.find((region) => region.id === id)?.parentId ?? null;
  }
  return chain;
}

/** Whether an event concerns an indicator: by its id, or by its topic. */
export function eventConcernsIndicator(
  event: PolicyEvent,
  indicator: Pick<Indicator, 'id' | 'topic'>,
): boolean {
  return event.indicatorIds.includes(indicator.id) || event.topics.includes(indicator.topic);
}

/** Whether an event concerns a region: it names the region or a region the region lies within. */
export function eventConcernsRegion(
  event: PolicyEvent,
  regionId: string,
  regions: readonly Region[],
): boolean {
  return withAncestors(regionId, regions).some((id) => event.regionIds.includes(id));
}

/** The events a query selects, in the order given. */
export function eventsMatching(
  events: readonly PolicyEvent[],
  query: EventsQuery,
  catalog: { indicators: readonly Pick<Indicator, 'id' | 'topic'>[]; regions: readonly Region[] },
): PolicyEvent[] {
  const indicators = catalog.indicators.filter((indicator) =>
    query.indicatorIds.includes(indicator.id),
  );
  return events.filter((event) => {
    const year = eventYear(event);
    if (query.fromYear !== undefined && year < query.fromYear) return false;
    if (query.toYear !== undefined && year > query.toYear) return false;
    if (
      query.indicatorIds.length > 0 &&
      !indicators.some((indicator) => eventConcernsIndicator(event, indicator))
    )
      return false;
    if (
      query.regionIds.length > 0 &&
      !query.regionIds.some((regionId) => eventConcernsRegion(event, regionId, catalog.regions))
    )
      return false;
    return true;
  });
}
