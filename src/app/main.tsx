import './tokens.css';
import './base.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { holdRequestsUntil, setApiBaseUrl } from '../api/client';
import { loadEcharts } from '../charts/chart-loading';
import { AppRoot } from './app-root';
import {
  discardFirstView,
  hydrateFirstView,
  renderedFromConfigured,
  takeFirstView,
} from './first-view';
import { initialLocale } from './preferences';
import { createQueryClient } from './query-client';
import { loadRuntimeConfig } from './runtime-config';
import { StartupError } from './startup-error';

/** Where MSW's worker script is served (public/mockServiceWorker.js), as MSW registers it. */
const mockServiceWorkerUrl = '/mockServiceWorker.js';

async function main() {
  const element = document.getElementById('root');
  if (!element) throw new Error('index.html has no #root element');

  const [firstView, result] = await Promise.all([takeFirstView(element), loadRuntimeConfig()]);
  if (!result.ok) {
    discardFirstView(element);
    createRoot(element).render(
      <StartupError problems={result.problems} locale={initialLocale()} />,
    );
    return;
  }
  const { apiBaseUrl, mockApi } = result.config;
  setApiBaseUrl(apiBaseUrl);
  const hydrating = firstView !== null && renderedFromConfigured(result.config);
  if (firstView && !hydrating) discardFirstView(element);
  if (mockApi) {
    // The mock's service worker installs while the mock's code downloads (each takes about as
    // long), and both happen while the page renders; only the API's requests wait for the mock.
    // The mock's code is imported only when mocking, so with mockApi false no MSW code is
    // downloaded.
    void navigator.serviceWorker?.register(mockServiceWorkerUrl).catch(() => {});
    holdRequestsUntil(
      import('../../mocks/browser').then(({ startMockApi }) =>
        startMockApi(new URL(apiBaseUrl, window.location.href).pathname),
      ),
    );
  }
  // The chart code loads while the mock starts and the data is on the way. It is asked for after
  // the mock's code, so that running it does not hold up the mock. A failure to load is ignored
  // here and shown where a chart is drawn (see EChart), with a retry.
  loadEcharts().catch(() => {});

  const client = createQueryClient();
  const app = (
    <AppRoot
      client={client}
      search={window.location.search}
      {...(hydrating ? { snapshots: firstView.snapshots } : {})}
    />
  );
  if (!hydrating) {
    createRoot(element).render(app);
    return;
  }
  // The page continues from what arrived: the same cache, the same markup, the charts' snapshots
  // kept until each live chart has drawn. A mismatch would make React render the page again
  // (and say so here); the browser tests fail on that message.
  hydrateFirstView(client, firstView.state);
  hydrateRoot(element, app, {
    onRecoverableError(error) {
      console.error('The rendered page could not be taken over as it was:', error);
    },
  });
}

void main();
