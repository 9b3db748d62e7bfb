import { describe, expect, it } from 'vitest';
import {
  minutePanelModel,
  minuteIndicator as minutes,
  minuteRegion as region,
} from '../../tests/setup/minute-panel';
import { povertyRateView } from '../../tests/setup/panel-props';
import { minutePeriod } from '../contract/periods';
import type { Point, Series } from '../contract/schemas';
import { buildPanelModel } from './panel-model';
import {
  hasWindowDetail,
  windowDetailCounts,
  windowOfRange,
  windowRequest,
  withWindowDetail,
} from './zoom-detail';

const point = (minute: number, value: number): Point => ({
  period: minutePeriod(Date.UTC(2019, 2, 1) + minute * 60_000),
  value,
  status: 'reported',
  sourceId: 'synthetic',
});
const series = (points: Point[], sampled?: number): Series => ({
  indicatorId: minutes.id,
  regionId: region.id,
  ...(sampled ? { sampling: { method: 'min-max', pointCount: sampled } } : {}),
  points,
});
const model = (entry: Series) => minutePanelModel([entry]);

// A thinned view of a day: every tenth minute. The window is minutes 100 to 199.
const overview = model(
  series(
    Array.from({ length: 144 }, (_, i) => point(i * 10, i)),
    1440,
  ),
);
const window = { start: point(100, 0).period, end: point(199, 0).period };

describe('zoom detail', () => {
  it('asks for the window of a thinned chart of minutes, with the view’s own parameters', () => {
    expect(hasWindowDetail(overview)).toBe(true);
    expect(windowRequest(overview, window)).toEqual({
      indicatorIds: [minutes.id],
      regionIds: [region.id],
      fromYear: 2019,
      toYear: 2019,
      maxPoints: 2000,
      start: '2019-03-01T01:40',
      end: '2019-03-01T03:19',
    });
  });

  it('asks for nothing where zooming has no more to show', () => {
    const whole = model(series([point(0, 1), point(1, 2)]));
    expect(windowRequest(whole, window)).toBeNull();
    const yearly = buildPanelModel(povertyRateView(), [], 'en');
    expect(hasWindowDetail(yearly)).toBe(false);
  });

  it('draws the window’s points in place of the thinned ones there, and keeps the rest', () => {
    const detail = model(series(Array.from({ length: 100 }, (_, i) => point(100 + i, 1000 + i))));
    const zoomed = withWindowDetail(overview, detail, window);
    const periods = zoomed.series[0]?.points.map((entry) => entry.period) ?? [];
    // 10 thinned points before the window, its 100 minutes in place of 10, 124 thinned after.
    expect(periods).toHaveLength(10 + 100 + 124);
    expect(periods).toEqual([...periods].sort());
    expect(zoomed.series[0]?.points[10]).toEqual(point(100, 1000));
    expect(zoomed.series[0]?.points[109]).toEqual(point(199, 1099));
    expect(zoomed.series[0]?.points[110]).toEqual(point(200, 20));
    expect(zoomed.periods).toEqual(periods);
    // The view itself is unchanged: its table and changes are still the whole day's.
    expect(overview.series[0]?.points).toHaveLength(144);
    expect(windowDetailCounts(detail)).toEqual({ shown: 100, total: 100 });
  });

  it('counts a window that came back thinned again', () => {
    const detail = model(series([point(100, 1), point(150, 9), point(199, 2)], 100));
    expect(windowDetailCounts(detail)).toEqual({ shown: 3, total: 100 });
  });

  it('turns a zoomed time axis into whole minutes', () => {
    const start = Date.UTC(2019, 2, 1, 1, 40, 31, 500);
    const end = Date.UTC(2019, 2, 1, 3, 19, 59);
    expect(windowOfRange(start, end)).toEqual({
      start: '2019-03-01T01:40',
      end: '2019-03-01T03:19',
    });
  });
});
