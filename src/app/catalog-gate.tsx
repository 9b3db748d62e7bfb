import type { ReactNode } from 'react';
import { useEvents } from '../api/get-events';
import { useIndicators } from '../api/get-indicators';
import { useRegions } from '../api/get-regions';
import type { Indicator, Region } from '../contract/schemas';
import type { ViewCatalog } from '../domain/panel-view';
import { PanelError, PanelLoading } from '../features/panels/panel-states';
import { useI18n } from '../i18n/i18n-context';
import './catalog-gate.css';

/** What every page needs before it can show a panel. */
export interface PageCatalog extends ViewCatalog {
  indicators: Indicator[];
  regions: Region[];
}

/**
 * Loads the catalogue (indicators, regions and policy events) that every page needs, with its own
 * states. Without indicators or regions there is no page. Without events the charts are still
 * right, so the page does not wait for them: the charts draw their marks once they arrive, and a
 * failed events request shows a notice with a retry.
 */
export function CatalogGate({ children }: { children: (catalog: PageCatalog) => ReactNode }) {
  const { t } = useI18n();
  const indicators = useIndicators();
  const regions = useRegions();
  const events = useEvents();
  if (indicators.data && regions.data) {
    return (
      <>
        {events.isError && (
          <p className="catalog-notice" role="status">
            {t('app.eventsFailed')}{' '}
            <button type="button" onClick={() => void events.refetch()}>
              {t('panel.retry')}
            </button>
          </p>
        )}
        {children({
          indicators: indicators.data,
          regions: regions.data,
          events: events.data?.data ?? null,
          eventSources: events.data?.sources ?? [],
        })}
      </>
    );
  }
  const failed = indicators.isError ? indicators : regions.isError ? regions : null;
  if (failed) {
    return <PanelError error={failed.error} onRetry={() => void failed.refetch()} />;
  }
  return <PanelLoading title={t('app.loadingCatalogue')} />;
}
