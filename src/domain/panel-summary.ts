import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/translate';
import {
  formatAbsoluteChange,
  formatAnnualRate,
  formatDelta,
  formatRelativeChange,
  formatValue,
} from './format';
import { numberFormat } from './intl-formats';
import type { PanelModel, PanelSeries } from './panel-model';
import { periodLabel } from './periods';

/** A change's size in words, for listening: "16.2 percentage points" rather than "16.2 pp". */
function spokenSize(change: number, model: PanelModel, locale: Locale): string {
  if (model.changeUnit === 'percentage-points') {
    const number = numberFormat(locale, { maximumFractionDigits: 2 }).format(Math.abs(change));
    return translate(locale, 'summary.percentagePoints', { number });
  }
  return formatValue(Math.abs(change), model.view.indicator.unit, locale);
}

/**
 * One sentence per series saying what it does, for screen readers:
 * "Guizhou: 26.8 % in 2012 to 10.6 % in 2016, down 16.2 percentage points".
 */
export function summarizeSeries(model: PanelModel, series: PanelSeries, locale: Locale): string {
  const unit = model.view.indicator.unit;
  const region = series.regionName;
  const { first, last, absolute } = series.deltas;
  if (!first || !last) {
    return translate(locale, 'summary.noData', {
      region,
      from: periodLabel(model.periods[0] ?? '', locale),
      to: periodLabel(model.periods.at(-1) ?? '', locale),
    });
  }
  if (first.period === last.period) {
    return translate(locale, 'summary.single', {
      region,
      value: formatValue(first.value, unit, locale),
      period: periodLabel(first.period, locale),
    });
  }
  const change = absolute.ok ? absolute.value : 0;
  const size = spokenSize(change, model, locale);
  const movement =
    change === 0
      ? translate(locale, 'summary.unchanged')
      : translate(locale, change < 0 ? 'summary.down' : 'summary.up', { size });
  return translate(locale, 'summary.span', {
    region,
    first: formatValue(first.value, unit, locale),
    firstPeriod: periodLabel(first.period, locale),
    last: formatValue(last.value, unit, locale),
    lastPeriod: periodLabel(last.period, locale),
    movement,
  });
}

export function summarizePanel(model: PanelModel, locale: Locale): string {
  return [
    model.title,
    ...model.series.map((series) => summarizeSeries(model, series, locale)),
  ].join(translate(locale, 'summary.sentenceSeparator'));
}

/**
 * The delta strip as one line of text per series, for exported figures:
 * "Guizhou, 2012 to 2016: -16.2 pp · -60.4 % · -20.7 % a year".
 */
export function deltaSummaryText(
  model: PanelModel,
  series: PanelSeries,
  locale: Locale,
): string | null {
  const { first, last, absolute, relative, annualRate } = series.deltas;
  if (!first || !last) return null;
  const unit = model.view.indicator.unit;
  const region = series.regionName;
  if (first.period === last.period) {
    return translate(locale, 'deltaText.single', {
      region,
      period: periodLabel(first.period, locale),
      value: formatValue(first.value, unit, locale),
    });
  }
  const metrics = [
    {
      label: 'deltaText.change',
      delta: absolute,
      format: (value: number) => formatAbsoluteChange(value, model.changeUnit, unit, locale),
    },
    {
      label: 'deltaText.relative',
      delta: relative,
      format: (value: number) => formatRelativeChange(value, locale),
    },
    {
      label: 'deltaText.annualRate',
      delta: annualRate,
      format: (value: number) => formatAnnualRate(value, locale),
    },
  ] as const;
  const changes = metrics.map(({ label, delta, format }) => {
    const { text, available } = formatDelta(delta, format, locale);
    return available
      ? text
      : translate(locale, 'deltaText.unavailable', {
          label: translate(locale, label),
          reason: text,
        });
  });
  return translate(locale, 'deltaText.span', {
    region,
    from: periodLabel(first.period, locale),
    to: periodLabel(last.period, locale),
    changes: changes.join(' · '),
  });
}
