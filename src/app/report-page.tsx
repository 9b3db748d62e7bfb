import type { Indicator, Region } from '../contract/schemas';
import { formatDate, localIsoDate } from '../domain/dates';
import { statusLabel } from '../domain/labels';
import { FilterNotices } from '../features/filters/filter-notices';
import { useFilters } from '../features/filters/use-filters';
import { useI18n } from '../i18n/i18n-context';
import { joinList, localized } from '../i18n/locale';
import { CatalogGate, type PageCatalog } from './catalog-gate';
import { usePageRequest } from './page-request';
import { PanelGrid } from './panel-grid';
import './report-page.css';

function Report({ catalog }: { catalog: PageCatalog }) {
  const { indicators, regions } = catalog;
  const { locale, t } = useI18n();
  const { search } = usePageRequest();
  const { filters, notices, setCountView } = useFilters({ indicators, regions });
  const names = (items: readonly (Indicator | Region)[], ids: string[]) =>
    joinList(
      ids.flatMap((id) =>
        items.filter((item) => item.id === id).map((item) => localized(item.name, locale)),
      ),
      locale,
    );
  const shown = (['reported', ...filters.shownStatuses] as const).map((status) =>
    statusLabel(status, locale),
  );

  return (
    <article className="report">
      <header className="report__header">
        <h1>{t('report.title')}</h1>
        <p>{t('report.dataset')}</p>
        <dl className="report__filters">
          <dt>{t('report.indicators')}</dt>
          <dd>{names(indicators, filters.indicatorIds)}</dd>
          <dt>{t('report.regions')}</dt>
          <dd>{names(regions, filters.regionIds)}</dd>
          <dt>{t('report.years')}</dt>
          <dd>{t('report.yearsValue', { from: filters.fromYear, to: filters.toYear })}</dd>
          <dt>{t('report.shown')}</dt>
          <dd>{joinList(shown, locale)}</dd>
          <dt>{t('report.date')}</dt>
          <dd>{formatDate(localIsoDate(), locale)}</dd>
        </dl>
        <p className="report__controls">
          <button type="button" onClick={() => window.print()}>
            {t('report.print')}
          </button>{' '}
          <a href={`/${search}`}>{t('report.back')}</a>
        </p>
      </header>
      <FilterNotices notices={notices} />
      <PanelGrid
        catalog={catalog}
        filters={filters}
        onCountViewChange={setCountView}
        presentation="print"
      />
    </article>
  );
}

/** Every selected panel laid out for A4 printing, headed by the data set, filters and date. */
export function ReportPage() {
  return <CatalogGate>{(catalog) => <Report catalog={catalog} />}</CatalogGate>;
}
