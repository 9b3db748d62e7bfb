import { skipToken, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { observationsQueryOptions } from '../../api/get-observations';
import type { Series } from '../../api/schemas';
import type { ZoomRange } from '../../charts/e-chart';
import type { PanelModel } from '../../domain/panel-model';
import {
  hasWindowDetail,
  type TimeWindow,
  windowDetailCounts,
  windowOfRange,
  windowQuery,
  withWindowDetail,
} from '../../domain/zoom-detail';

export type WindowDetail =
  | { state: 'loading' | 'failed'; window: TimeWindow }
  | { state: 'shown'; window: TimeWindow; shown: number; total: number };

/**
 * A zoomable chart's window and its detail (see src/domain/zoom-detail.ts): the window the reader
 * zoomed to, the model the chart draws, and what the panel says about it. A window belongs to the
 * view it was zoomed in; another view starts whole. A failed request leaves the thinned points.
 */
export function useWindowDetail(
  model: PanelModel | null,
  buildModel: (series: Series[]) => PanelModel,
): {
  chartModel: PanelModel | null;
  window: TimeWindow | null;
  /** Set when zooming in can show more (a thinned chart of minutes). */
  onZoom: ((range: ZoomRange | null) => void) | undefined;
  detail: WindowDetail | null;
} {
  const [zoom, setZoom] = useState<{ view: string; window: TimeWindow } | null>(null);
  const view = model ? viewKey(model) : '';
  const window = zoom?.view === view ? zoom.window : null;
  const query = model && window ? windowQuery(model, window) : null;
  const answer = useQuery(
    query
      ? observationsQueryOptions(query)
      : { queryKey: ['observations', 'no window'], queryFn: skipToken },
  );
  const fresh = query !== null && answer.data !== undefined && !answer.isPlaceholderData;
  const detailModel = useMemo(
    () => (fresh && answer.data ? buildModel(answer.data) : null),
    [fresh, answer.data, buildModel],
  );
  const zoomable = model !== null && hasWindowDetail(model);
  const onZoom = useMemo(
    () =>
      zoomable
        ? (range: ZoomRange | null) =>
            setZoom(
              range ? { view, window: windowOfRange(range.startValue, range.endValue) } : null,
            )
        : undefined,
    [view, zoomable],
  );
  // The detail last drawn stays while the next window's loads: true observations, in their place.
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  if (detailModel && window && drawn?.model !== detailModel) {
    setDrawn({ view, window, model: detailModel });
  }
  const kept = window && drawn?.view === view ? drawn : null;
  const chartModel = useMemo(
    () => (model && kept ? withWindowDetail(model, kept.model, kept.window) : model),
    [model, kept],
  );
  let detail: WindowDetail | null = null;
  if (query && window) {
    if (detailModel) detail = { state: 'shown', window, ...windowDetailCounts(detailModel) };
    else detail = { state: answer.isError ? 'failed' : 'loading', window };
  }
  // The chart is drawn at the window of the detail it shows: it redraws once the detail has come,
  // not for the zoom itself, which ECharts has already drawn.
  return { chartModel, window: kept?.window ?? null, onZoom, detail };
}

interface Drawn {
  view: string;
  window: TimeWindow;
  model: PanelModel;
}

/** What a view is: the request behind it. */
function viewKey(model: PanelModel): string {
  return JSON.stringify([
    model.indicator.id,
    model.series.map((entry) => entry.region.id),
    model.fromYear,
    model.toYear,
    model.countView,
  ]);
}
