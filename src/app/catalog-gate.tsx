import type { ReactNode } from 'react';
import { useIndicators } from '../api/get-indicators';
import { useRegions } from '../api/get-regions';
import type { Indicator, Region } from '../contract/schemas';
import { PanelError, PanelLoading } from '../features/panels/panel-states';
import { useI18n } from '../i18n/i18n-context';

/** Loads the catalogue (indicators and regions) that every page needs, with its own states. */
export function CatalogGate({
  children,
}: {
  children: (catalog: { indicators: Indicator[]; regions: Region[] }) => ReactNode;
}) {
  const { t } = useI18n();
  const indicators = useIndicators();
  const regions = useRegions();
  if (indicators.data && regions.data) {
    return children({ indicators: indicators.data, regions: regions.data });
  }
  const failed = indicators.isError ? indicators : regions.isError ? regions : null;
  if (failed) {
    return <PanelError error={failed.error} onRetry={() => void failed.refetch()} />;
  }
  return <PanelLoading title={t('app.loadingCatalogue')} />;
}
