import { useMemo } from 'react';
import type { Indicator, Region } from '../api/schemas';
import { type Locale, localized } from '../domain/locale';
import { FilterNotices } from '../features/filters/filter-notices';
import { useFilters } from '../features/filters/use-filters';
import { CatalogGate } from './catalog-gate';
import { PanelGrid } from './panel-grid';

function Report({
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
  const names = <T extends { id: string; name: { en: string; zh: string } }>(
    items: readonly T[],
    ids: string[],
  ) =>
    ids
      .flatMap((id) =>
        items.filter((item) => item.id === id).map((item) => localized(item.name, locale)),
      )
      .join(', ');
  const shown = ['reported', ...filters.shownStatuses].join(', ');

  return (
    <article className="report">
      <header className="report__header">
        <h1>Guizhou poverty-alleviation indicators: report</h1>
        <p>
          Data set: published figures on poverty alleviation in Guizhou and China, each with its
          status and source.
        </p>
        <dl className="report__filters">
          <dt>Indicators</dt>
          <dd>{names(indicators, filters.indicatorIds)}</dd>
          <dt>Regions</dt>
          <dd>{names(regions, filters.regionIds)}</dd>
          <dt>Years</dt>
          <dd>
            {filters.fromYear} to {filters.toYear}
          </dd>
          <dt>Values shown</dt>
          <dd>{shown}</dd>
          <dt>Date</dt>
          <dd>{new Date().toISOString().slice(0, 10)}</dd>
        </dl>
        <p className="report__controls">
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>{' '}
          <a href={`/${window.location.search}`}>Back to the dashboard</a>
        </p>
      </header>
      <FilterNotices notices={notices} />
      <PanelGrid
        indicators={indicators}
        regions={regions}
        filters={filters}
        setFilters={setFilters}
        locale={locale}
        presentation="print"
      />
    </article>
  );
}

/** Every selected panel laid out for A4 printing, headed by the data set, filters and date. */
export function ReportPage({ locale }: { locale: Locale }) {
  return (
    <CatalogGate>
      {({ indicators, regions }) => (
        <Report indicators={indicators} regions={regions} locale={locale} />
      )}
    </CatalogGate>
  );
}
