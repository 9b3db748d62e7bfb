import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockServer } from '../../mocks/node';

// The same handlers as the app's mock API; a request no handler serves fails the test.
beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  mockServer.resetHandlers();
  window.history.replaceState(null, '', '/');
});
afterAll(() => mockServer.close());

// jsdom has no layout and no canvas: give elements a size so ECharts lays charts out as in a
// browser, and let text measurement fall back as it does without a 2D context.
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 });
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get: () => 300,
});
HTMLCanvasElement.prototype.getContext = () => null;
