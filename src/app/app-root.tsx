import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { type ChartSnapshots, ChartSnapshotsProvider } from '../charts/chart-snapshots';
import { App } from './app';
import { type PageRequest, RenderedRequestProvider } from './page-request';
import { Providers } from './providers';

const noSnapshots: ChartSnapshots = () => undefined;

/**
 * The whole tree, as the browser renders or hydrates it (main.tsx) and as the renderer renders it
 * ahead of the browser (src/render/render-page.tsx). Both build it here, so that their trees, and
 * with them the ids React gives each chart (useId), cannot drift apart.
 */
export function AppRoot({
  client,
  search,
  snapshots = noSnapshots,
  request = null,
}: {
  client: QueryClient;
  /** The query string the page is rendered for (see Providers). */
  search: string;
  /** Where a chart's snapshot comes from (see chart-snapshots.tsx); none by default. */
  snapshots?: ChartSnapshots;
  /** The request, when rendering ahead of the browser; in the browser, null. */
  request?: PageRequest | null;
}) {
  return (
    <StrictMode>
      <RenderedRequestProvider request={request}>
        <ChartSnapshotsProvider value={snapshots}>
          <Providers client={client} search={search}>
            <App />
          </Providers>
        </ChartSnapshotsProvider>
      </RenderedRequestProvider>
    </StrictMode>
  );
}
