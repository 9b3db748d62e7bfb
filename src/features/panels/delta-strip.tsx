import { assessChange, type Delta } from '../../domain/deltas';
import {
  describeUnavailable,
  formatAbsoluteChange,
  formatAnnualRate,
  formatDelta,
  formatRelativeChange,
  formatValue,
} from '../../domain/format';
import type { Locale } from '../../domain/locale';
import type { PanelModel, PanelSeries } from '../../domain/panel-model';
import { periodLabel } from '../../domain/periods';

interface DeltaStripProps {
  model: PanelModel;
  locale: Locale;
}

const assessmentText = {
  progress: 'progress',
  setback: 'setback',
  'no-change': 'no change',
} as const;

function Metric({
  label,
  delta,
  format,
  locale,
}: {
  label: string;
  delta: Delta;
  format: (value: number) => string;
  locale: Locale;
}) {
  const { text, available } = formatDelta(delta, format, locale);
  return (
    <div className={available ? 'metric' : 'metric metric--unavailable'}>
      <dt>{label}</dt>
      <dd>{available ? text : `unavailable: ${text}`}</dd>
    </div>
  );
}

function SeriesDeltaRow({
  model,
  series,
  locale,
}: {
  model: PanelModel;
  series: PanelSeries;
  locale: Locale;
}) {
  const { first, last, absolute, relative, annualRate, yearOnYear } = series.deltas;
  const unit = model.indicator.unit;
  const latest = yearOnYear.at(-1);
  const assessment = absolute.ok ? assessChange(absolute.value, model.indicator.direction) : null;
  // One point (or none): say once why there is no change to show, not once per metric.
  const sharedReason =
    !absolute.ok && (absolute.reason === 'single-point' || absolute.reason === 'no-data')
      ? absolute.reason
      : null;
  return (
    <div className="delta-row">
      <p className="delta-row__region">
        {series.regionName}
        {first && last && (
          <span className="delta-row__span">
            {' '}
            {periodLabel(first.period)} {formatValue(first.value, unit, locale)}
            {first.period !== last.period &&
              ` → ${periodLabel(last.period)} ${formatValue(last.value, unit, locale)}`}
          </span>
        )}
        {assessment && (
          <span className={`assessment assessment--${assessment}`}>
            {assessmentText[assessment]}
          </span>
        )}
      </p>
      {sharedReason ? (
        <p className="delta-row__unavailable">
          Changes unavailable: {describeUnavailable(sharedReason, locale)}.
        </p>
      ) : (
        <dl className="delta-row__metrics">
          <Metric
            label="Change"
            delta={absolute}
            format={(value) => formatAbsoluteChange(value, model.changeUnit, unit, locale)}
            locale={locale}
          />
          <Metric
            label="Relative"
            delta={relative}
            format={(value) => formatRelativeChange(value, locale)}
            locale={locale}
          />
          <Metric
            label="Annual rate"
            delta={annualRate}
            format={(value) => formatAnnualRate(value, locale)}
            locale={locale}
          />
          {latest && (
            <Metric
              label={`Year on year (${periodLabel(latest.period)})`}
              delta={latest.absolute}
              format={(value) => formatAbsoluteChange(value, model.changeUnit, unit, locale)}
              locale={locale}
            />
          )}
        </dl>
      )}
    </div>
  );
}

/** The changes over the selected years, per region, in units that fit the indicator. */
export function DeltaStrip({ model, locale }: DeltaStripProps) {
  return (
    <div className="delta-strip">
      <h3 className="visually-hidden">Changes over the selected years</h3>
      {model.series
        .filter((series) => series.deltas.first !== null)
        .map((series) => (
          <SeriesDeltaRow key={series.region.id} model={model} series={series} locale={locale} />
        ))}
    </div>
  );
}
