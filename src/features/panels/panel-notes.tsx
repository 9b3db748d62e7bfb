import type { ObservationStatus } from '../../contract/schemas';
import { formatPlainNumber } from '../../domain/format';
import { statusLabel } from '../../domain/labels';
import type { PanelModel } from '../../domain/panel-model';
import { formatCitation, safeLink } from '../../domain/provenance';
import { useI18n } from '../../i18n/i18n-context';
import { localized } from '../../i18n/locale';
import './panel-notes.css';

/** What a reader must know to read the chart right: bases, hidden points, missing series. */
export function PanelNotes({
  model,
  zoomShowsDetail = false,
}: {
  model: PanelModel;
  /**
   * Whether zooming the chart in loads every point of the range (see useWindowDetail). If it does,
   * a note tells the reader.
   */
  zoomShowsDetail?: boolean;
}) {
  const { locale, t } = useI18n();
  const notes: string[] = [];
  if (model.differingBases) {
    const list = model.differingBases
      .map((entry) => {
        const region =
          model.series.find((series) => series.region.id === entry.regionId)?.regionName ??
          entry.regionId;
        return `${region}: ${entry.basis ? localized(entry.basis, locale) : t('notes.basisNotStated')}`;
      })
      .join('; ');
    notes.push(t('notes.bases', { list }));
  }
  if (model.view.indicator.measure === 'growth-rate') notes.push(t('notes.publishedGrowth'));
  if (model.view.indicator.publishedGrowthIndicatorId)
    notes.push(t('notes.growthPublishedElsewhere'));
  if (model.targets.length > 0) notes.push(t('target.method'));
  if (model.view.countView === 'per-period') notes.push(t('notes.perPeriod'));
  if (model.view.countView === 'cumulative') notes.push(t('notes.cumulative'));
  for (const series of model.series) {
    const region = series.regionName;
    if (!series.returned) notes.push(t('notes.notReturned', { region }));
    else if (series.deltas.first === null) notes.push(t('notes.noData', { region }));
    if (series.refused.length > 0) {
      const values = series.refused.map((point) => `${point.period} (${point.value})`).join(', ');
      notes.push(t('notes.refused', { region, values }));
    }
    if (series.sampling) {
      notes.push(
        t('notes.sampled', {
          region,
          count: formatPlainNumber(series.sampling.pointCount, locale),
          shown: formatPlainNumber(series.points.length, locale),
        }),
      );
    }
    for (const [status, count] of Object.entries(series.hidden)) {
      const label = statusLabel(status as ObservationStatus, locale);
      notes.push(t('notes.hidden', { region, count: `${count} ${label}` }));
    }
  }
  if (zoomShowsDetail) notes.push(t('notes.sampledZoom'));
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
  const { t } = useI18n();
  return (
    <footer className="panel-sources">
      <p>
        <strong>{t('notes.sources')}</strong>{' '}
        {model.sources.map((source, index) => {
          const link = safeLink(source.url);
          return (
            <span key={source.id}>
              {index > 0 && '; '}
              {link ? (
                <a href={link} target="_blank" rel="noopener noreferrer">
                  {formatCitation(source)}
                </a>
              ) : (
                formatCitation(source)
              )}
            </span>
          );
        })}
        {model.unknownSourceIds.length > 0 &&
          `; ${t('notes.unknownSources', { ids: model.unknownSourceIds.join(', ') })}`}
      </p>
      <p>{t('notes.computed')}</p>
    </footer>
  );
}
