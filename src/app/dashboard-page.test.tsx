import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockServer } from '../../mocks/node';
import { renderWithProviders } from '../../tests/setup/render';
import { DashboardPage } from './dashboard-page';

const panelTitles = () =>
  screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

describe('DashboardPage', () => {
  it('shows the default panels for Guizhou and China, 2012 to 2020', async () => {
    renderWithProviders(<DashboardPage />);
    await screen.findByRole('form', { name: 'Filters' });
    expect(panelTitles()).toEqual([
      'Rural poverty rate',
      'Poverty-stricken villages removed from the list',
      'Rural e-commerce growth',
    ]);
    expect(screen.queryByText(/could not be used/)).toBeNull();
  });

  it('draws the panels without events when they cannot be loaded, says so, and retries', async () => {
    let fail = true;
    mockServer.use(
      http.get('*/api/v1/events', () =>
        fail ? HttpResponse.json({ title: 'down' }, { status: 500 }) : undefined,
      ),
    );
    renderWithProviders(<DashboardPage />, {
      url: '/?indicator=poverty-rate&region=CN-GZ&from=2011&to=2020',
    });
    const notice = await screen.findByText(
      'The policy events could not be loaded, so the charts show none.',
      {},
      { timeout: 15_000 },
    );
    const panel = await screen.findByRole('region', { name: 'Rural poverty rate' });
    expect(await within(panel).findByText('-33.4 pp')).toBeInTheDocument();
    expect(within(panel).queryByRole('region', { name: 'Policy events' })).toBeNull();
    fail = false;
    await userEvent.click(within(notice).getByRole('button', { name: 'Retry' }));
    expect(await within(panel).findByRole('region', { name: 'Policy events' })).toBeInTheDocument();
    expect(screen.queryByText(/policy events could not be loaded/)).toBeNull();
  });

  it('reads the filters from the URL', async () => {
    renderWithProviders(<DashboardPage />, {
      url: '/?indicator=poor-population&region=CN-GZ,CN&from=2014&to=2018',
    });
    const panel = await screen.findByRole('region', { name: 'Rural poor population' });
    expect(within(panel).getByText(/Guizhou, China · 2014–2018/)).toBeInTheDocument();
  });

  it('falls back visibly on an unknown indicator and a malformed year', async () => {
    renderWithProviders(<DashboardPage />, { url: '/?indicator=nonsense&from=20x2' });
    const notice = await screen.findByText(/Some of this link's filters could not be used/);
    const list = notice.parentElement as HTMLElement;
    expect(list).toHaveTextContent(
      'indicator: Unknown indicator "nonsense"; showing the default instead.',
    );
    expect(list).toHaveTextContent('from: "20x2" is not a year; showing 2012 instead.');
    expect(panelTitles()).toHaveLength(3);
  });

  it('writes a filter change to the URL as a new history entry', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DashboardPage />);
    const from = await screen.findByRole('combobox', { name: 'From' });
    const before = window.history.length;
    await user.selectOptions(from, '2014');
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('from')).toBe('2014'),
    );
    expect(window.location.search).toContain(
      'indicator=poverty-rate,villages-exited,rural-ecommerce-growth',
    );
    expect(window.history.length).toBe(before + 1);
  });

  it('adds a panel when an indicator is checked', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DashboardPage />);
    await user.click(await screen.findByText('Indicators'));
    await user.click(
      screen.getByRole('checkbox', { name: 'Poverty counties removed from the list' }),
    );
    await waitFor(() => expect(panelTitles()).toContain('Poverty counties removed from the list'));
  });

  it('keeps the page when one panel fails', async () => {
    mockServer.use(
      http.get('*/api/v1/observations', ({ request }) =>
        new URL(request.url).searchParams.get('indicator') === 'villages-exited'
          ? HttpResponse.json({ data: 'not a list' })
          : undefined,
      ),
    );
    renderWithProviders(<DashboardPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'data: Invalid input: expected array',
    );
    expect(await screen.findByText('-26.8 pp')).toBeInTheDocument();
  });

  it('redraws only the panel whose count view changed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DashboardPage />, {
      url: '/?indicator=poverty-rate,villages-exited&region=CN-GZ&from=2016&to=2020',
    });
    const rate = await screen.findByRole('region', { name: 'Rural poverty rate' });
    const villages = screen.getByRole('region', {
      name: 'Poverty-stricken villages removed from the list',
    });
    const [rateChart, villagesChart] = await Promise.all(
      [rate, villages].map((panel) => within(panel).findByRole('img')),
    );
    if (!rateChart || !villagesChart) throw new Error('a default panel drew no chart');
    for (const chart of [rateChart, villagesChart]) {
      await waitFor(() => expect(chart).toHaveAttribute('data-drawn', 'true'), {
        timeout: 10_000,
      });
    }
    // A chart given a new option marks itself not drawn, then drawn: note which charts do.
    const redrawn = new Set<Node>();
    const observer = new MutationObserver((records) => {
      for (const record of records) redrawn.add(record.target);
    });
    for (const chart of [rateChart, villagesChart]) {
      observer.observe(chart, { attributes: true, attributeFilter: ['data-drawn'] });
    }
    await user.selectOptions(
      within(villages).getByRole('combobox', { name: 'Counts' }),
      'per-period',
    );
    await waitFor(() => expect(redrawn.has(villagesChart)).toBe(true));
    await waitFor(() => expect(villagesChart).toHaveAttribute('data-drawn', 'true'), {
      timeout: 10_000,
    });
    observer.disconnect();
    expect(within(rate).getByRole('img')).toBe(rateChart);
    expect(redrawn.has(rateChart)).toBe(false);
  });
});
