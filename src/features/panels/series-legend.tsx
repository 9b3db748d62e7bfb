import { useChartTheme } from '../../charts/chart-theme';
import { dashArray, seriesColor } from '../../charts/palette';
import { regionLineDash } from '../../charts/panel-option';
import type { PanelModel } from '../../domain/panel-model';
import { useI18n } from '../../i18n/i18n-context';
import './series-legend.css';

/** Shows which colour is which region. It wraps with the panel's width instead of paging. */
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
          {model.chartKind === 'line' ? (
            <svg className="series-legend__line" width="24" height="8" aria-hidden="true">
              <line
                x1="0"
                y1="4"
                x2="24"
                y2="4"
                stroke={seriesColor(index, theme)}
                strokeWidth="3"
                strokeDasharray={dashArray(regionLineDash(model, index))}
              />
            </svg>
          ) : (
            <span
              className="series-legend__swatch series-legend__swatch--bar"
              style={{ background: seriesColor(index, theme) }}
              aria-hidden="true"
            />
          )}
          {series.regionName}
        </li>
      ))}
    </ul>
  );
}
