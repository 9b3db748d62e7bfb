import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockServer } from '../../mocks/node';

/**
 * For Node test files: turns the mock API on for the whole file, resets its handlers after each
 * test, and fails any request that no handler serves.
 */
export function withMockApi(): void {
  beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => mockServer.resetHandlers());
  afterAll(() => mockServer.close());
}
