import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockServer } from '../../mocks/node';

/** For Node test files: the mock API on for the file, reset after each test, unhandled = error. */
export function withMockApi(): void {
  beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => mockServer.resetHandlers());
  afterAll(() => mockServer.close());
}
