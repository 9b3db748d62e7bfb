import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock API for tests in Node (unit, component and contract tests). */
export const mockServer = setupServer(...handlers);
