import type { ChartTheme } from '../../charts/chart-theme';
import { dashArray, seriesColor } from '../../charts/palette';
import { regionLineDash } from '../../charts/panel-option';
import type { PanelModel } from '../../domain/panel-model';
import { useI18n } from '../../i18n/i18n-context';
import './series-legend.css';

/**
 * Each sample is drawn in both themes' colours, and the page's theme (base.css) shows one. The
 * markup is then the same whatever the theme, so a page rendered before the reader's theme is
 * known (see src/render/) is right in either, and no inline style is needed (the CSP forbids one).
 */
const themes: readonly ChartTheme[] = ['light', 'dark'];

/** Shows which colour is which region. It wraps with the panel's width instead of paging. */
export function SeriesLegend({ model }: { model: PanelModel }) {
  const { t } = useI18n();
  if (model.series.length < 2) return null;
  return (
    <ul className="series-legend" aria-label={t('panel.regionsLegend')}>
      {model.series.map((series, index) => (
        <li
          key={series.region.id}
          className={series.deltas.first ? undefined : 'series-legend__empty'}
        >
          {model.chartKind === 'line' ? (
            <svg className="series-legend__sample" width="24" height="8" aria-hidden="true">
              {themes.map((theme) => (
                <line
                  key={theme}
                  className={`only-${theme}`}
                  x1="0"
                  y1="4"
                  x2="24"
                  y2="4"
                  stroke={seriesColor(index, theme)}
                  strokeWidth="3"
                  strokeDasharray={dashArray(regionLineDash(model, index))}
                />
              ))}
            </svg>
          ) : (
            <svg className="series-legend__sample" width="10" height="10" aria-hidden="true">
              {themes.map((theme) => (
                <rect
                  key={theme}
                  className={`only-${theme}`}
                  width="10"
                  height="10"
                  fill={seriesColor(index, theme)}
                />
              ))}
            </svg>
          )}
          {series.regionName}
        </li>
      ))}
    </ul>
  );
}
