import { getResponse } from 'msw';
import { handlers } from './handlers';

/**
 * The mock API asked in process, without a service worker or an intercepted fetch: a path under
 * the API's base ("/observations") and its parameters, answered by the same handlers the
 * browser's worker runs (404 where none answers). The build renders the first view with it
 * (scripts/vite-plugin-first-view.ts), and the renderer's tests do too.
 */
export async function askMockApi(path: string, params?: URLSearchParams): Promise<Response> {
  const url = new URL(`http://mock.invalid/api/v1${path}`);
  if (params) url.search = params.toString();
  return (await getResponse(handlers, new Request(url))) ?? new Response(null, { status: 404 });
}
