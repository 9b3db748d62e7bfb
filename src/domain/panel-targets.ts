import { periodYear } from '../contract/periods';
import type { Indicator, Source, Target } from '../contract/schemas';
import type { AnchorValue } from './deltas';
import type { PanelView } from './panel-view';
import { type TargetProgress, targetProgress } from './target-progress';

/** A region's target as a panel shows it, and how far the values shown are from it. */
export interface PanelTarget {
  regionId: string;
  regionName: string;
  target: Target;
  /** The publication that sets the target; null when the indicator does not list it. */
  source: Source | null;
  /** The last value shown, which the status is as of; null when the region has none. */
  asOf: AnchorValue | null;
  /** The first value shown, which the pace observed is measured from. */
  since: AnchorValue | null;
  /** Null when there is no value, or too few years to measure a pace (see targetProgress). */
  progress: TargetProgress | null;
}

interface SeriesForTarget {
  region: { id: string };
  regionName: string;
  deltas: { first: AnchorValue | null; last: AnchorValue | null };
}

/**
 * The targets of the view's regions, in the order of the regions. A target is set on the values
 * as published, so a count re-expressed per period or as running totals shows none.
 */
export function panelTargets(view: PanelView, series: readonly SeriesForTarget[]): PanelTarget[] {
  if (view.countView !== 'as-published') return [];
  const { indicator } = view;
  return series.flatMap((entry) =>
    indicator.targets
      .filter((target) => target.regionId === entry.region.id)
      .map((target) => panelTarget(indicator, entry, target)),
  );
}

function panelTarget(indicator: Indicator, entry: SeriesForTarget, target: Target): PanelTarget {
  const { first, last } = entry.deltas;
  const year = (anchor: AnchorValue) => ({ year: periodYear(anchor.period), value: anchor.value });
  return {
    regionId: entry.region.id,
    regionName: entry.regionName,
    target,
    source: indicator.sources.find((source) => source.id === target.sourceId) ?? null,
    asOf: last,
    since: first,
    progress:
      first && last
        ? targetProgress(
            year(first),
            year(last),
            { year: periodYear(target.period), value: target.value },
            indicator.direction,
          )
        : null,
  };
}
