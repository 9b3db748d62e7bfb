import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureIndicator, fixtureRegion } from '../../../tests/setup/fixture-lookup';
import { renderWithProviders } from '../../../tests/setup/render';
import { IndicatorPanel } from './indicator-panel';

// A chart option that cannot be built for one indicator: that panel fails, the other draws.
vi.mock('../../charts/panel-option', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../charts/panel-option')>();
  return {
    ...original,
    buildPanelOption: (...args: Parameters<typeof original.buildPanelOption>) => {
      if (args[0].indicator.id === 'villages-exited') throw new Error('option builder failed');
      return original.buildPanelOption(...args);
    },
  };
});

describe('a panel that fails to render', () => {
  it('says so with a retry, and the other panels keep working', async () => {
    const props = {
      regions: [fixtureRegion('CN-GZ')],
      fromYear: 2012,
      toYear: 2016,
      shownStatuses: ['estimated', 'derived'] as const,
      countView: 'as-published' as const,
      onCountViewChange: () => {},
    };
    renderWithProviders(
      <>
        <IndicatorPanel
          indicator={fixtureIndicator('villages-exited')}
          {...props}
          shownStatuses={[...props.shownStatuses]}
        />
        <IndicatorPanel
          indicator={fixtureIndicator('poverty-rate')}
          {...props}
          shownStatuses={[...props.shownStatuses]}
        />
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This panel could not be drawn.');
    expect(alert).toHaveTextContent('option builder failed');
    expect(await screen.findByText('-16.2 pp')).toBeInTheDocument();
  });
});
