import { type PanelView, type PanelViewFields, panelView } from '../../src/domain/panel-view';
import type { IndicatorPanelProps } from '../../src/features/panels/indicator-panel';
import { fixtureIndicator, fixtureRegion } from './fixture-lookup';

/** Guizhou's rural poverty rate, 2012-2016, every status shown: the view most tests draw. */
export function povertyRateView(overrides: Partial<PanelViewFields> = {}): PanelView {
  return panelView({
    indicator: fixtureIndicator('poverty-rate'),
    regions: [fixtureRegion('CN-GZ')],
    fromYear: 2012,
    toYear: 2016,
    shownStatuses: ['estimated', 'derived'],
    countView: 'as-published',
    ...overrides,
  });
}

/** The props of a panel of that view, changed where the test says. */
export function povertyRatePanelProps(
  overrides: Partial<PanelViewFields> = {},
  props: Partial<IndicatorPanelProps> = {},
): IndicatorPanelProps {
  return { view: povertyRateView(overrides), onCountViewChange: () => {}, ...props };
}
