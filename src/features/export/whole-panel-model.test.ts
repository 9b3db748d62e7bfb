import { describe, expect, it } from 'vitest';
import { millionPointCount, minuteIndicatorId } from '../../../mocks/large-scenario';
import { mockServer } from '../../../mocks/node';
import { scenarioHandlers } from '../../../mocks/scenarios';
import { withMockApi } from '../../../tests/setup/mock-api';
import { getIndicators } from '../../api/get-indicators';
import { getObservations } from '../../api/get-observations';
import { getRegions } from '../../api/get-regions';
import { buildPanelModel, panelMaxPoints, panelQuery } from '../../domain/panel-model';
import { wholePanelModel } from './whole-panel-model';

withMockApi();

describe('the whole panel for a file', () => {
  it('asks again without maxPoints where the chart shows a thinned series', async () => {
    mockServer.use(...scenarioHandlers('large'));
    const indicator = (await getIndicators()).find((entry) => entry.id === minuteIndicatorId);
    const regions = (await getRegions()).filter((region) => region.id === 'SYN-001');
    if (!indicator) throw new Error('the large scenario has no minute indicator');
    const options = {
      fromYear: 2019,
      toYear: 2020,
      shownStatuses: new Set<never>(),
      countView: 'as-published' as const,
      locale: 'en' as const,
    };
    const drawn = buildPanelModel(
      indicator,
      regions,
      await getObservations(panelQuery(indicator, ['SYN-001'], 2019, 2020, 'as-published')),
      options,
    );
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
    const model = buildPanelModel(
      indicator,
      regions,
      await getObservations(panelQuery(indicator, ['CN-GZ'], 2012, 2016, 'as-published')),
      {
        fromYear: 2012,
        toYear: 2016,
        shownStatuses: new Set(),
        countView: 'as-published',
        locale: 'en',
      },
    );
    mockServer.use(...scenarioHandlers('error'));
    expect(await wholePanelModel(model, 'en')).toBe(model);
  });
});
