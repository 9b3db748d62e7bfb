import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/**
 * Starts the mock API in the browser. Requests to the API that no handler serves are errors;
 * the app's own files pass through untouched.
 */
export async function startMockApi(apiPath = '/api/'): Promise<void> {
  const worker = setupWorker(...handlers);
  await worker.start({
    quiet: true,
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith(apiPath)) print.error();
    },
  });
}
