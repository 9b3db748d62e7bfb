import { skipToken, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { observationsQueryOptions } from '../../api/get-observations';
import type { ZoomRange } from '../../charts/e-chart';
import { buildPanelModel, type PanelModel } from '../../domain/panel-model';
import { panelViewKey } from '../../domain/panel-view';
import {
  hasWindowDetail,
  type TimeWindow,
  windowDetailCounts,
  windowOfRange,
  windowRequest,
  withWindowDetail,
} from '../../domain/zoom-detail';
import { useI18n } from '../../i18n/i18n-context';

export type WindowDetail =
  | { state: 'loading' | 'failed'; timeWindow: TimeWindow }
  | { state: 'shown'; timeWindow: TimeWindow; shown: number; total: number };

/**
 * A reader's zoom on one view, which is identified by its panelViewKey, and the last window whose
 * detail has arrived.
 */
interface Zoom {
  viewKey: string;
  timeWindow: TimeWindow;
  drawn: { timeWindow: TimeWindow; model: PanelModel } | null;
}

/**
 * A zoomable chart's window and its detail (see src/domain/zoom-detail.ts): where the reader has
 * zoomed to, the model the chart draws, and what the panel says about it. A redrawn chart opens
 * where the reader left it. The last detail that arrived stays drawn while the next window's
 * detail loads, and also when that fails. A zoom belongs to the view it was made in, so another
 * view, or zooming out, starts again from the whole range. The window's detail is a panel model
 * built from the window's answer, with the same view and the same checks.
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
  const viewKey = model ? panelViewKey(model.view) : '';
  const current = zoom?.viewKey === viewKey ? zoom : null;
  const zoomWindow = current?.timeWindow ?? null;
  const query = model && zoomWindow ? windowRequest(model, zoomWindow) : null;
  const answer = useQuery(
    query
      ? observationsQueryOptions(query)
      : { queryKey: ['observations', 'no window'], queryFn: skipToken },
  );
  const fresh = query !== null && answer.data !== undefined && !answer.isPlaceholderData;
  const detailModel = useMemo(
    () => (fresh && model && answer.data ? buildPanelModel(model.view, answer.data, locale) : null),
    [fresh, model, answer.data, locale],
  );
  if (current && detailModel && current.drawn?.model !== detailModel) {
    setZoom({ ...current, drawn: { timeWindow: current.timeWindow, model: detailModel } });
  }

  const zoomable = model !== null && hasWindowDetail(model);
  const onZoom = useCallback(
    (range: ZoomRange | null) =>
      setZoom((previous) =>
        range
          ? {
              viewKey,
              timeWindow: windowOfRange(range.startValue, range.endValue),
              drawn: previous?.viewKey === viewKey ? previous.drawn : null,
            }
          : null,
      ),
    [viewKey],
  );
  const drawn = current?.drawn ?? null;
  const chartModel = useMemo(
    () => (model && drawn ? withWindowDetail(model, drawn.model, drawn.timeWindow) : model),
    [model, drawn],
  );
  let detail: WindowDetail | null = null;
  if (query && zoomWindow) {
    detail = detailModel
      ? { state: 'shown', timeWindow: zoomWindow, ...windowDetailCounts(detailModel) }
      : { state: answer.isError ? 'failed' : 'loading', timeWindow: zoomWindow };
  }
  return { chartModel, zoomWindow, onZoom: zoomable ? onZoom : undefined, detail };
}
