import { useChartTheme } from '../../charts/chart-theme';
import { seriesColor } from '../../charts/palette';
import type { PanelModel } from '../../domain/panel-model';
import { useI18n } from '../../i18n/i18n-context';

/** Which colour is which region; wraps with the panel's width instead of paging. */
export function SeriesLegend({ model }: { model: PanelModel }) {
  const { t } = useI18n();
  const theme = useChartTheme();
  if (model.series.length < 2) return null;
  return (
    <ul className="series-legend" aria-label={t('panel.regionsLegend')}>
      {model.series.map((series, index) => (
        <li
          key={series.region.id}
          className={series.deltas.first ? undefined : 'series-legend__empty'}
        >
          <span
            className={`series-legend__swatch series-legend__swatch--${model.chartKind}`}
            style={{ background: seriesColor(index, theme) }}
            aria-hidden="true"
          />
          {series.regionName}
        </li>
      ))}
    </ul>
  );
}
