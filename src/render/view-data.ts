import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { eventsQueryOptions } from '../api/get-events';
import { indicatorsQueryOptions } from '../api/get-indicators';
import { observationsQueryOptions } from '../api/get-observations';
import { regionsQueryOptions } from '../api/get-regions';
import type { PageKind } from '../app/page-request';
import { observationsSearchParams } from '../contract/observations-query';
import {
  eventsResponseSchema,
  indicatorsResponseSchema,
  observationsResponseSchema,
  regionsResponseSchema,
} from '../contract/schemas';
import { embedFilters } from '../domain/embed';
import { filterParameterNames, type RawFilterParams, resolveFilters } from '../domain/filter-state';
import { panelRequest, panelViews } from '../domain/panel-view';
import { requestAsBuilt } from '../instrumentation';

/**
 * How a page rendered ahead of the browser asks the API: a path under the API's base ("/indicators")
 * with its parameters, answered as the API answers it. The build asks the mock's handlers; the
 * reference server asks its own API in process. Either way the answer passes the same contract
 * checks as in the browser.
 */
/** The pages rendered ahead of the browser; the report is left to it (see render-page.tsx). */
export type RenderedPage = Exclude<PageKind, 'report'>;

export type FetchApi = (path: string, params?: URLSearchParams) => Promise<Response>;

/**
 * Puts into `client` what the first render of the dashboard or the embed for `search` asks for: the catalogue and the
 * policy events, then each panel's observations, under the same query keys the browser uses, so
 * that the page renders drawn and the browser continues from the same cache without asking again.
 * An answer that fails (an error, or data outside the contract) is left out: that panel renders
 * its loading state, and the browser asks for it and shows what comes. Resolves with the ETags of the answers used, which
 * say which version of the data the page shows.
 */
export async function loadViewData(
  client: QueryClient,
  fetchApi: FetchApi,
  search: URLSearchParams,
  page: RenderedPage,
): Promise<string[]> {
  const versions: string[] = [];
  const answer = async <Schema extends z.ZodType>(
    path: string,
    schema: Schema,
    params?: URLSearchParams,
  ): Promise<z.infer<Schema> | undefined> => {
    const response = await fetchApi(path, params);
    if (!response.ok) return undefined;
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) return undefined;
    versions.push(response.headers.get('ETag') ?? '');
    return parsed.data;
  };
  const load = async <Schema extends z.ZodType<{ data: unknown }>>(
    path: string,
    schema: Schema,
    params?: URLSearchParams,
  ): Promise<z.infer<Schema>['data'] | undefined> => (await answer(path, schema, params))?.data;

  const [indicators, regions, events] = await Promise.all([
    load('/indicators', indicatorsResponseSchema),
    load('/regions', regionsResponseSchema),
    answer('/events', eventsResponseSchema),
  ]);
  if (!indicators || !regions) return versions;
  client.setQueryData(indicatorsQueryOptions().queryKey, indicators);
  client.setQueryData(regionsQueryOptions().queryKey, regions);
  if (events) client.setQueryData(eventsQueryOptions().queryKey, events);

  const raw: RawFilterParams = Object.fromEntries(
    filterParameterNames.map((name) => [name, search.get(name)]),
  );
  const { filters: asked } = resolveFilters(raw, { indicators, regions });
  // An embed draws the first indicator alone, and only its data is sent with the page.
  const filters = page === 'embed' ? embedFilters(asked, raw.indicator).filters : asked;
  await Promise.all(
    panelViews(filters, {
      indicators,
      regions,
      events: events?.data ?? null,
      eventSources: events?.sources ?? [],
    }).map(async (view) => {
      const request = requestAsBuilt(panelRequest(view));
      const series = await load(
        '/observations',
        observationsResponseSchema,
        observationsSearchParams(request),
      );
      if (series) client.setQueryData(observationsQueryOptions(request).queryKey, series);
    }),
  );
  return versions;
}
