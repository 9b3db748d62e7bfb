import { useState } from 'react';
import { type PanelView, panelViewKey } from '../../domain/panel-view';

/**
 * The view this panel already has, for as long as the new one describes the same view. The page
 * makes every panel's view anew when any filter changes; without this, changing one panel's count
 * view would rebuild every other panel's model and redraw its chart.
 */
export function useSameView(view: PanelView): PanelView {
  const [kept, setKept] = useState(view);
  if (panelViewKey(kept) === panelViewKey(view)) return kept;
  // React allows setting state during render for a value derived from props, and it replaces the
  // kept view before anything is committed. This render already goes on with the new view.
  setKept(view);
  return view;
}
