import type { ObservationStatus } from '../../api/schemas';
import { statusLabels } from '../../domain/labels';
import type { Locale } from '../../domain/locale';

const meanings: Record<ObservationStatus, string> = {
  reported: 'as read in the cited publication',
  estimated: 'the publication gave an approximate figure',
  derived: 'computed from reported figures; the note says how',
};

/** Legend for how each status is drawn; shown only for statuses on the chart. */
export function StatusLegend({
  statuses,
  locale,
}: {
  statuses: readonly ObservationStatus[];
  locale: Locale;
}) {
  if (statuses.length === 0) return null;
  return (
    <ul className="status-legend" aria-label="Marker legend">
      {statuses.map((status) => (
        <li key={status}>
          <span className={`status-marker status-marker--${status}`} aria-hidden="true" />
          <strong>{statusLabels[status][locale]}</strong>: {meanings[status]}
        </li>
      ))}
    </ul>
  );
}
