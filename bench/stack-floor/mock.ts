import { HttpResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { series } from '../floor/series';

/** The stack floor's mock API, one chunk as the app's (mocks/browser.ts): a handler per file. */
export async function startMock(): Promise<void> {
  const worker = setupWorker(
    http.get('/series/:file', ({ params }) =>
      HttpResponse.json(series[String(params.file).replace(/\.json$/, '')] ?? null),
    ),
  );
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
}
