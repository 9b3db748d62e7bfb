import { useDeferredValue } from 'react';
import { isDenseView, panelViews } from '../domain/panel-view';
import { ExportMenu } from '../features/export/export-menu';
import { FilterBar } from '../features/filters/filter-bar';
import { FilterNotices } from '../features/filters/filter-notices';
import { useFilters } from '../features/filters/use-filters';
import { useI18n } from '../i18n/i18n-context';
import { CatalogGate, type PageCatalog } from './catalog-gate';
import { usePageRequest } from './page-request';
import { PanelGrid } from './panel-grid';
import './dashboard-page.css';

function Dashboard({ catalog }: { catalog: PageCatalog }) {
  const { indicators, regions } = catalog;
  const { t } = useI18n();
  const { search } = usePageRequest();
  const { filters, notices, setFilters, setCountView } = useFilters({ indicators, regions });
  // When any panel is dense, the filter bar shows a change at once and the panels render it in the
  // background, one at a time, so that they never block the page for the sum of their rendering.
  // Light panels render a change at once, because deferring it would only add a render pass.
  const deferredFilters = useDeferredValue(filters);
  const dense = panelViews(filters, catalog).some(isDenseView);
  const panelFilters = dense ? deferredFilters : filters;
  return (
    <>
      <FilterBar
        indicators={indicators}
        regions={regions}
        filters={filters}
        onChange={setFilters}
      />
      <FilterNotices notices={notices} />
      <p className="page-links">
        <a href={`/report${search}`}>{t('app.reportLink')}</a>
      </p>
      <PanelGrid
        catalog={catalog}
        filters={panelFilters}
        onCountViewChange={setCountView}
        presentation="interactive"
        renderActions={(model) => <ExportMenu model={model} filters={panelFilters} />}
      />
    </>
  );
}

/** Filters and panels, once the catalogue has loaded. */
export function DashboardPage() {
  return <CatalogGate>{(catalog) => <Dashboard catalog={catalog} />}</CatalogGate>;
}
