import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { mockServer } from '../../../mocks/node';
import { scenarioHandlers } from '../../../mocks/scenarios';
import {
  minutePanelModel as build,
  minuteIndicator as minutes,
  minuteRegion as region,
} from '../../../tests/setup/minute-panel';
import { minutePeriod } from '../../contract/periods';
import type { Point } from '../../contract/schemas';
import type { PanelModel } from '../../domain/panel-model';
import { useWindowDetail } from './use-window-detail';

// 2019 thinned to a point a day, as a panel would have it before zooming.
const daily: Point[] = Array.from({ length: 365 }, (_, day) => ({
  period: minutePeriod(Date.UTC(2019, 0, 1 + day, 12)),
  value: 80,
  status: 'reported',
  sourceId: 'synthetic',
}));
const overview = build([
  {
    indicatorId: minutes.id,
    regionId: region.id,
    sampling: { method: 'min-max', pointCount: 525_600 },
    points: daily,
  },
]);
const march = (day: number) => ({
  startValue: Date.UTC(2019, 2, day),
  endValue: Date.UTC(2019, 2, day, 23, 59),
});

function renderZoom() {
  mockServer.use(...scenarioHandlers('large'));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(({ model }: { model: PanelModel }) => useWindowDetail(model), {
    initialProps: { model: overview },
    wrapper,
  });
}

describe('useWindowDetail', () => {
  it('draws a zoomed day minute by minute, and the whole view again once zoomed out', async () => {
    const { result } = renderZoom();
    expect(result.current.chartModel).toBe(overview);
    act(() => result.current.onZoom?.(march(1)));
    expect(result.current.zoomWindow).toEqual({
      start: '2019-03-01T00:00',
      end: '2019-03-01T23:59',
    });
    expect(result.current.detail?.state).toBe('loading');
    await waitFor(() => expect(result.current.detail?.state).toBe('shown'), { timeout: 10_000 });
    expect(result.current.detail).toMatchObject({ shown: 1440, total: 1440 });
    const drawn = result.current.chartModel?.series[0]?.points ?? [];
    expect(drawn.filter((point) => point.period.startsWith('2019-03-01'))).toHaveLength(1440);
    expect(drawn).toHaveLength(365 - 1 + 1440);

    act(() => result.current.onZoom?.(null));
    expect(result.current.chartModel).toBe(overview);
    expect(result.current.zoomWindow).toBeNull();
    expect(result.current.detail).toBeNull();
  }, 30_000);

  it('starts a zoom in after a zoom out from the whole view, not from the last window', async () => {
    const { result } = renderZoom();
    act(() => result.current.onZoom?.(march(1)));
    await waitFor(() => expect(result.current.detail?.state).toBe('shown'), { timeout: 10_000 });
    act(() => result.current.onZoom?.(null));
    act(() => result.current.onZoom?.(march(2)));
    // Until 2 March comes, the chart draws the whole view's points: not 1 March's detail.
    expect(result.current.chartModel).toBe(overview);
    expect(result.current.zoomWindow?.start).toBe('2019-03-02T00:00');
  }, 30_000);

  it('keeps the last window’s detail drawn while the next loads, and drops it with the view', async () => {
    const { result, rerender } = renderZoom();
    act(() => result.current.onZoom?.(march(1)));
    await waitFor(() => expect(result.current.detail?.state).toBe('shown'), { timeout: 10_000 });
    const first = result.current.chartModel;
    act(() => result.current.onZoom?.(march(3)));
    expect(result.current.chartModel).toBe(first);
    expect(result.current.detail?.state).toBe('loading');
    // Other years are another view: it starts whole.
    const nextYear = { ...overview, view: { ...overview.view, fromYear: 2020, toYear: 2020 } };
    rerender({ model: nextYear });
    expect(result.current.chartModel).toBe(nextYear);
    expect(result.current.zoomWindow).toBeNull();
  }, 30_000);

  it('offers no zoom detail for a series that was not thinned', () => {
    const whole = build([{ indicatorId: minutes.id, regionId: region.id, points: daily }]);
    const { result } = renderHook(() => useWindowDetail(whole), {
      wrapper: ({ children }) => (
        <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
      ),
    });
    expect(result.current.onZoom).toBeUndefined();
  });
});
