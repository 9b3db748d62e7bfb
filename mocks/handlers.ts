import { HttpResponse, http } from 'msw';
import { type Catalog, fixtureCatalog } from '../fixtures/catalog';
import { eventsMatching, parseEventsQuery } from '../src/contract/events-query';
import {
  inTimeWindow,
  maxYear,
  minYear,
  type ObservationsQuery,
  parseObservationsCsvQuery,
  parseObservationsQuery,
} from '../src/contract/observations-query';
import { problemContentType, unknownIdProblem } from '../src/contract/problems';
import { sampleMinMax } from '../src/contract/sampling';
import type { EventsResponse, Problem, Series } from '../src/contract/schemas';
import { pointsInYears } from '../src/domain/series-shaping';
import { csvFileResponse } from './csv-response';

/**
 * The API contract served from the fixtures. It is thin on purpose: parameter checks come from the
 * contract's own parser, and the rest is filtering. The `*` prefix matches any origin, so the same
 * handlers serve the browser worker and msw/node in tests.
 */

export function problemResponse(problem: Problem) {
  return HttpResponse.json(problem, {
    status: problem.status,
    headers: { 'Content-Type': problemContentType },
  });
}

function selectSeries(catalog: Catalog, query: ObservationsQuery): Series[] {
  const { indicatorIds, regionIds, fromYear, toYear, maxPoints } = query;
  const inWindow = inTimeWindow(query);
  const regions = regionIds.length > 0 ? regionIds : catalog.regions.map((region) => region.id);
  const result: Series[] = [];
  for (const indicatorId of indicatorIds) {
    for (const regionId of regions) {
      const found = catalog.series.find(
        (series) => series.indicatorId === indicatorId && series.regionId === regionId,
      );
      if (!found && regionIds.length === 0) continue;
      const asked = pointsInYears(
        found?.points ?? [],
        fromYear ?? minYear,
        toYear ?? maxYear,
      ).filter((point) => inWindow(point.period));
      const { points, sampling } = sampleMinMax(asked, maxPoints ?? asked.length);
      result.push({
        indicatorId,
        regionId,
        ...(found?.basis ? { basis: found.basis } : {}),
        ...(sampling ? { sampling } : {}),
        points,
      });
    }
  }
  return result;
}

/** The problem naming the ids a query asks for that the catalogue does not have, if any. */
function unknownIdsProblem(
  catalog: Catalog,
  { indicatorIds, regionIds }: { indicatorIds: string[]; regionIds: string[] },
): Problem | null {
  const knownIndicators = new Set(catalog.indicators.map((indicator) => indicator.id));
  const knownRegions = new Set(catalog.regions.map((region) => region.id));
  const unknown = [
    { parameter: 'indicator', ids: indicatorIds.filter((id) => !knownIndicators.has(id)) },
    { parameter: 'region', ids: regionIds.filter((id) => !knownRegions.has(id)) },
  ].filter((entry) => entry.ids.length > 0);
  return unknown.length > 0 ? unknownIdProblem(unknown) : null;
}

/**
 * Answers GET /observations from a catalogue with the series asked for, or with the problem in the
 * request.
 * The query comes back as parsed, so a handler that needs it does not parse the request again.
 */
export function answerObservations<Query extends ObservationsQuery>(
  catalog: Catalog,
  params: URLSearchParams,
  parse: (params: URLSearchParams) => { ok: true; query: Query } | { ok: false; problem: Problem },
): { ok: true; query: Query; series: Series[] } | { ok: false; problem: Problem } {
  const parsed = parse(params);
  if (!parsed.ok) return parsed;
  const problem = unknownIdsProblem(catalog, parsed.query);
  if (problem) return { ok: false, problem };
  return { ok: true, query: parsed.query, series: selectSeries(catalog, parsed.query) };
}

/**
 * Answers GET /events from a catalogue with the events the query selects and the sources they
 * cite, or with the problem in the request.
 */
export function answerEvents(
  catalog: Catalog,
  params: URLSearchParams,
): { ok: true; body: EventsResponse } | { ok: false; problem: Problem } {
  const parsed = parseEventsQuery(params);
  if (!parsed.ok) return parsed;
  const problem = unknownIdsProblem(catalog, parsed.query);
  if (problem) return { ok: false, problem };
  const data = eventsMatching(catalog.events, parsed.query, catalog);
  const cited = new Set(data.map((event) => event.sourceId));
  const sources = catalog.eventSources
    .filter((source) => cited.has(source.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ok: true, body: { data, sources } };
}

export function createHandlers(catalog: Catalog = fixtureCatalog) {
  return [
    http.get('*/api/v1/indicators', () => HttpResponse.json({ data: catalog.indicators })),
    http.get('*/api/v1/regions', () => HttpResponse.json({ data: catalog.regions })),
    http.get('*/api/v1/observations.csv', ({ request }) => {
      const params = new URL(request.url).searchParams;
      const answer = answerObservations(catalog, params, parseObservationsCsvQuery);
      return answer.ok
        ? csvFileResponse(catalog, answer.query, answer.series)
        : problemResponse(answer.problem);
    }),
    http.get('*/api/v1/observations', ({ request }) => {
      const params = new URL(request.url).searchParams;
      const answer = answerObservations(catalog, params, parseObservationsQuery);
      return answer.ok
        ? HttpResponse.json({ data: answer.series })
        : problemResponse(answer.problem);
    }),
    http.get('*/api/v1/events', ({ request }) => {
      const answer = answerEvents(catalog, new URL(request.url).searchParams);
      return answer.ok ? HttpResponse.json(answer.body) : problemResponse(answer.problem);
    }),
  ];
}

export const handlers = createHandlers();
