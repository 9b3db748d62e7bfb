import { createContext, useContext } from 'react';
import type { ChartTheme } from './chart-theme';
import type { ChartOption } from './echarts';

/**
 * A chart's snapshot is the SVG it was drawn as before the page's scripts ran (src/render/), in
 * both themes, shown until the live chart has drawn in its place. Where it comes from depends on
 * where the page renders:
 * - ahead of the browser, it is drawn from the chart's option by ECharts' server-side renderer;
 * - in the browser, while hydrating, it is read back from the page that arrived, because React
 *   keeps server HTML given through `dangerouslySetInnerHTML` only if the client gives the same.
 * Anywhere else (a page rendered in the browser from the start) there is none.
 */
export type ChartSnapshots = (
  id: string,
  optionFor: (theme: ChartTheme) => ChartOption,
) => string | undefined;

const ChartSnapshotsContext = createContext<ChartSnapshots>(() => undefined);

export const ChartSnapshotsProvider = ChartSnapshotsContext.Provider;

export function useChartSnapshots(): ChartSnapshots {
  return useContext(ChartSnapshotsContext);
}

/** The attribute that marks a snapshot on the page, with the chart's id as its value. */
export const snapshotAttribute = 'data-chart-snapshot';

/** The snapshots on a page that arrived rendered, by chart id, for hydrating it. */
export function snapshotsOnPage(root: ParentNode): ChartSnapshots {
  const byId = new Map<string, string>();
  for (const element of root.querySelectorAll(`[${snapshotAttribute}]`)) {
    byId.set(element.getAttribute(snapshotAttribute) ?? '', element.innerHTML);
  }
  return (id) => byId.get(id);
}
