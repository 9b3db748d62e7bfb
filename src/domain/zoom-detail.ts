import type { ObservationsQuery } from '../contract/observations-query';
import { minutePeriod, msPerMinute, type Period } from '../contract/periods';
import type { PanelModel } from './panel-model';
import { panelRequest, statusOrder } from './panel-view';

/**
 * Detail for a zoomed chart. A minute series comes thinned to about 2,000 points over its years;
 * zoomed in, those few points are all the chart has. So the chart asks for the window on screen
 * (the same request narrowed by `start` and `end`, see docs/api.md) and draws it in place of the
 * thinned points there. The table, changes and notes stay those of the whole view.
 */

/** The first and last minute a zoomed chart shows ("2019-03-01T00:00"). */
export interface TimeWindow {
  start: Period;
  end: Period;
}

/** Whether zooming in can show more detail, which it can only for a thinned chart of minutes. */
export function hasWindowDetail(model: PanelModel): boolean {
  return model.view.indicator.frequency === 'minutely' && model.thinned;
}

/**
 * The request for a window's detail: the panel's own request narrowed to the window, or null when
 * zooming this panel has nothing more to show.
 */
export function windowRequest(model: PanelModel, timeWindow: TimeWindow): ObservationsQuery | null {
  if (!hasWindowDetail(model)) return null;
  return { ...panelRequest(model.view), start: timeWindow.start, end: timeWindow.end };
}

/**
 * What the zoomed chart draws. Outside the window, each series keeps its points as they were;
 * inside it, they are replaced by the window's own points. `detail` is the panel model rebuilt
 * from the window's answer, so its values went through the same checks.
 */
export function withWindowDetail(
  model: PanelModel,
  detail: PanelModel,
  timeWindow: TimeWindow,
): PanelModel {
  const series = model.series.map((entry) => {
    const inWindow = detail.series.find((candidate) => candidate.region.id === entry.region.id);
    if (!inWindow?.returned) return entry;
    // All minutes are written in the same form, so comparing the strings places each point in time.
    const points = [
      ...entry.points.filter((point) => point.period < timeWindow.start),
      ...inWindow.points,
      ...entry.points.filter((point) => point.period > timeWindow.end),
    ];
    return { ...entry, points };
  });
  const periods = [...new Set(series.flatMap((entry) => entry.points.map((p) => p.period)))].sort();
  const statuses = statusOrder.filter(
    (status) => model.statuses.includes(status) || detail.statuses.includes(status),
  );
  return { ...model, series, periods, statuses };
}

/** The minutes of a zoomed time axis (milliseconds since the epoch, UTC) that it shows. */
export function windowOfRange(startValue: number, endValue: number): TimeWindow {
  return {
    start: minutePeriod(Math.floor(startValue / msPerMinute) * msPerMinute),
    end: minutePeriod(Math.floor(endValue / msPerMinute) * msPerMinute),
  };
}

/**
 * How many of the window's points the chart shows, out of how many there are. The two are equal
 * unless the window's answer was thinned too.
 */
export function windowDetailCounts(detail: PanelModel): { shown: number; total: number } {
  let shown = 0;
  let total = 0;
  for (const entry of detail.series) {
    shown += entry.points.length;
    total += entry.sampling?.pointCount ?? entry.points.length;
  }
  return { shown, total };
}
