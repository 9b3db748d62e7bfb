import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import { type Catalog, fixtureCatalog } from '../fixtures/catalog';
import { parseObservationsQuery } from '../src/contract/observations-query';
import { problemContentType } from '../src/contract/problems';
import type { Series } from '../src/contract/schemas';
import { answerObservations, createHandlers, problemResponse } from './handlers';
import { largeHandlers } from './large-handlers';

/**
 * Named states of the mock API, for development and tests: `?scenario=slow` in the browser, or
 * `mockServer.use(...scenarioHandlers('slow'))` in a test. Each is a few handlers placed before
 * the normal ones; a handler that returns nothing lets the request go on to the next.
 */
export const scenarioNames = [
  'slow',
  'error',
  'flaky',
  'malformed',
  'empty',
  'partial',
  'hostile',
  'large',
] as const;
export type ScenarioName = (typeof scenarioNames)[number];

export function isScenarioName(value: string): value is ScenarioName {
  return (scenarioNames as readonly string[]).includes(value);
}

const observations = '*/api/v1/observations';

function serverError(detail: string) {
  return HttpResponse.json(
    { type: '/problems/internal', title: 'Internal server error', status: 500, detail },
    { status: 500, headers: { 'Content-Type': problemContentType } },
  );
}

/** Answers /observations from the fixtures as usual, then hands the series to `change`. */
function transformObservations(
  catalog: Catalog,
  change: (series: Series[]) => unknown,
): RequestHandler {
  return http.get(observations, ({ request }) => {
    const params = new URL(request.url).searchParams;
    const answer = answerObservations(catalog, params, parseObservationsQuery);
    return answer.ok
      ? HttpResponse.json({ data: change(answer.series) })
      : problemResponse(answer.problem);
  });
}

const synthetic = 'synthetic test text';

/**
 * A catalogue whose names, notes, sources and event titles carry markup, script and spreadsheet
 * formulas. None of it may run.
 */
export function hostileCatalog(catalog: Catalog): Catalog {
  return {
    ...catalog,
    regions: catalog.regions.map((region) =>
      region.id === 'CN-GZ'
        ? {
            ...region,
            name: {
              en: `<img src=x onerror="window.__xss='region'"> Guizhou (${synthetic})`,
              zh: '<img src=x onerror="window.__xss=1">贵州',
            },
          }
        : region,
    ),
    indicators: catalog.indicators.map((indicator) =>
      indicator.id === 'rural-ecommerce-growth'
        ? {
            ...indicator,
            name: {
              en: `"><script>window.__xss='indicator'</script> Rural e-commerce growth (${synthetic})`,
              zh: '"><script>window.__xss=1</script>农村电商',
            },
            sources: indicator.sources.map((source) => ({
              ...source,
              publisher: `<b onmouseover="window.__xss='source'">${source.publisher}</b>`,
            })),
          }
        : indicator,
    ),
    series: catalog.series.map((series) =>
      series.indicatorId === 'rural-ecommerce-growth' && series.regionId === 'CN-GZ'
        ? {
            ...series,
            points: [
              {
                period: '2015',
                value: -12.5,
                status: 'estimated',
                sourceId: series.points[0]?.sourceId ?? 'china-daily-2017-12-18',
                note: `=HYPERLINK("http://example.invalid","${synthetic}: a negative value and a formula")`,
              },
              ...series.points.map((point) => ({
                ...point,
                note: `<script>window.__xss='note'</script>${point.note ?? ''}`,
              })),
            ],
          }
        : series,
    ),
    events: catalog.events.map((event) =>
      event.id === 'big-data-expo'
        ? {
            ...event,
            // On the hostile panel, rural e-commerce growth, so that the title is drawn there.
            topics: ['e-commerce'],
            title: {
              en: `<svg onload="window.__xss='event'"></svg>=SUM(1) Big Data Expo (${synthetic})`,
              zh: '<svg onload="window.__xss=1"></svg>数博会',
            },
          }
        : event,
    ),
  };
}

export function scenarioHandlers(
  name: ScenarioName,
  catalog: Catalog = fixtureCatalog,
): RequestHandler[] {
  switch (name) {
    case 'slow':
      return [
        http.get('*/api/v1/*', async () => {
          await delay(3000);
        }),
      ];
    case 'error':
      return [
        http.get(observations, () => serverError('The mock API is in its "error" scenario.')),
      ];
    case 'flaky': {
      let count = 0;
      return [
        http.get('*/api/v1/*', () => {
          count += 1;
          return count % 2 === 0
            ? serverError('The mock API fails every other request ("flaky" scenario).')
            : undefined;
        }),
      ];
    }
    case 'malformed':
      return [
        transformObservations(catalog, (series) =>
          series.map((entry) => ({
            ...entry,
            points: entry.points.map((point) => ({
              ...point,
              value: point.value === null ? null : String(point.value),
            })),
          })),
        ),
      ];
    case 'empty':
      return [
        transformObservations(catalog, (series) =>
          series.map((entry) => ({ ...entry, points: [] })),
        ),
      ];
    case 'partial':
      return [transformObservations(catalog, (series) => series.slice(0, -1))];
    case 'hostile':
      return createHandlers(hostileCatalog(catalog));
    case 'large':
      return largeHandlers();
  }
}
