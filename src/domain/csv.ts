import Papa from 'papaparse';
import type { Indicator, Measure, Point, Source } from '../contract/schemas';
import type { Locale } from '../i18n/locale';
import { localized } from '../i18n/locale';
import { eventsByPeriod } from './panel-events';
import type { PanelModel } from './panel-model';
import { eventItemText, targetSentence, targetSourceText } from './panel-summary';
import { formatCitation } from './provenance';

export const csvColumns = [
  'indicator_id',
  'indicator_name',
  'region_id',
  'region_name',
  'period',
  'value',
  'unit',
  'measure',
  'status',
  'source_id',
  'source',
  'note',
  'events',
  'target',
] as const;

type OnePerColumn<Columns extends readonly string[]> = { readonly [K in keyof Columns]: string };

/**
 * The header row in each language, so that a reader of the spreadsheet sees headers in their own.
 * The type requires exactly one header per column.
 */
export const csvHeaders: Record<Locale, OnePerColumn<typeof csvColumns>> = {
  en: csvColumns,
  'zh-CN': [
    '指标编号',
    '指标名称',
    '地区编号',
    '地区名称',
    '时期',
    '数值',
    '单位',
    '度量',
    '状态',
    '来源编号',
    '来源',
    '注释',
    '事件',
    '目标',
  ],
};

/** The columns that describe one observation: every column but the panel's events and target. */
export const observationColumnCount = csvColumns.length - 2;

/** What the cells of one observation need to know beyond the point. */
export interface ObservationCellContext {
  indicator: Pick<Indicator, 'id' | 'name' | 'unit'>;
  /** The measure of the values as written (see panelCsv). */
  measure: Measure;
  sources: ReadonlyMap<string, Source>;
  locale: Locale;
}

export function observationCellContext(
  indicator: Indicator,
  measure: Measure,
  locale: Locale,
): ObservationCellContext {
  return {
    indicator,
    measure,
    sources: new Map(indicator.sources.map((source) => [source.id, source])),
    locale,
  };
}

/**
 * The cells of one region's observation at a period, in the order of csvColumns: a gap, or a
 * period without a point, has empty value, status and source cells.
 */
export function observationCells(
  context: ObservationCellContext,
  region: { id: string; name: string },
  period: string,
  point: Point | undefined,
): (string | number | null)[] {
  const source = point ? context.sources.get(point.sourceId) : undefined;
  return [
    context.indicator.id,
    localized(context.indicator.name, context.locale),
    region.id,
    region.name,
    period,
    point?.value ?? null,
    context.indicator.unit,
    context.measure,
    point?.status ?? '',
    point?.sourceId ?? '',
    source ? formatCitation(source) : '',
    point?.note ?? '',
  ];
}

/**
 * Writes rows of cells as CSV lines, each ending in CRLF, with RFC 4180 quoting. Text cells that
 * start like a formula (=, +, -, @, tab, carriage return) are prefixed with a quote so that a
 * spreadsheet shows them as text; numbers stay numbers, negative ones included.
 */
export function csvLines(rows: readonly (readonly (string | number | null)[])[]): string {
  if (rows.length === 0) return '';
  const text = Papa.unparse(rows as unknown[][], {
    escapeFormulae: true,
    newline: '\r\n',
    quotes: false,
  });
  return `${text}\r\n`;
}

/** The byte-order mark and the header row of the first `count` columns, in the locale. */
export function csvHeaderLine(locale: Locale, count: number = csvColumns.length): string {
  return `\uFEFF${csvLines([csvHeaders[locale].slice(0, count)])}`;
}

/**
 * Writes the values a panel shows as CSV, one row per region and period. The file is UTF-8 with a
 * byte-order mark, so that spreadsheet programs read Chinese correctly; it uses RFC 4180 quoting,
 * and a gap is an empty cell. Text cells that start like a formula (=, +, -, @, tab, carriage
 * return) are prefixed with a quote so that a spreadsheet shows them as text. Numbers stay
 * numbers, negative ones included.
 *
 * The last two columns carry what the chart draws beside the values: the policy events marked at
 * the row's period that concern the row's region, and on each row of a region with a target,
 * where it stands and who set it.
 */
export function panelCsv(model: PanelModel, locale: Locale): string {
  // The measure of the values as shown, not as published. Per-year counts re-expressed from a
  // cumulative indicator say so here, so they are never taken for the published figures.
  const context = observationCellContext(model.view.indicator, model.measure, locale);
  // There is one row per region and period of the panel, as in its table, so a gap is a row with
  // empty cells.
  const events = eventsByPeriod(model.events);
  const rows = model.series.flatMap((series) => {
    const byPeriod = new Map(series.points.map((point) => [point.period, point]));
    const target = model.targets
      .filter((candidate) => candidate.regionId === series.region.id)
      .map(
        (candidate) =>
          `${targetSentence(model, candidate, locale)} ${targetSourceText(candidate, locale)}`,
      )
      .join(' ');
    const region = { id: series.region.id, name: series.regionName };
    return model.periods.map((period) => [
      ...observationCells(context, region, period, byPeriod.get(period)),
      (events.get(period) ?? [])
        .filter((event) => event.regionIds.includes(series.region.id))
        .map((event) => eventItemText(event, locale))
        .join(' | '),
      target,
    ]);
  });
  return `${csvHeaderLine(locale)}${csvLines(rows)}`;
}
