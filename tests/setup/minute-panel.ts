import { largeData, largeRegions, minuteIndicatorId } from '../../mocks/large-data';
import type { Series } from '../../src/contract/schemas';
import { buildPanelModel, type PanelModel } from '../../src/domain/panel-model';
import { panelView } from '../../src/domain/panel-view';

/** The large scenario's minute indicator and its one region with data (SYN-001). */
const minutes = largeData().catalog.indicators.find((entry) => entry.id === minuteIndicatorId);
const region = largeRegions[0];
if (!minutes || !region) throw new Error('the large scenario has no minute series');
export const minuteIndicator = minutes;
export const minuteRegion = region;

/** The view of that series in 2019, every status shown. */
export const minuteView = panelView({
  indicator: minuteIndicator,
  regions: [minuteRegion],
  fromYear: 2019,
  toYear: 2019,
  shownStatuses: ['estimated', 'derived'],
  countView: 'as-published',
});

/** A panel of that series in 2019, every status shown, in English, from the answer given. */
export function minutePanelModel(series: Series[]): PanelModel {
  return buildPanelModel(minuteView, series, 'en');
}
