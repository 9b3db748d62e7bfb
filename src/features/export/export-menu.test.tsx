import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../fixtures/catalog';
import { largeData, largeRegions } from '../../../mocks/large-data';
import { fixtureIndicator, fixtureRegion } from '../../../tests/setup/fixture-lookup';
import { renderWithProviders } from '../../../tests/setup/render';
import { defaultFilters } from '../../domain/filter-state';
import { buildPanelModel } from '../../domain/panel-model';
import { panelView } from '../../domain/panel-view';
import { ExportMenu } from './export-menu';

const options = {
  shownStatuses: ['estimated', 'derived'],
  countView: 'as-published',
} as const;

describe('ExportMenu', () => {
  it('says that exports cover the whole view on a chart that zooms', () => {
    const { catalog } = largeData();
    const indicator = catalog.indicators.find((entry) => entry.id === 'synthetic-poverty-rate');
    if (!indicator) throw new Error('the large scenario has no monthly poverty rate');
    // 240 months for two regions: a dense chart, with zoom.
    const model = buildPanelModel(
      panelView({
        indicator,
        regions: largeRegions.slice(0, 2),
        ...options,
        fromYear: 2001,
        toYear: 2020,
      }),
      catalog.series,
      'en',
    );
    renderWithProviders(<ExportMenu model={model} filters={defaultFilters} />);
    expect(
      screen.getByText(
        'Exports cover the whole view (2001–2020), whatever range the chart is zoomed to.',
      ),
    ).toBeInTheDocument();
  });

  it('says nothing of zoom on a chart without it', () => {
    const model = buildPanelModel(
      panelView({
        indicator: fixtureIndicator('poverty-rate'),
        regions: [fixtureRegion('CN-GZ')],
        ...options,
        fromYear: 2012,
        toYear: 2016,
      }),
      fixtureCatalog.series,
      'en',
    );
    renderWithProviders(<ExportMenu model={model} filters={defaultFilters} />);
    expect(screen.getByText('Download PNG')).toBeInTheDocument();
    expect(screen.queryByText(/whole view/)).not.toBeInTheDocument();
  });
});
