import { HttpResponse, http, type RequestHandler } from 'msw';
import type { Series } from '../src/contract/schemas';
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
    http.get('*/api/v1/observations', ({ request }) => {
      const { catalog, minuteValues } = largeData();
      const answer = answerObservations(catalog, new URL(request.url).searchParams);
      if (!answer.ok) return problemResponse(answer.problem);
      const { query } = answer;
      const whole = new Map<Series, LazyPoints>();
      const data = answer.series.map((series) => {
        // Only the one region that has the minute series gets its points; others asked for get
        // the empty series the contract gives a region without data.
        if (series.indicatorId !== minuteIndicatorId || series.regionId !== minuteRegionId)
          return series;
        const lazy = minutePoints(minuteValues(), query);
        if (query.maxPoints !== undefined) return thinnedSeries(series, lazy, query.maxPoints);
        whole.set(series, lazy);
        return series;
      });
      return whole.size > 0 ? streamedResponse(data, whole) : HttpResponse.json({ data });
    }),
  ];
}
