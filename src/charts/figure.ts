import type { ObservationStatus } from '../contract/schemas';
import { formatDate } from '../domain/dates';
import { escapeHtml as escapeXml } from '../domain/escape-html';
import { formatPlainNumber } from '../domain/format';
import { namesText, statusLabel, unitLabel } from '../domain/labels';
import type { PanelModel } from '../domain/panel-model';
import {
  deltaSummaryText,
  eventItemText,
  targetSentence,
  targetSourceLines,
} from '../domain/panel-summary';
import { hiddenStatuses } from '../domain/panel-view';
import { periodLabel, yearSpan } from '../domain/periods';
import { formatCitation } from '../domain/provenance';
import { joinList, type Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { echarts } from './echarts';
import { type FigureSize, figureSizes } from './figure-sizes';
import { estimateTextWidth, wrapText } from './figure-text';
import { dashArray, seriesColor } from './palette';
import { buildPanelOption, regionLineDash } from './panel-option';

/**
 * The exported figure is composed rather than screenshotted. From the top, it holds a title, a
 * subtitle with the filters, the regions' legend, the chart, the changes as text, the legend of
 * the statuses drawn, and a footer with every publication used, the view and the export date. It is one SVG string, built the same way in the
 * browser and in Node; the chart inside it comes from ECharts' server-side SVG rendering.
 */

/** Named fonts first, then a generic family, so any renderer finds something that draws Chinese. */
export const figureFontFamily =
  "'Noto Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', Arial, sans-serif";

export interface FigureContext {
  locale: Locale;
  size: FigureSize;
  /** Path and query of the view the figure shows, e.g. "/?indicator=poverty-rate&from=2012". */
  viewPath: string;
  /** ISO date of the export. */
  exportDate: string;
}

interface Scale {
  title: number;
  text: number;
  small: number;
  padding: number;
}

const baseScales: Record<FigureSize, Scale> = {
  slide: { title: 28, text: 15, small: 12, padding: 32 },
  document: { title: 22, text: 13, small: 11, padding: 24 },
  square: { title: 30, text: 16, small: 13, padding: 36 },
};

interface TextBlock {
  lines: string[];
  size: number;
  color: string;
  bold?: boolean;
}

function subtitleText(model: PanelModel, locale: Locale): string {
  const t = translator(locale);
  const parts = [
    namesText(
      model.series.map((series) => series.regionName),
      locale,
    ),
    yearSpan(model.view.fromYear, model.view.toYear),
    unitLabel(model.view.indicator.unit, locale),
  ];
  if (hiddenStatuses(model.view).length > 0) {
    const statuses = hiddenStatuses(model.view)
      .map((status) => statusLabel(status, locale))
      .join(t('figure.and'));
    parts.push(t('figure.hidden', { statuses }));
  }
  if (model.view.countView === 'per-period') parts.push(t('figure.perPeriod'));
  if (model.view.countView === 'cumulative') parts.push(t('figure.cumulative'));
  return parts.join(' · ');
}

function renderChartSvg(
  model: PanelModel,
  locale: Locale,
  width: number,
  height: number,
  fontSize: number,
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    const option = buildPanelOption(model, { locale, animation: false }) as Record<string, unknown>;
    chart.setOption({
      ...option,
      tooltip: undefined,
      textStyle: { fontFamily: figureFontFamily, fontSize },
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function statusSymbol(status: ObservationStatus, x: number, y: number, size: number): string {
  const r = size / 2;
  if (status === 'derived') {
    return `<path d="M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z" fill="#ffffff" stroke="#333333" stroke-width="1.5"/>`;
  }
  return `<circle cx="${x}" cy="${y}" r="${r * 0.8}" fill="${status === 'reported' ? '#333333' : '#ffffff'}" stroke="#333333" stroke-width="1.5"/>`;
}

/** Lays the figure out at the given scale; returns null when it does not fit the preset. */
function layOut(model: PanelModel, context: FigureContext, scale: Scale): string | null {
  const { width, height } = figureSizes[context.size];
  const { locale } = context;
  const t = translator(locale);
  const pad = scale.padding;
  const inner = width - pad * 2;
  const lineHeight = (size: number) => Math.round(size * 1.35);

  const title: TextBlock = {
    lines: wrapText(model.title, inner, scale.title, true),
    size: scale.title,
    color: '#111111',
    bold: true,
  };
  const subtitle: TextBlock = {
    lines: wrapText(subtitleText(model, locale), inner, scale.text),
    size: scale.text,
    color: '#555555',
  };
  const deltaLines = [
    ...model.series.flatMap((series) => {
      const text = deltaSummaryText(model, series, locale);
      return text ? wrapText(text, inner, scale.text) : [];
    }),
    // Where each region stands against its target, as the panel says it.
    ...model.targets.flatMap((target) =>
      wrapText(targetSentence(model, target, locale), inner, scale.text),
    ),
  ];
  const deltas: TextBlock = { lines: deltaLines, size: scale.text, color: '#222222' };
  const sourceText = t('figure.source', { sources: model.sources.map(formatCitation).join('; ') });
  const refused = model.series.flatMap((series) =>
    series.refused.map(
      (point) => `${series.regionName} ${periodLabel(point.period, locale)} (${point.value})`,
    ),
  );
  const withoutData = model.series
    .filter((series) => !series.deltas.first)
    .map((series) => series.regionName);
  const footerLines = [
    ...wrapText(sourceText, inner, scale.small),
    ...targetSourceLines(model, locale).flatMap((text) => wrapText(text, inner, scale.small)),
    // The events the chart numbers, each with its date, title and source.
    ...(model.events.length > 0
      ? wrapText(
          `${t('events.title')}: ${model.events.map((event) => eventItemText(event, locale)).join('; ')}`,
          inner,
          scale.small,
        )
      : []),
    ...(withoutData.length > 0
      ? wrapText(t('figure.noData', { regions: joinList(withoutData, locale) }), inner, scale.small)
      : []),
    ...model.series.flatMap((series) =>
      series.sampling
        ? wrapText(
            t('figure.sampled', {
              region: series.regionName,
              count: formatPlainNumber(series.sampling.pointCount, locale),
              shown: formatPlainNumber(series.points.length, locale),
            }),
            inner,
            scale.small,
          )
        : [],
    ),
    ...(refused.length > 0
      ? wrapText(t('figure.refused', { values: joinList(refused, locale) }), inner, scale.small)
      : []),
    ...(model.differingBases ? wrapText(t('figure.bases'), inner, scale.small) : []),
    ...(model.view.indicator.measure === 'growth-rate'
      ? wrapText(t('notes.publishedGrowth'), inner, scale.small)
      : []),
    ...(model.view.indicator.publishedGrowthIndicatorId
      ? wrapText(t('notes.growthPublishedElsewhere'), inner, scale.small)
      : []),
    ...wrapText(t('figure.computed'), inner, scale.small),
    ...wrapText(
      t('figure.view', { path: context.viewPath, date: formatDate(context.exportDate, locale) }),
      inner,
      scale.small,
    ),
  ];
  const footer: TextBlock = { lines: footerLines, size: scale.small, color: '#555555' };
  const marked = model.statuses.filter((status) => status !== 'reported');
  const showRegionLegend = model.series.length > 1;

  const blockHeight = (block: TextBlock) => block.lines.length * lineHeight(block.size);
  const gap = Math.round(scale.text * 0.6);
  const fixed =
    pad * 2 +
    blockHeight(title) +
    blockHeight(subtitle) +
    (showRegionLegend ? lineHeight(scale.text) + gap : 0) +
    gap +
    blockHeight(deltas) +
    gap +
    (marked.length > 0 ? lineHeight(scale.small) : 0) +
    blockHeight(footer) +
    gap;
  const chartHeight = height - fixed;
  if (chartHeight < height * 0.3) return null;

  const parts: string[] = [];
  let y = pad;
  const writeBlock = (block: TextBlock) => {
    for (const line of block.lines) {
      y += lineHeight(block.size);
      parts.push(
        `<text x="${pad}" y="${y - Math.round(block.size * 0.3)}" font-size="${block.size}" fill="${block.color}"${block.bold ? ' font-weight="700"' : ''}>${escapeXml(line)}</text>`,
      );
    }
  };

  writeBlock(title);
  writeBlock(subtitle);
  if (showRegionLegend) {
    y += gap + lineHeight(scale.text);
    let x = pad;
    model.series.forEach((series, index) => {
      if (!series.deltas.first) return;
      const middle = y - Math.round(scale.text * 0.45);
      parts.push(
        `<line x1="${x}" y1="${middle}" x2="${x + scale.text}" y2="${middle}" stroke="${seriesColor(index)}" stroke-width="3" stroke-dasharray="${model.chartKind === 'line' ? dashArray(regionLineDash(model, index)) : 'none'}"/>`,
      );
      parts.push(
        `<text x="${x + scale.text + 6}" y="${y - Math.round(scale.text * 0.3)}" font-size="${scale.text}" fill="#222222">${escapeXml(series.regionName)}</text>`,
      );
      x += scale.text + 6 + estimateTextWidth(series.regionName, scale.text) + scale.text;
    });
  }
  y += gap;
  const chartSvg = renderChartSvg(model, locale, inner, chartHeight, scale.small);
  parts.push(chartSvg.replace(/^<svg /, `<svg x="${pad}" y="${y}" `));
  y += chartHeight + gap;
  writeBlock(deltas);
  y += gap;
  if (marked.length > 0) {
    y += lineHeight(scale.small);
    let x = pad;
    for (const status of marked) {
      const label = t('figure.legend', {
        status: statusLabel(status, locale),
        meaning: t(status === 'estimated' ? 'figure.estimated' : 'figure.derived'),
      });
      parts.push(
        statusSymbol(status, x + scale.small / 2, y - Math.round(scale.small * 0.4), scale.small),
      );
      parts.push(
        `<text x="${x + scale.small + 6}" y="${y - Math.round(scale.small * 0.3)}" font-size="${scale.small}" fill="#555555">${escapeXml(label)}</text>`,
      );
      x += scale.small + 6 + estimateTextWidth(label, scale.small) + scale.small * 2;
    }
  }
  writeBlock(footer);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${figureFontFamily.replace(/"/g, "'")}">`,
    `<title>${escapeXml(model.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** The composed figure as a standalone SVG document: white background, no external references. */
export function composeFigureSvg(model: PanelModel, context: FigureContext): string {
  const base = baseScales[context.size];
  // The type shrinks step by step until everything fits the preset, so that nothing is cut off.
  for (const factor of [1, 0.92, 0.85, 0.78, 0.7, 0.62, 0.55]) {
    const scale = {
      title: Math.round(base.title * factor),
      text: Math.round(base.text * factor),
      small: Math.max(8, Math.round(base.small * factor)),
      padding: Math.round(base.padding * factor),
    };
    const svg = layOut(model, context, scale);
    if (svg) return svg;
  }
  throw new Error(
    `The figure for ${model.view.indicator.id} does not fit the ${context.size} size.`,
  );
}

/** The figure's file name without an extension, such as "poverty-rate_CN-GZ_2012-2016_slide". */
export function figureFileName(model: PanelModel, size: FigureSize | null): string {
  const regions = model.series.map((series) => series.region.id).join('-');
  return [model.view.indicator.id, regions, `${model.view.fromYear}-${model.view.toYear}`, size]
    .filter(Boolean)
    .join('_');
}
