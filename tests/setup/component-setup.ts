import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadEcharts } from '../../src/charts/chart-loading';
import { withMockApi } from './mock-api';

// The app starts loading its chart code at start-up (src/app/main.tsx), and so do the tests, so
// that a test's wait for a chart does not also wait for the first import of ECharts.
beforeAll(async () => {
  await loadEcharts();
}, 30_000);

// The same handlers as the app's mock API; a request no handler serves fails the test.
withMockApi();
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

// jsdom has no layout and no canvas. Elements are given a size so that ECharts lays charts out as
// in a browser, and getContext returns null so that text measurement falls back as it does in a
// browser without a 2D context.
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 });
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get: () => 300,
});
HTMLCanvasElement.prototype.getContext = () => null;
