import { useMemo } from 'react';
import type { Indicator, Region } from '../api/schemas';
import type { Locale } from '../domain/locale';
import { ExportMenu } from '../features/export/export-menu';
import { FilterBar } from '../features/filters/filter-bar';
import { FilterNotices } from '../features/filters/filter-notices';
import { useFilters } from '../features/filters/use-filters';
import { CatalogGate } from './catalog-gate';
import { PanelGrid } from './panel-grid';

function Dashboard({
  indicators,
  regions,
  locale,
}: {
  indicators: Indicator[];
  regions: Region[];
  locale: Locale;
}) {
  const catalog = useMemo(() => ({ indicators, regions }), [indicators, regions]);
  const { filters, notices, setFilters } = useFilters(catalog);
  return (
    <>
      <FilterBar
        indicators={indicators}
        regions={regions}
        filters={filters}
        onChange={setFilters}
        locale={locale}
      />
      <FilterNotices notices={notices} />
      <p className="page-links">
        <a href={`/report${window.location.search}`}>Report view for printing</a>
      </p>
      <PanelGrid
        indicators={indicators}
        regions={regions}
        filters={filters}
        setFilters={setFilters}
        locale={locale}
        presentation="interactive"
        renderActions={(model) => <ExportMenu model={model} locale={locale} />}
      />
    </>
  );
}

/** Filters and panels, once the catalogue has loaded. */
export function DashboardPage({ locale }: { locale: Locale }) {
  return (
    <CatalogGate>
      {({ indicators, regions }) => (
        <Dashboard indicators={indicators} regions={regions} locale={locale} />
      )}
    </CatalogGate>
  );
}
