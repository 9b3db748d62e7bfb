import { type DehydratedState, hydrate, type QueryClient } from '@tanstack/react-query';
import { type ChartSnapshots, snapshotsOnPage } from '../charts/chart-snapshots';

/**
 * A page may arrive already rendered (src/render/: by the build from the mock's fixtures, or by the
 * reference server from its database). What the renderer, the page's head script
 * (src/boot/first-view.js) and this entry agree on is here.
 */

/** The id of the `<script type="application/json">` that holds the dehydrated query cache. */
export const firstViewStateId = 'first-view-state';

/**
 * The query a page was rendered for, as the head script compares it with the reader's: without
 * `lang` and `theme`, which it compares as the resolved language and theme choice instead.
 */
export function renderedSearch(params: URLSearchParams): string {
  const rest = new URLSearchParams(params);
  rest.delete('lang');
  rest.delete('theme');
  return rest.toString();
}

/**
 * Which API a page's data must have come from to be shown under this config, in the terms of
 * `<html data-rendered-from>`: the head script applies the same rule to the config.json it read.
 */
export function sourceOf(config: { apiBaseUrl: string; mockApi: boolean }): string {
  return config.mockApi ? 'mock' : `api:${config.apiBaseUrl}`;
}

/**
 * Whether the rendered page's data came from the API this config names. The entry asks again with
 * the config it loaded itself, in case config.json changed after the head script read it.
 */
export function renderedFromConfigured(config: { apiBaseUrl: string; mockApi: boolean }): boolean {
  return document.documentElement.dataset.renderedFrom === sourceOf(config);
}

export interface FirstView {
  state: DehydratedState;
  snapshots: ChartSnapshots;
}

/**
 * The rendered page in `root`, if the head script found it to be the view the reader asked for,
 * from the API config.json names; then the page is hydrated from it. Otherwise any rendered page
 * is removed, unseen (the CSS kept it hidden), and the page renders in the browser from the start.
 */
export async function takeFirstView(root: HTMLElement): Promise<FirstView | null> {
  if (!root.hasAttribute('data-rendered')) return null;
  const verdict = await headScriptVerdict();
  const stateScript = document.getElementById(firstViewStateId);
  let state: DehydratedState | null = null;
  if (verdict === 'shown' && stateScript?.textContent) {
    try {
      state = JSON.parse(stateScript.textContent) as DehydratedState;
    } catch {
      state = null;
    }
  }
  stateScript?.remove();
  if (!state) {
    discardFirstView(root);
    return null;
  }
  return { state, snapshots: snapshotsOnPage(root) };
}

/** Removes a rendered page that is not to be shown (or not hydrated), so that none of it lingers. */
export function discardFirstView(root: HTMLElement): void {
  root.replaceChildren();
  root.removeAttribute('data-rendered');
}

/** The head script's verdict, once it has one (it waits for config.json). */
function headScriptVerdict(): Promise<string | undefined> {
  const html = document.documentElement;
  if (html.dataset.firstView !== 'checking') return Promise.resolve(html.dataset.firstView);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (html.dataset.firstView === 'checking') return;
      observer.disconnect();
      resolve(html.dataset.firstView);
    });
    observer.observe(html, { attributes: true, attributeFilter: ['data-first-view'] });
  });
}

/**
 * Puts the rendered page's data into the client's cache. It is taken as fetched now: the server
 * rendered it for this request, or the build from the same fixtures the mock serves, so asking
 * again at once would fetch the same and only mark the panels as updating.
 */
export function hydrateFirstView(client: QueryClient, state: DehydratedState): void {
  const now = Date.now();
  hydrate(client, {
    ...state,
    queries: state.queries.map((query) => ({
      ...query,
      dehydratedAt: now,
      state: { ...query.state, dataUpdatedAt: now },
    })),
  });
}
