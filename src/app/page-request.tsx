import { createContext, type ReactNode, useContext } from 'react';
import { isEmbedPath } from '../domain/embed';

/**
 * What the page knows of the request that opened it: its path, its query and its cookies. In the
 * browser these come from `location` and `document.cookie`; when the page is rendered ahead of the
 * browser (src/render/), from the request, through this context. Components read them here and
 * never from `window`, so that they render the same in both places.
 */
export interface PageRequest {
  pathname: string;
  search: string;
  cookie: string;
}

const RenderedRequestContext = createContext<PageRequest | null>(null);

/** Gives the request a page is rendered for; null in the browser, where `location` says it. */
export function RenderedRequestProvider({
  request,
  children,
}: {
  request: PageRequest | null;
  children: ReactNode;
}) {
  return (
    <RenderedRequestContext.Provider value={request}>{children}</RenderedRequestContext.Provider>
  );
}

export function usePageRequest(): PageRequest {
  const rendered = useContext(RenderedRequestContext);
  return (
    rendered ?? {
      pathname: window.location.pathname,
      search: window.location.search,
      cookie: document.cookie,
    }
  );
}

/** The pages, by path: the dashboard at /, the print report at /report, one panel at /embed. */
export type PageKind = 'dashboard' | 'report' | 'embed';

export function pageKind(pathname: string): PageKind {
  if (isEmbedPath(pathname)) return 'embed';
  return pathname.replace(/\/$/, '').endsWith('/report') ? 'report' : 'dashboard';
}
