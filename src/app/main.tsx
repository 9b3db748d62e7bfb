import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import './styles.css';

/** The mock API is on unless VITE_MOCK_API is "false"; its code is only loaded when it is on. */
async function startMockApiIfEnabled(): Promise<void> {
  if (import.meta.env.VITE_MOCK_API === 'false') return;
  const { startMockApi } = await import('../../mocks/browser');
  await startMockApi();
}

async function main() {
  await startMockApiIfEnabled();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <Providers client={createQueryClient()}>
        <App />
      </Providers>
    </StrictMode>,
  );
}

void main();
