import { createHash } from 'node:crypto';
import { type DehydratedState, dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { AppRoot } from '../app/app-root';
import { firstViewStateId, renderedSearch } from '../app/first-view';
import { resolvePreferences } from '../app/preferences';
import { createQueryClient } from '../app/query-client';
import { embedPath } from '../domain/embed';
import { escapeHtml } from '../domain/escape-html';
import { renderChartSnapshot } from './chart-snapshot';

import { scriptSafeJson } from './script-safe-json';
import { type FetchApi, loadViewData, type RenderedPage } from './view-data';

export type { FetchApi } from './view-data';

export interface PageRenderRequest {
  /** The page's path and query, as the reader asked for it ("/?region=CN-GZ&lang=zh-CN"). */
  url: string;
  /** The request's Cookie header (the reader's language and theme), or "". */
  cookie: string;
  fetchApi: FetchApi;
  /**
   * Which API the data came from, in the terms of config.json: "mock" for the mock API, else
   * "api:" and the API's base URL. The page is shown only where config.json names the same one
   * (see src/boot/first-view.js), so that no reader sees numbers the configured API would not serve.
   */
  source: 'mock' | `api:${string}`; // as sourceOf (src/app/first-view.ts) writes it
  /** The built index.html, with its empty #root. */
  template: string;
}

const emptyRoot = '<div id="root"></div>';

/**
 * The paths whose page is rendered: the dashboard's and the embed's. The report and any other
 * path (a client-side route, a mistyped link, a probe) get the empty page, which costs nothing to
 * send.
 */
const renderedPages = new Map<string, RenderedPage>([
  ['/', 'dashboard'],
  ['/index.html', 'dashboard'],
  [embedPath, 'embed'],
]);
const htmlStart = '<html lang="en">';

/**
 * The page for one request, rendered ahead of the browser: the dashboard (or the embed of one of its
 * panels) the URL asks for, with its panels drawn, their numbers, sources and statuses, and the query cache the browser continues
 * from (src/app/main.tsx). The report page (/report) is left to the browser: it prints the
 * reader's date, which only the reader's clock knows; so is any path that is not the dashboard's.
 * A failure to render is logged and leaves the page to the browser too, which then renders it as
 * it would without this.
 */
export async function renderPage(request: PageRenderRequest): Promise<string> {
  const { template } = request;
  if (!template.includes(emptyRoot) || !template.includes(htmlStart))
    throw new Error(`the page template has no ${emptyRoot} or ${htmlStart}`);
  const url = new URL(request.url, 'http://page.invalid');
  const page = renderedPages.get(url.pathname);
  if (!page) return template;
  try {
    return await renderView(request, url, page);
  } catch (error) {
    console.error('The page could not be rendered ahead of the browser:', error);
    return template;
  }
}

/**
 * The cache without the moments it was filled and dehydrated. The browser takes the data as
 * fetched when the page arrives (hydrateFirstView), so the clock adds nothing, and without it a
 * page rendered again from the same data is the same to the byte, which lets its ETag answer a
 * repeat visit with 304 Not Modified.
 */
function timeless(state: DehydratedState): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => ({
      ...query,
      dehydratedAt: 0,
      state: { ...query.state, dataUpdatedAt: 0 },
    })),
  };
}

async function renderView(
  request: PageRenderRequest,
  url: URL,
  page: RenderedPage,
): Promise<string> {
  const { cookie, template } = request;
  const client = createQueryClient();
  const versions = await loadViewData(client, request.fetchApi, url.searchParams, page);
  const { locale, themeChoice } = resolvePreferences(url.searchParams, cookie);
  const appHtml = renderToString(
    <AppRoot
      client={client}
      search={url.search}
      snapshots={renderChartSnapshot}
      request={{ pathname: url.pathname, search: url.search, cookie }}
    />,
  );
  const dataVersion = createHash('sha256')
    .update(versions.toSorted().join('\n'))
    .digest('base64url')
    .slice(0, 16);
  const attributes = {
    lang: locale,
    'data-rendered-from': request.source,
    'data-rendered-path': url.pathname,
    'data-rendered-search': renderedSearch(url.searchParams),
    'data-rendered-locale': locale,
    'data-rendered-theme-choice': themeChoice,
    'data-data-version': dataVersion,
  };
  const htmlTag = `<html ${Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ')}>`;
  const state = `<script type="application/json" id="${firstViewStateId}">${scriptSafeJson(timeless(dehydrate(client)))}</script>`;
  return template
    .replace(htmlStart, () => htmlTag)
    .replace(emptyRoot, () => `<div id="root" data-rendered>${appHtml}</div>${state}`);
}
