import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../fixtures/catalog';
import { fixtureIndicator, fixtureRegion } from '../../tests/setup/fixture-lookup';
import { povertyRateView } from '../../tests/setup/panel-props';
import { defaultFilters } from './filter-state';
import {
  isDenseView,
  type PanelView,
  panelMaxPoints,
  panelRequest,
  panelViewKey,
  panelViews,
  wholeRequest,
} from './panel-view';

const povertyRate = (fields: Partial<PanelView> = {}) =>
  povertyRateView({ fromYear: 2014, ...fields });
const monthly = (fields: Partial<PanelView> = {}) =>
  povertyRate({
    indicator: {
      ...fixtureIndicator('poverty-rate'),
      id: 'synthetic-poverty-rate',
      frequency: 'monthly',
    },
    regions: [{ ...fixtureRegion('CN-GZ'), id: 'SYN-001' }],
    ...fields,
  });

describe('panelViews', () => {
  it('makes one view per selected indicator, in the filters order, with the selected regions', () => {
    const views = panelViews(
      {
        ...defaultFilters,
        indicatorIds: ['villages-exited', 'poverty-rate'],
        regionIds: ['CN', 'CN-GZ'],
        countViewByIndicator: { 'villages-exited': 'per-period' },
      },
      fixtureCatalog,
    );
    expect(views.map((view) => view.indicator.id)).toEqual(['villages-exited', 'poverty-rate']);
    expect(views[0]?.regions.map((region) => region.id)).toEqual(['CN', 'CN-GZ']);
    expect(views.map((view) => view.countView)).toEqual(['per-period', 'as-published']);
  });

  it('shows a count view that does not fit the measure as published', () => {
    expect(povertyRate({ countView: 'cumulative' }).countView).toBe('as-published');
  });

  it('lists the shown statuses in status order, without reported', () => {
    expect(
      povertyRate({ shownStatuses: ['derived', 'reported', 'estimated'] }).shownStatuses,
    ).toEqual(['estimated', 'derived']);
  });
});

describe('panelViewKey', () => {
  it('differs when anything the panel shows differs, the shown statuses included', () => {
    const base = panelViewKey(povertyRate());
    expect(panelViewKey(povertyRate())).toBe(base);
    expect(panelViewKey(povertyRate({ shownStatuses: ['estimated'] }))).not.toBe(base);
    expect(panelViewKey(povertyRate({ fromYear: 2013 }))).not.toBe(base);
    expect(panelViewKey(povertyRate({ regions: [fixtureRegion('CN')] }))).not.toBe(base);
  });
});

describe('isDenseView', () => {
  it('is dense past 60 periods or 600 marks, and always for minutes', () => {
    expect(isDenseView(povertyRate())).toBe(false);
    expect(isDenseView(monthly({ fromYear: 2012, toYear: 2016 }))).toBe(false);
    expect(isDenseView(monthly({ fromYear: 2012, toYear: 2017 }))).toBe(true);
    const minutely = { ...fixtureIndicator('poverty-rate'), frequency: 'minutely' as const };
    expect(isDenseView(povertyRate({ indicator: minutely, fromYear: 2019, toYear: 2019 }))).toBe(
      true,
    );
  });
});

describe('panelRequest and wholeRequest', () => {
  it('asks for a short series whole, so that changing the years needs no request', () => {
    expect(panelRequest(povertyRate())).toEqual({
      indicatorIds: ['poverty-rate'],
      regionIds: ['CN-GZ'],
    });
    expect(panelRequest(povertyRate())).toEqual(
      panelRequest(povertyRate({ fromYear: 2012, toYear: 2020 })),
    );
  });

  it('asks for a long series by the years, thinned unless the whole is wanted', () => {
    expect(panelRequest(monthly())).toEqual({
      indicatorIds: ['synthetic-poverty-rate'],
      regionIds: ['SYN-001'],
      fromYear: 2014,
      toYear: 2016,
      maxPoints: panelMaxPoints,
    });
    expect(wholeRequest(monthly())).not.toHaveProperty('maxPoints');
    // Re-expressed counts run from the series' start, and need every point.
    const counts = {
      ...fixtureIndicator('villages-exited'),
      id: 'synthetic-count',
      frequency: 'monthly' as const,
    };
    const perPeriod = panelRequest(monthly({ indicator: counts, countView: 'per-period' }));
    expect(perPeriod).not.toHaveProperty('fromYear');
    expect(perPeriod).not.toHaveProperty('maxPoints');
  });
});
