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
import type { PanelEvent } from './panel-events';
import type { PanelModel, PanelSeries } from './panel-model';
import type { PanelTarget } from './panel-targets';
import { periodLabel } from './periods';
import { formatCitation } from './provenance';

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

/**
 * The chart's description for screen readers: what each series does, where each region stands
 * against its target, and the events marked, which ECharts' own description leaves out.
 */
export function summarizePanel(model: PanelModel, locale: Locale): string {
  return [
    model.title,
    ...model.series.map((series) => summarizeSeries(model, series, locale)),
    ...model.targets.map((target) => targetStatusText(model, target, locale)),
    ...(model.events.length > 0
      ? [
          translate(locale, 'events.summary', {
            list: model.events.map((event) => eventItemText(event, locale)).join('; '),
          }),
        ]
      : []),
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

/** Where an event comes from: its citation, or its source id when the API did not send it. */
export function eventSourceText(event: PanelEvent): string {
  return event.source ? formatCitation(event.source) : event.event.sourceId;
}

/** "1. 2015-11-29: Decision on Winning the Battle against Poverty (CPC Central Committee, …)". */
export function eventItemText(event: PanelEvent, locale: Locale): string {
  return translate(locale, 'events.item', {
    number: event.number,
    date: event.date,
    title: event.title,
    source: eventSourceText(event),
  });
}

/** "target 0 % by 2020". */
export function targetLabel(model: PanelModel, target: PanelTarget, locale: Locale): string {
  return translate(locale, 'target.label', {
    value: formatValue(target.target.value, model.view.indicator.unit, locale),
    period: periodLabel(target.target.period, locale),
  });
}

/**
 * Where a region stands against its target, as of the last year shown: "Guizhou, target 0 % by
 * 2020: as of 2016, -2.65 pp a year still needed, against -4.05 pp a year observed since 2012: on
 * track".
 */
export function targetStatusText(model: PanelModel, target: PanelTarget, locale: Locale): string {
  const unit = model.view.indicator.unit;
  const label = targetLabel(model, target, locale);
  const region = target.regionName;
  const { asOf, since, progress } = target;
  if (!asOf || !since) return translate(locale, 'target.noData', { region, label });
  const last = formatValue(asOf.value, unit, locale);
  const year = periodLabel(asOf.period, locale);
  if (!progress) return translate(locale, 'target.noPace', { region, label, last, year });
  if (progress.status === 'achieved' || progress.status === 'missed')
    return translate(locale, `target.${progress.status}`, { region, label, last, year });
  const perYear = (value: number | null) =>
    value === null ? '—' : formatAbsoluteChange(value, model.changeUnit, unit, locale);
  return translate(locale, 'target.pace', {
    region,
    label,
    year,
    required: perYear(progress.requiredPerYear),
    observed: perYear(progress.observedPerYear),
    since: periodLabel(since.period, locale),
    status: translate(locale, `target.status.${progress.status}`),
  });
}

/** The status as a sentence of its own, ended as the language ends one. */
export function targetSentence(model: PanelModel, target: PanelTarget, locale: Locale): string {
  return translate(locale, 'summary.sentence', { text: targetStatusText(model, target, locale) });
}

/** "Target set by CPC Central Committee and State Council, …, 2015-11-29." */
export function targetSourceText(target: PanelTarget, locale: Locale): string {
  return translate(locale, 'target.source', {
    source: target.source ? formatCitation(target.source) : target.target.sourceId,
  });
}

/** One "Target set by …" line per publication that sets a target, however many regions it covers. */
export function targetSourceLines(model: PanelModel, locale: Locale): string[] {
  return [...new Set(model.targets.map((target) => targetSourceText(target, locale)))];
}
