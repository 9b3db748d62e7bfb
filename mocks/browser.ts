import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { isScenarioName, type ScenarioName, scenarioHandlers } from './scenarios';

/**
 * Starts the mock API in the browser, in the scenario the page's `?scenario=` names (see
 * mocks/scenarios.ts). Requests to the API that no handler serves are errors; the app's own files
 * pass through untouched. Resolves with the scenario in force, if any.
 */
export async function startMockApi(apiPath = '/api/'): Promise<ScenarioName | null> {
  const requested = new URLSearchParams(window.location.search).get('scenario');
  const scenario = requested && isScenarioName(requested) ? requested : null;
  if (requested && !scenario)
    console.warn(`Unknown mock scenario "${requested}"; serving the fixtures as they are.`);
  const worker = setupWorker(...(scenario ? scenarioHandlers(scenario) : []), ...handlers);
  await worker.start({
    quiet: true,
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith(apiPath)) print.error();
    },
  });
  return scenario;
}
