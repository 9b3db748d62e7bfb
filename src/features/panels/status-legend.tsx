import type { ObservationStatus } from '../../contract/schemas';
import { statusLabel } from '../../domain/labels';
import { useI18n } from '../../i18n/i18n-context';
import './status-legend.css';

/** Legend for how each status is drawn; shown only for statuses on the chart. */
export function StatusLegend({ statuses }: { statuses: readonly ObservationStatus[] }) {
  const { locale, t } = useI18n();
  if (statuses.length === 0) return null;
  return (
    <ul className="status-legend" aria-label={t('legend.label')}>
      {statuses.map((status) => (
        <li key={status}>
          <span className={`status-marker status-marker--${status}`} aria-hidden="true" />
          <strong>{statusLabel(status, locale)}</strong>: {t(`legend.${status}`)}
        </li>
      ))}
    </ul>
  );
}
