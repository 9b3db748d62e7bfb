import { describe, expect, it } from 'vitest';
import { millionPointCount, minuteIndicatorId } from '../../../mocks/large-data';
import { mockServer } from '../../../mocks/node';
import { scenarioHandlers } from '../../../mocks/scenarios';
import { withMockApi } from '../../../tests/setup/mock-api';
import { getIndicators } from '../../api/get-indicators';
import { getObservations } from '../../api/get-observations';
import { getRegions } from '../../api/get-regions';
import { buildPanelModel } from '../../domain/panel-model';
import { panelMaxPoints, panelRequest, panelView } from '../../domain/panel-view';
import { wholePanelModel } from './whole-panel-model';

withMockApi();

describe('the whole panel for a file', () => {
  it('asks again without maxPoints where the chart shows a thinned series', async () => {
    mockServer.use(...scenarioHandlers('large'));
    const indicator = (await getIndicators()).find((entry) => entry.id === minuteIndicatorId);
    const regions = (await getRegions()).filter((region) => region.id === 'SYN-001');
    if (!indicator) throw new Error('the large scenario has no minute indicator');
    const view = panelView({
      indicator,
      regions,
      fromYear: 2019,
      toYear: 2020,
      shownStatuses: [],
      countView: 'as-published',
    });
    const drawn = buildPanelModel(view, await getObservations(panelRequest(view)), 'en');
    expect(drawn.series[0]?.points.length).toBeLessThanOrEqual(panelMaxPoints);
    expect(drawn.series[0]?.sampling?.pointCount).toBe(millionPointCount);

    const whole = await wholePanelModel(drawn, 'en');
    expect(whole.series[0]?.points).toHaveLength(millionPointCount);
    expect(whole.series[0]?.sampling).toBeUndefined();
    expect(whole.periods).toHaveLength(millionPointCount);
    expect(whole.series[0]?.deltas.first).toEqual(drawn.series[0]?.deltas.first);
  }, 60_000);

  it('returns a panel that was not thinned as it is, without a request', async () => {
    const indicator = (await getIndicators()).find((entry) => entry.id === 'poverty-rate');
    const regions = (await getRegions()).filter((region) => region.id === 'CN-GZ');
    if (!indicator) throw new Error('no poverty-rate indicator');
    const view = panelView({
      indicator,
      regions,
      fromYear: 2012,
      toYear: 2016,
      shownStatuses: [],
      countView: 'as-published',
    });
    const model = buildPanelModel(view, await getObservations(panelRequest(view)), 'en');
    mockServer.use(...scenarioHandlers('error'));
    expect(await wholePanelModel(model, 'en')).toBe(model);
  });
});
