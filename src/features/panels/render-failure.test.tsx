import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureIndicator } from '../../../tests/setup/fixture-lookup';
import { povertyRatePanelProps } from '../../../tests/setup/panel-props';
import { renderWithProviders } from '../../../tests/setup/render';
import { IndicatorPanel } from './indicator-panel';

// A chart option that cannot be built for one indicator: that panel fails, the other draws.
vi.mock('../../charts/panel-option', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../charts/panel-option')>();
  return {
    ...original,
    buildPanelOption: (...args: Parameters<typeof original.buildPanelOption>) => {
      if (args[0].view.indicator.id === 'villages-exited') throw new Error('option builder failed');
      return original.buildPanelOption(...args);
    },
  };
});

describe('a panel that fails to render', () => {
  it('says so with a retry, and the other panels keep working', async () => {
    renderWithProviders(
      <>
        <IndicatorPanel
          {...povertyRatePanelProps({ indicator: fixtureIndicator('villages-exited') })}
        />
        <IndicatorPanel {...povertyRatePanelProps()} />
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This panel could not be drawn.');
    expect(alert).toHaveTextContent('option builder failed');
    expect(await screen.findByText('-16.2 pp')).toBeInTheDocument();
  });
});
