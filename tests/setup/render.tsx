import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { Providers } from '../../src/app/providers';

/** Renders with a fresh query client (no retries, no shared cache) and the URL given. */
export function renderWithProviders(
  ui: ReactElement,
  {
    url = '/',
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  }: { url?: string; client?: QueryClient } = {},
) {
  window.history.replaceState(null, '', url);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Providers client={client}>{children}</Providers>
  );
  return { client, ...render(ui, { wrapper }) };
}
