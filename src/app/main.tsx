import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiBaseUrl } from '../api/client';
import { loadEcharts } from '../charts/chart-loading';
import { App } from './app';
import { initialLocale } from './preferences';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { loadRuntimeConfig } from './runtime-config';
import { StartupError } from './startup-error';
import './styles.css';

/** Where MSW's worker script is served (public/mockServiceWorker.js), as MSW registers it. */
const mockServiceWorkerUrl = '/mockServiceWorker.js';

async function main() {
  // The chart code loads while the configuration, the mock API and the data are on the way.
  // A failure shows where a chart is drawn (see EChart), with a retry.
  loadEcharts().catch(() => {});
  const element = document.getElementById('root');
  if (!element) throw new Error('index.html has no #root element');
  const root = createRoot(element);

  const result = await loadRuntimeConfig();
  if (!result.ok) {
    root.render(<StartupError problems={result.problems} locale={initialLocale()} />);
    return;
  }
  const { apiBaseUrl, mockApi } = result.config;
  setApiBaseUrl(apiBaseUrl);
  if (mockApi) {
    // The mock's service worker installs while its code downloads (each takes about as long);
    // MSW then finds it ready. Loaded only when mocking: with mockApi false, no MSW code is
    // downloaded.
    void navigator.serviceWorker?.register(mockServiceWorkerUrl).catch(() => {});
    const { startMockApi } = await import('../../mocks/browser');
    await startMockApi(new URL(apiBaseUrl, window.location.href).pathname);
  }
  root.render(
    <StrictMode>
      <Providers client={createQueryClient()}>
        <App />
      </Providers>
    </StrictMode>,
  );
}

void main();
