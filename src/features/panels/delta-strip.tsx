import { useState } from 'react';
import { assessChange, type Delta } from '../../domain/deltas';
import {
  describeUnavailable,
  formatAbsoluteChange,
  formatAnnualRate,
  formatDelta,
  formatRelativeChange,
  formatValue,
} from '../../domain/format';
import { namesListedInFull } from '../../domain/labels';
import type { PanelModel, PanelSeries } from '../../domain/panel-model';
import { periodLabel } from '../../domain/periods';
import { useI18n } from '../../i18n/i18n-context';
import './delta-strip.css';

function Metric({
  label,
  delta,
  format,
}: {
  label: string;
  delta: Delta;
  format: (value: number) => string;
}) {
  const { locale, t } = useI18n();
  const { text, available } = formatDelta(delta, format, locale);
  return (
    <div className={available ? 'metric' : 'metric metric--unavailable'}>
      <dt>{label}</dt>
      <dd>{available ? text : t('panel.unavailable', { reason: text })}</dd>
    </div>
  );
}

function SeriesDeltaRow({ model, series }: { model: PanelModel; series: PanelSeries }) {
  const { locale, t } = useI18n();
  const { first, last, absolute, relative, annualRate, yearOnYear } = series.deltas;
  const unit = model.view.indicator.unit;
  const latest = yearOnYear.at(-1);
  const assessment = absolute.ok
    ? assessChange(absolute.value, model.view.indicator.direction)
    : null;
  // With one point or none there is no change to show, and the reason is said once rather than
  // once per metric.
  const sharedReason =
    !absolute.ok && (absolute.reason === 'single-point' || absolute.reason === 'no-data')
      ? absolute.reason
      : null;
  const absoluteChange = (value: number) =>
    formatAbsoluteChange(value, model.changeUnit, unit, locale);
  return (
    <div className="delta-row">
      <p className="delta-row__region">
        {series.regionName}
        {first && last && (
          <span className="delta-row__span">
            {' '}
            {periodLabel(first.period, locale)} {formatValue(first.value, unit, locale)}
            {first.period !== last.period &&
              ` → ${periodLabel(last.period, locale)} ${formatValue(last.value, unit, locale)}`}
          </span>
        )}
        {assessment && (
          <span className={`assessment assessment--${assessment}`}>
            {t(`panel.assessment.${assessment}`)}
          </span>
        )}
      </p>
      {sharedReason ? (
        <p className="delta-row__unavailable">
          {t('panel.changesUnavailable', { reason: describeUnavailable(sharedReason, locale) })}
        </p>
      ) : (
        <dl className="delta-row__metrics">
          <Metric label={t('panel.change')} delta={absolute} format={absoluteChange} />
          <Metric
            label={t('panel.relative')}
            delta={relative}
            format={(value) => formatRelativeChange(value, locale)}
          />
          <Metric
            label={t('panel.annualRate')}
            delta={annualRate}
            format={(value) => formatAnnualRate(value, locale)}
          />
          {latest && (
            <Metric
              label={t('panel.yearOnYear', { period: periodLabel(latest.period, locale) })}
              delta={latest.absolute}
              format={absoluteChange}
            />
          )}
        </dl>
      )}
    </div>
  );
}

/**
 * The changes over the selected years, per region, in units that fit the indicator. With many
 * regions, the first few show and the rest wait behind a disclosure, drawn only when opened.
 */
export function DeltaStrip({ model }: { model: PanelModel }) {
  const { t } = useI18n();
  const [allOpen, setAllOpen] = useState(false);
  const withData = model.series.filter((series) => series.deltas.first !== null);
  const many = withData.length > namesListedInFull;
  const first = many ? withData.slice(0, namesListedInFull - 1) : withData;
  const row = (series: PanelSeries) => (
    <SeriesDeltaRow key={series.region.id} model={model} series={series} />
  );
  return (
    <div className="delta-strip">
      <h3 className="visually-hidden">{t('panel.changes')}</h3>
      {first.map(row)}
      {many && (
        <details
          className="delta-strip__more"
          onToggle={(event) => setAllOpen(event.currentTarget.open)}
        >
          <summary>{t('panel.moreChanges', { count: withData.length - first.length })}</summary>
          {allOpen && withData.slice(first.length).map(row)}
        </details>
      )}
    </div>
  );
}
