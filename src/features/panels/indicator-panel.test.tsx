import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../fixtures/catalog';
import { mockServer } from '../../../mocks/node';
import { scenarioHandlers } from '../../../mocks/scenarios';
import { fixtureIndicator, fixtureRegion } from '../../../tests/setup/fixture-lookup';
import { povertyRatePanelProps } from '../../../tests/setup/panel-props';
import { renderWithProviders } from '../../../tests/setup/render';
import type { PanelView } from '../../domain/panel-view';
import { IndicatorPanel } from './indicator-panel';

const indicator = fixtureIndicator;
const region = fixtureRegion;

/** Guizhou's poverty rate, 2012-2016, unless told otherwise. */
function panelElement(overrides: Partial<PanelView> = {}) {
  return <IndicatorPanel {...povertyRatePanelProps(overrides)} />;
}

function renderPanel(overrides: Partial<PanelView> = {}) {
  return renderWithProviders(panelElement(overrides));
}

const panel = () => screen.getByRole('region', { name: 'Rural poverty rate' });

describe('IndicatorPanel', () => {
  it('says it is loading, then shows the changes, the chart and the sources', async () => {
    renderPanel();
    expect(screen.getByRole('status')).toHaveTextContent('Loading Rural poverty rate');
    expect(await screen.findByText('-16.2 pp')).toBeInTheDocument();
    expect(screen.getByText('-60.4 %')).toBeInTheDocument();
    expect(screen.getByText('-20.7 % a year')).toBeInTheDocument();
    expect(screen.getByText('progress')).toBeInTheDocument();
    // The chart has drawn, and tells a screen reader what it shows.
    const chart = await within(panel()).findByRole('img', {
      name: /Guizhou: 26\.8 % in 2012 to 10\.6 % in 2016, down 16\.2 percentage points/,
    });
    await waitFor(() => expect(chart).toHaveAttribute('data-drawn', 'true'), { timeout: 10_000 });
    expect(
      within(panel()).getByText(/China Daily, Big expectations from big data, 2017-12-18/),
    ).toBeTruthy();
  });

  it('shows the same numbers as a table, gaps as gaps', async () => {
    const user = userEvent.setup();
    renderPanel({ indicator: indicator('villages-exited'), fromYear: 2016, toYear: 2020 });
    await user.click(await screen.findByRole('button', { name: 'Table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    const cells = (period: string) =>
      rows.find((row) => within(row).queryByRole('rowheader', { name: period }))?.textContent;
    expect(cells('2016')).toContain('1,500');
    expect(cells('2017')).toContain('3,800');
    expect(cells('2018')).toContain('—');
  });

  it('says when a region has no data in the range', async () => {
    renderPanel({ indicator: indicator('villages-exited'), fromYear: 2012, toYear: 2015 });
    expect(
      await screen.findByText(
        /No data for Guizhou in 2012 to 2015\. This indicator has data from 2016 to 2020\./,
      ),
    ).toBeTruthy();
  });

  it('names a region the service did not return, and keeps the others', async () => {
    mockServer.use(
      http.get('*/api/v1/observations', () =>
        HttpResponse.json({
          data: fixtureCatalog.series
            .filter(
              (series) => series.indicatorId === 'poverty-rate' && series.regionId === 'CN-GZ',
            )
            .map((series) => ({ ...series, points: series.points.slice(1, 6) })),
        }),
      ),
    );
    renderPanel({ regions: [region('CN-GZ'), region('CN')] });
    expect(await screen.findByText('The data service returned no series for China.')).toBeTruthy();
    expect(within(panel()).getByText('-16.2 pp')).toBeTruthy();
  });

  it('explains a response that breaks the contract with the path that failed, and retries', async () => {
    const user = userEvent.setup();
    let calls = 0;
    mockServer.use(
      http.get('*/api/v1/observations', () => {
        calls += 1;
        return HttpResponse.json({
          data: [
            {
              indicatorId: 'poverty-rate',
              regionId: 'CN-GZ',
              points: [{ period: '2012', value: '26.8', status: 'reported', sourceId: 'x' }],
            },
          ],
        });
      }),
    );
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data service sent data this dashboard cannot read.');
    expect(alert).toHaveTextContent(
      'data[0].points[0].value: Invalid input: expected number, received string',
    );
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(calls).toBe(2));
  });

  it('passes on the problem details of a server error', async () => {
    mockServer.use(
      http.get('*/api/v1/observations', () =>
        HttpResponse.json(
          {
            type: '/problems/internal',
            title: 'Internal error',
            status: 500,
            detail: 'database unavailable',
          },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data service failed (HTTP 500). Retry in a moment.');
    expect(alert).toHaveTextContent('database unavailable');
  });

  it('keeps the last good view, marked, when the next one fails to load', async () => {
    const { rerender } = renderPanel();
    expect(await screen.findByText('-16.2 pp')).toBeInTheDocument();
    mockServer.use(...scenarioHandlers('error'));
    // Another region needs a request (other years would not: the series is loaded whole).
    rerender(panelElement({ regions: [region('CN-GZ'), region('CN')] }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not refresh: The data service failed (HTTP 500). Retry in a moment. Still showing 2012 to 2016 as loaded before.',
    );
    expect(screen.getByText('-16.2 pp')).toBeInTheDocument();
    expect(panel()).toHaveAttribute('data-state', 'stale');
  });

  it('redraws other years of a yearly series from memory, without a request', async () => {
    const requests: string[] = [];
    const listener = ({ request }: { request: Request }) => void requests.push(request.url);
    mockServer.events.on('request:start', listener);
    try {
      const { rerender } = renderPanel();
      expect(await screen.findByText('-16.2 pp')).toBeInTheDocument();
      expect(requests).toHaveLength(1);
      rerender(panelElement({ fromYear: 2014 }));
      // 18 % in 2014 to 10.6 % in 2016.
      expect(await screen.findByText('-7.4 pp')).toBeInTheDocument();
      expect(requests).toHaveLength(1);
    } finally {
      mockServer.events.removeListener('request:start', listener);
    }
  });

  it('says a growth rate is shown as published, and only on a growth-rate panel', async () => {
    renderPanel({
      indicator: indicator('rural-ecommerce-growth'),
      regions: [region('CN')],
      fromYear: 2014,
      toYear: 2020,
    });
    expect(await screen.findByText(/Growth rates are shown as published/)).toHaveTextContent(
      'never computed from the levels',
    );
    cleanup();
    renderPanel();
    expect(await screen.findByText('-16.2 pp')).toBeInTheDocument();
    expect(screen.queryByText(/Growth rates are shown as published/)).toBeNull();
  });

  it('tells a reader that two bases are not strictly comparable', async () => {
    renderPanel({ regions: [region('CN-GZ'), region('CN')] });
    expect(await screen.findByText(/measured on different bases/)).toHaveTextContent(
      'Guizhou: Provincial register of poor households; 2011-2014 may be estimates on the NBS basis; China: NBS rural household survey, 2010 poverty line',
    );
  });
});
