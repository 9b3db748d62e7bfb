import { HttpResponse, http, type RequestHandler } from 'msw';
import {
  type ObservationsQuery,
  parseObservationsCsvQuery,
  parseObservationsQuery,
} from '../src/contract/observations-query';
import type { Series } from '../src/contract/schemas';
import { csvFileResponse } from './csv-response';
import { answerEvents, answerObservations, problemResponse } from './handlers';
import { largeData, minuteIndicatorId, minuteRegionId } from './large-data';
import { type LazyPoints, minutePoints, thinnedSeries } from './minute-points';
import { streamedResponse } from './streamed-response';

/**
 * The handlers of the "large" scenario (`?scenario=large`): the synthetic catalogue of
 * mocks/large-data.ts, with the million-point minute series cut, thinned or streamed per request.
 */
export function largeHandlers(): RequestHandler[] {
  return [
    http.get('*/api/v1/indicators', () =>
      HttpResponse.json({ data: largeData().catalog.indicators }),
    ),
    http.get('*/api/v1/regions', () => HttpResponse.json({ data: largeData().catalog.regions })),
    // Asked of the synthetic catalogue, so that its indicators and regions are known ids.
    http.get('*/api/v1/events', ({ request }) => {
      const answer = answerEvents(largeData().catalog, new URL(request.url).searchParams);
      return answer.ok ? HttpResponse.json(answer.body) : problemResponse(answer.problem);
    }),
    http.get('*/api/v1/observations.csv', ({ request }) => {
      const params = new URL(request.url).searchParams;
      const answer = answerObservations(largeData().catalog, params, parseObservationsCsvQuery);
      if (!answer.ok) return problemResponse(answer.problem);
      const { series, whole } = withMinutePoints(answer.query, answer.series);
      return csvFileResponse(largeData().catalog, answer.query, series, whole);
    }),
    http.get('*/api/v1/observations', ({ request }) => {
      const params = new URL(request.url).searchParams;
      const answer = answerObservations(largeData().catalog, params, parseObservationsQuery);
      if (!answer.ok) return problemResponse(answer.problem);
      const { series, whole } = withMinutePoints(answer.query, answer.series);
      return whole.size > 0 ? streamedResponse(series, whole) : HttpResponse.json({ data: series });
    }),
  ];
}

/**
 * The series of an answer with the minute series' points found: thinned where the query asks for
 * at most `maxPoints`, and otherwise left in `whole`, to be written as the body is read. Only the
 * one region that has the minute series gets its points; others asked for get the empty series
 * the contract gives a region without data.
 */
function withMinutePoints(
  query: ObservationsQuery,
  asked: Series[],
): { series: Series[]; whole: Map<Series, LazyPoints> } {
  const whole = new Map<Series, LazyPoints>();
  const series = asked.map((entry) => {
    if (entry.indicatorId !== minuteIndicatorId || entry.regionId !== minuteRegionId) return entry;
    const lazy = minutePoints(largeData().minuteValues(), query);
    if (query.maxPoints !== undefined) return thinnedSeries(entry, lazy, query.maxPoints);
    whole.set(entry, lazy);
    return entry;
  });
  return { series, whole };
}
