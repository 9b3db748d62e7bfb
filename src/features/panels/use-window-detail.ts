import { skipToken, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { observationsQueryOptions } from '../../api/get-observations';
import type { ZoomRange } from '../../charts/e-chart';
import { type PanelModel, rebuildPanelModel } from '../../domain/panel-model';
import {
  hasWindowDetail,
  type TimeWindow,
  windowDetailCounts,
  windowOfRange,
  windowQuery,
  withWindowDetail,
} from '../../domain/zoom-detail';
import { useI18n } from '../../i18n/i18n-context';

export type WindowDetail =
  | { state: 'loading' | 'failed'; window: TimeWindow }
  | { state: 'shown'; window: TimeWindow; shown: number; total: number };

/** A reader's zoom on one view, and the last window whose detail came. */
interface Zoom {
  view: string;
  window: TimeWindow;
  drawn: { window: TimeWindow; model: PanelModel } | null;
}

/**
 * A zoomable chart's window and its detail (see src/domain/zoom-detail.ts): where the reader has
 * zoomed to, the model the chart draws, and what the panel says about it. The chart opens where
 * the reader is; the last detail that came stays drawn while the next window's loads, and when
 * it fails. A zoom belongs to the view it was made in (another view, or a zoom out, starts whole).
 * The window's detail is the panel rebuilt from the window's answer (same filters, same checks).
 */
export function useWindowDetail(model: PanelModel | null): {
  chartModel: PanelModel | null;
  zoomWindow: TimeWindow | null;
  /** Set when zooming in can show more (a thinned chart of minutes). */
  onZoom: ((range: ZoomRange | null) => void) | undefined;
  detail: WindowDetail | null;
} {
  const { locale } = useI18n();
  const [zoom, setZoom] = useState<Zoom | null>(null);
  const view = model ? viewKey(model) : '';
  const current = zoom?.view === view ? zoom : null;
  const zoomWindow = current?.window ?? null;
  const query = model && zoomWindow ? windowQuery(model, zoomWindow) : null;
  const answer = useQuery(
    query
      ? observationsQueryOptions(query)
      : { queryKey: ['observations', 'no window'], queryFn: skipToken },
  );
  const fresh = query !== null && answer.data !== undefined && !answer.isPlaceholderData;
  const detailModel = useMemo(
    () => (fresh && model && answer.data ? rebuildPanelModel(model, answer.data, locale) : null),
    [fresh, model, answer.data, locale],
  );
  if (current && detailModel && current.drawn?.model !== detailModel) {
    setZoom({ ...current, drawn: { window: current.window, model: detailModel } });
  }

  const zoomable = model !== null && hasWindowDetail(model);
  const onZoom = useCallback(
    (range: ZoomRange | null) =>
      setZoom((previous) =>
        range
          ? {
              view,
              window: windowOfRange(range.startValue, range.endValue),
              drawn: previous?.view === view ? previous.drawn : null,
            }
          : null,
      ),
    [view],
  );
  const drawn = current?.drawn ?? null;
  const chartModel = useMemo(
    () => (model && drawn ? withWindowDetail(model, drawn.model, drawn.window) : model),
    [model, drawn],
  );
  let detail: WindowDetail | null = null;
  if (query && zoomWindow) {
    detail = detailModel
      ? { state: 'shown', window: zoomWindow, ...windowDetailCounts(detailModel) }
      : { state: answer.isError ? 'failed' : 'loading', window: zoomWindow };
  }
  return { chartModel, zoomWindow, onZoom: zoomable ? onZoom : undefined, detail };
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
