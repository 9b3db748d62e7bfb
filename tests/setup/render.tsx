import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Providers } from '../../src/app/providers';

/** Renders with a fresh query client (no retries, no shared cache) and the URL given. */
export function renderWithProviders(ui: ReactElement, { url = '/' }: { url?: string } = {}) {
  window.history.replaceState(null, '', url);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { client, ...render(<Providers client={client}>{ui}</Providers>) };
}
