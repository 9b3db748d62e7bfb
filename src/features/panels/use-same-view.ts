import { useRef } from 'react';
import { type PanelView, panelViewKey } from '../../domain/panel-view';

/**
 * The view this panel already has, for as long as the new one describes the same view. The page
 * makes every panel's view anew when any filter changes; without this, changing one panel's count
 * view would rebuild every other panel's model and redraw its chart.
 *
 * The kept view lives in a ref, not in state, so that keeping it costs no second render. Writing
 * it during render is safe here: a view is replaced only by one with another key, and two views
 * with the same key show the same panel, so a render that React throws away leaves nothing wrong.
 */
export function useSameView(view: PanelView): PanelView {
  const kept = useRef(view);
  if (panelViewKey(kept.current) !== panelViewKey(view)) kept.current = view;
  return kept.current;
}
