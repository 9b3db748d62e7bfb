import {
  formatAbsoluteChange,
  formatAnnualRate,
  formatDelta,
  formatRelativeChange,
  formatValue,
} from './format';
import type { Locale } from './locale';
import type { PanelModel, PanelSeries } from './panel-model';
import { periodLabel } from './periods';

/**
 * One sentence per series saying what it does, for screen readers and for exported figures:
 * "Guizhou: 26.8 % in 2012 to 10.6 % in 2016, down 16.2 pp".
 */
export function summarizeSeries(model: PanelModel, series: PanelSeries, locale: Locale): string {
  const unit = model.indicator.unit;
  const { first, last, absolute } = series.deltas;
  if (!first || !last) {
    return locale === 'zh-CN'
      ? `${series.regionName}：${model.periods[0] ?? ''}至${model.periods.at(-1) ?? ''}无数据`
      : `${series.regionName}: no data for ${periodLabel(model.periods[0] ?? '')} to ${periodLabel(model.periods.at(-1) ?? '')}`;
  }
  const firstText = formatValue(first.value, unit, locale);
  if (first.period === last.period) {
    return locale === 'zh-CN'
      ? `${series.regionName}：${periodLabel(first.period)}年为${firstText}`
      : `${series.regionName}: ${firstText} in ${periodLabel(first.period)}`;
  }
  const lastText = formatValue(last.value, unit, locale);
  const change = absolute.ok ? absolute.value : 0;
  const size = formatAbsoluteChange(Math.abs(change), model.changeUnit, unit, locale).replace(
    /^\+/,
    '',
  );
  if (locale === 'zh-CN') {
    const movement = change === 0 ? '持平' : `${change < 0 ? '下降' : '上升'}${size}`;
    return `${series.regionName}：从${periodLabel(first.period)}年的${firstText}到${periodLabel(last.period)}年的${lastText}，${movement}`;
  }
  const movement = change === 0 ? 'unchanged' : `${change < 0 ? 'down' : 'up'} ${size}`;
  return `${series.regionName}: ${firstText} in ${periodLabel(first.period)} to ${lastText} in ${periodLabel(last.period)}, ${movement}`;
}

export function summarizePanel(model: PanelModel, locale: Locale): string {
  const separator = locale === 'zh-CN' ? '。' : '. ';
  return [
    model.title,
    ...model.series.map((series) => summarizeSeries(model, series, locale)),
  ].join(separator);
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
  const unit = model.indicator.unit;
  const zh = locale === 'zh-CN';
  if (first.period === last.period) {
    return zh
      ? `${series.regionName}，${periodLabel(first.period)}年：${formatValue(first.value, unit, locale)}（仅一个数值，无变化可计算）`
      : `${series.regionName}, ${periodLabel(first.period)}: ${formatValue(first.value, unit, locale)} (one value; no change to compute)`;
  }
  const labels = zh
    ? ['变化', '相对变化', '年均变化率']
    : ['change', 'relative change', 'annual rate'];
  const parts = [
    formatDelta(
      absolute,
      (value) => formatAbsoluteChange(value, model.changeUnit, unit, locale),
      locale,
    ),
    formatDelta(relative, (value) => formatRelativeChange(value, locale), locale),
    formatDelta(annualRate, (value) => formatAnnualRate(value, locale), locale),
  ].map(({ text, available }, index) =>
    available
      ? text
      : zh
        ? `${labels[index]}无法计算（${text}）`
        : `${labels[index]} unavailable (${text})`,
  );
  const span = zh
    ? `${series.regionName}，${periodLabel(first.period)}年至${periodLabel(last.period)}年`
    : `${series.regionName}, ${periodLabel(first.period)} to ${periodLabel(last.period)}`;
  return `${span}: ${parts.join(' · ')}`;
}
