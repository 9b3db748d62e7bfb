import { type ReactNode, useMemo } from 'react';
import type { Filters } from '../domain/filter-state';
import type { PanelModel } from '../domain/panel-model';
import { type CountView, panelViews, type ViewCatalog } from '../domain/panel-view';
import { IndicatorPanel } from '../features/panels/indicator-panel';
import { SharedPeriodProvider } from '../features/panels/shared-period';
import './panel-grid.css';

interface PanelGridProps {
  catalog: ViewCatalog;
  /**
   * The filters the panels draw. On the dashboard these may be a render behind the filter bar's,
   * while dense panels catch up in the background.
   */
  filters: Filters;
  /**
   * Called when a panel's count view changes. The page writes it into its current filters, not
   * into the possibly older ones the panels draw.
   */
  onCountViewChange: (indicatorId: string, countView: CountView) => void;
  presentation: 'interactive' | 'print';
  renderActions?: (model: PanelModel) => ReactNode;
}

/** One panel per selected indicator, in the filters' order, for the dashboard and the report. */
export function PanelGrid({
  catalog,
  filters,
  onCountViewChange,
  presentation,
  renderActions,
}: PanelGridProps) {
  const views = useMemo(() => panelViews(filters, catalog), [filters, catalog]);
  return (
    // Pointing at a period on one panel shows it on the others, unless the reader turned it off.
    <SharedPeriodProvider linked={filters.linkHover}>
      <div className={presentation === 'print' ? 'report-panels' : 'panel-grid'}>
        {views.map((view) => (
          <IndicatorPanel
            key={view.indicator.id}
            view={view}
            onCountViewChange={(countView) => onCountViewChange(view.indicator.id, countView)}
            presentation={presentation}
            {...(renderActions ? { renderActions } : {})}
          />
        ))}
      </div>
    </SharedPeriodProvider>
  );
}
