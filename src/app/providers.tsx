import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import type { ReactNode } from 'react';

/**
 * Server state (TanStack Query) and URL state (nuqs): the app's only two stores. `search` is the
 * query string the page was rendered for; nuqs reads it where there is no `location` (ahead of the
 * browser, see src/render/) and while hydrating, and `location.search` after.
 */
export function Providers({
  client,
  search,
  children,
}: {
  client: QueryClient;
  search?: string;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={client}>
      <NuqsAdapter {...(search !== undefined ? { serverSearch: search } : {})}>
        {children}
      </NuqsAdapter>
    </QueryClientProvider>
  );
}
