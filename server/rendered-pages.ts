import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FetchApi, PageRenderRequest } from '../src/render/render-page';

/**
 * Where the build puts the renderer (src/render/render-page.tsx, built for Node) and the page
 * template it fills, inside the built app (see scripts/vite-plugin-first-view.ts). They are not
 * served.
 */
export const rendererDir = 'ssr';
export const rendererFile = 'render-page.js';
export const templateFile = 'template.html';

/** The reader's request, as the page renderer needs it. */
export interface PageRequestInfo {
  url: string;
  cookie: string;
}

export type RenderPage = (request: PageRequestInfo) => Promise<string>;

/** Whether the build in `staticDir` has a page renderer. */
export function hasPageRenderer(staticDir: string): boolean {
  return existsSync(join(staticDir, rendererDir, rendererFile));
}

/**
 * Renders each request's page with the renderer the build put beside the app (see
 * scripts/vite-plugin-first-view.ts), from this server's own API, asked in process. The data thus
 * passes the same contract checks as in the browser, and the page says it came from this API, which
 * is what this server's config.json names.
 */
export async function loadPageRenderer(
  staticDir: string,
  fetchApi: FetchApi,
  apiBaseUrl: string,
): Promise<RenderPage> {
  const dir = join(staticDir, rendererDir);
  const renderer = join(dir, rendererFile);
  const template = readFileSync(join(dir, templateFile), 'utf8');
  const { renderPage } = (await import(pathToFileURL(renderer).href)) as {
    renderPage: (request: PageRenderRequest) => Promise<string>;
  };
  return ({ url, cookie }) =>
    renderPage({ url, cookie, fetchApi, source: `api:${apiBaseUrl}`, template });
}
