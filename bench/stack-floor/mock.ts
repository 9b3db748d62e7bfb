import { HttpResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { series } from '../floor/series';

/**
 * The stack floor's mock API, loaded as one chunk like the app's (mocks/browser.ts). One handler
 * serves each series file by its name.
 */
export async function startMock(): Promise<void> {
  const worker = setupWorker(
    http.get('/series/:file', ({ params }) =>
      HttpResponse.json(series[String(params.file).replace(/\.json$/, '')] ?? null),
    ),
  );
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
}
