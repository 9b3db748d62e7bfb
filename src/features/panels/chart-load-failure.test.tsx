import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { povertyRatePanelProps } from '../../../tests/setup/panel-props';
import { renderWithProviders } from '../../../tests/setup/render';

// The chart code is a chunk of its own (src/charts/chart-loading.ts). After a deploy the chunk a
// page was built with may be gone: the panel says so with a retry, and the retry loads again.
afterEach(() => {
  vi.doUnmock('../../charts/echarts');
  vi.resetModules();
});

describe('a chart whose code fails to load', () => {
  it('shows the panel error with a retry, and the retry draws the chart', async () => {
    const user = userEvent.setup();
    // Fresh modules: the test set-up has already loaded ECharts, and a load is kept once done.
    vi.resetModules();
    vi.doMock('../../charts/echarts', () => {
      throw new Error('Failed to fetch dynamically imported module: /assets/echarts-old.js');
    });
    const { IndicatorPanel } = await import('./indicator-panel');
    renderWithProviders(<IndicatorPanel {...povertyRatePanelProps()} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This panel could not be drawn.');
    expect(screen.queryByTestId('echart')).not.toBeInTheDocument();

    vi.doUnmock('../../charts/echarts');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    const chart = await screen.findByTestId('echart');
    await vi.waitFor(() => expect(chart.dataset.drawn).toBe('true'), { timeout: 10_000 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
