import { QueryClient } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockServer } from '../../../mocks/node';
import { scenarioHandlers } from '../../../mocks/scenarios';
import { fixtureRegion } from '../../../tests/setup/fixture-lookup';
import { povertyRatePanelProps } from '../../../tests/setup/panel-props';
import { renderWithProviders } from '../../../tests/setup/render';
import { shouldRetry } from '../../api/retry-policy';
import { IndicatorPanel } from './indicator-panel';

const panel = (client?: QueryClient) =>
  renderWithProviders(
    <IndicatorPanel
      {...povertyRatePanelProps({ regions: [fixtureRegion('CN-GZ'), fixtureRegion('CN')] })}
    />,
    client ? { client } : {},
  );

describe('the panel under each mock scenario', () => {
  it('malformed: names the path that broke the contract', async () => {
    mockServer.use(...scenarioHandlers('malformed'));
    panel();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'data[0].points[0].value: Invalid input: expected number, received string',
    );
  });

  it('empty: says there is no data, and for which years', async () => {
    mockServer.use(...scenarioHandlers('empty'));
    panel();
    expect(
      await screen.findByText(/No data for Guizhou, China in 2012 to 2016\./),
    ).toBeInTheDocument();
  });

  it('partial: draws what came and names the series that did not', async () => {
    mockServer.use(...scenarioHandlers('partial'));
    panel();
    expect(
      await screen.findByText('The data service returned no series for China.'),
    ).toBeInTheDocument();
    expect(screen.getByText('-16.2 pp')).toBeInTheDocument();
  });

  it('flaky: a failed request is retried and the panel draws', async () => {
    mockServer.use(...scenarioHandlers('flaky'));
    const client = new QueryClient({
      defaultOptions: { queries: { retry: shouldRetry, retryDelay: 0 } },
    });
    // The scenario fails every other request: make the first one the failure.
    await fetch('http://localhost/api/v1/regions');
    panel(client);
    expect(await screen.findByText('-16.2 pp')).toBeInTheDocument();
  });

  it('error: shows the server failure with a retry', async () => {
    mockServer.use(...scenarioHandlers('error'));
    panel();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The data service failed (HTTP 500).',
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
