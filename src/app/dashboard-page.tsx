import { useMemo } from 'react';
import { useIndicators } from '../api/get-indicators';
import { useRegions } from '../api/get-regions';
import type { Indicator, Region } from '../api/schemas';
import type { Locale } from '../domain/locale';
import { FilterBar } from '../features/filters/filter-bar';
import { FilterNotices } from '../features/filters/filter-notices';
import { useFilters } from '../features/filters/use-filters';
import { IndicatorPanel } from '../features/panels/indicator-panel';
import { PanelError, PanelLoading } from '../features/panels/panel-states';

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
  const selectedRegions = useMemo(
    () => filters.regionIds.flatMap((id) => regions.filter((region) => region.id === id)),
    [filters.regionIds, regions],
  );
  const selectedIndicators = filters.indicatorIds.flatMap((id) =>
    indicators.filter((indicator) => indicator.id === id),
  );

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
      <div className="panel-grid">
        {selectedIndicators.map((indicator) => (
          <IndicatorPanel
            key={indicator.id}
            indicator={indicator}
            regions={selectedRegions}
            fromYear={filters.fromYear}
            toYear={filters.toYear}
            shownStatuses={filters.shownStatuses}
            countView={filters.countViews[indicator.id] ?? 'as-published'}
            onCountViewChange={(view) =>
              setFilters({
                ...filters,
                countViews: { ...filters.countViews, [indicator.id]: view },
              })
            }
            locale={locale}
          />
        ))}
      </div>
    </>
  );
}

/** Loads the catalogue (indicators and regions), then lays out filters and panels. */
export function DashboardPage({ locale }: { locale: Locale }) {
  const indicators = useIndicators();
  const regions = useRegions();
  if (indicators.data && regions.data) {
    return <Dashboard indicators={indicators.data} regions={regions.data} locale={locale} />;
  }
  const failed = indicators.isError ? indicators : regions.isError ? regions : null;
  if (failed) {
    return <PanelError error={failed.error} onRetry={() => void failed.refetch()} />;
  }
  return <PanelLoading title="the list of indicators" />;
}
