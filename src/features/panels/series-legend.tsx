import { seriesColor } from '../../charts/palette';
import type { PanelModel } from '../../domain/panel-model';

/** Which colour is which region; wraps with the panel's width instead of paging. */
export function SeriesLegend({ model }: { model: PanelModel }) {
  if (model.series.length < 2) return null;
  return (
    <ul className="series-legend" aria-label="Regions">
      {model.series.map((series, index) => (
        <li
          key={series.region.id}
          className={series.deltas.first ? undefined : 'series-legend__empty'}
        >
          <span
            className={`series-legend__swatch series-legend__swatch--${model.chartKind}`}
            style={{ background: seriesColor(index) }}
            aria-hidden="true"
          />
          {series.regionName}
        </li>
      ))}
    </ul>
  );
}
