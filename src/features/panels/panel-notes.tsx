import type { Locale } from '../../domain/locale';
import { localized } from '../../domain/locale';
import type { PanelModel } from '../../domain/panel-model';
import { formatCitation } from '../../domain/provenance';

const countViewNotes = {
  'per-period':
    'Counts per year are derived by this dashboard from the cumulative figures; a year after a gap stays a gap.',
  cumulative:
    'Running totals are derived by this dashboard from the counts per year, from the first year with data; they stop at a gap.',
} as const;

/** What a reader must know to read the chart right: bases, hidden points, missing series. */
export function PanelNotes({ model, locale }: { model: PanelModel; locale: Locale }) {
  const notes: string[] = [];
  if (model.differingBases) {
    const list = model.differingBases
      .map((entry) => {
        const region =
          model.series.find((series) => series.region.id === entry.regionId)?.regionName ??
          entry.regionId;
        return `${region}: ${entry.basis ? localized(entry.basis, locale) : 'basis not stated'}`;
      })
      .join('; ');
    notes.push(
      `The regions' figures are measured on different bases and are not strictly comparable (${list}).`,
    );
  }
  if (model.countView !== 'as-published') notes.push(countViewNotes[model.countView]);
  for (const series of model.series) {
    if (!series.returned) {
      notes.push(`The data service returned no series for ${series.regionName}.`);
    } else if (series.deltas.first === null) {
      notes.push(`No data for ${series.regionName} in the selected years.`);
    }
    const hidden = Object.entries(series.hidden)
      .map(([status, count]) => `${count} ${status}`)
      .join(' and ');
    if (series.refused.length > 0) {
      const periods = series.refused.map((point) => `${point.period} (${point.value})`).join(', ');
      notes.push(`${series.regionName}: negative count(s) left out as data errors: ${periods}.`);
    }
    if (hidden) notes.push(`${series.regionName}: ${hidden} value(s) hidden by the filters.`);
  }
  if (notes.length === 0) return null;
  return (
    <ul className="panel-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

/** The publications behind the values shown. */
export function PanelSources({ model }: { model: PanelModel }) {
  return (
    <footer className="panel-sources">
      <p>
        <strong>Sources:</strong>{' '}
        {model.sources.map((source, index) => (
          <span key={source.id}>
            {index > 0 && '; '}
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {formatCitation(source)}
              </a>
            ) : (
              formatCitation(source)
            )}
          </span>
        ))}
        {model.unknownSourceIds.length > 0 &&
          `; source(s) not described by the data service: ${model.unknownSourceIds.join(', ')}`}
      </p>
      <p>Changes computed by this dashboard from the figures shown.</p>
    </footer>
  );
}
