import { type ReactNode, useMemo } from 'react';
import type { Indicator, Region } from '../contract/schemas';
import type { Filters } from '../domain/filter-state';
import type { CountView, PanelModel } from '../domain/panel-model';
import { IndicatorPanel } from '../features/panels/indicator-panel';

interface PanelGridProps {
  indicators: readonly Indicator[];
  regions: readonly Region[];
  /** What the panels draw (on the dashboard, possibly a render behind the filter bar). */
  filters: Filters;
  /** A panel's count view changed: the page writes it into its current filters. */
  onCountViewChange: (indicatorId: string, view: CountView) => void;
  presentation: 'interactive' | 'print';
  renderActions?: (model: PanelModel) => ReactNode;
}

/** One panel per selected indicator, in the filters' order, for the dashboard and the report. */
export function PanelGrid({
  indicators,
  regions,
  filters,
  onCountViewChange,
  presentation,
  renderActions,
}: PanelGridProps) {
  // Memoised: a new array on every render would rebuild each panel's model and redraw its chart.
  const selectedRegions = useMemo(
    () => filters.regionIds.flatMap((id) => regions.filter((region) => region.id === id)),
    [filters.regionIds, regions],
  );
  const selectedIndicators = filters.indicatorIds.flatMap((id) =>
    indicators.filter((indicator) => indicator.id === id),
  );
  return (
    <div className={presentation === 'print' ? 'report-panels' : 'panel-grid'}>
      {selectedIndicators.map((indicator) => (
        <IndicatorPanel
          key={indicator.id}
          indicator={indicator}
          regions={selectedRegions}
          fromYear={filters.fromYear}
          toYear={filters.toYear}
          shownStatuses={filters.shownStatuses}
          countView={filters.countViews[indicator.id] ?? 'as-published'}
          onCountViewChange={(view) => onCountViewChange(indicator.id, view)}
          presentation={presentation}
          {...(renderActions ? { renderActions } : {})}
        />
      ))}
    </div>
  );
}
