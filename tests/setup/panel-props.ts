import type { IndicatorPanelProps } from '../../src/features/panels/indicator-panel';
import { fixtureIndicator, fixtureRegion } from './fixture-lookup';

/** Guizhou's rural poverty rate, 2012-2016, every status shown: the panel most tests draw. */
export function povertyRatePanelProps(
  overrides: Partial<IndicatorPanelProps> = {},
): IndicatorPanelProps {
  return {
    indicator: fixtureIndicator('poverty-rate'),
    regions: [fixtureRegion('CN-GZ')],
    fromYear: 2012,
    toYear: 2016,
    shownStatuses: ['estimated', 'derived'],
    countView: 'as-published',
    onCountViewChange: () => {},
    ...overrides,
  };
}
