import Papa from 'papaparse';
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
  const sources = new Map(model.view.indicator.sources.map((source) => [source.id, source]));
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
    return model.periods.map((period) => {
      const point = byPeriod.get(period);
      const source = point ? sources.get(point.sourceId) : undefined;
      return [
        model.view.indicator.id,
        localized(model.view.indicator.name, locale),
        series.region.id,
        series.regionName,
        period,
        point?.value ?? null,
        model.view.indicator.unit,
        // The measure of the values as shown, not as published. Per-year counts re-expressed from
        // a cumulative indicator say so here, so they are never taken for the published figures.
        model.measure,
        point?.status ?? '',
        point?.sourceId ?? '',
        source ? formatCitation(source) : '',
        point?.note ?? '',
        (events.get(period) ?? [])
          .filter((event) => event.regionIds.includes(series.region.id))
          .map((event) => eventItemText(event, locale))
          .join(' | '),
        target,
      ];
    });
  });
  const csv = Papa.unparse(
    { fields: [...csvHeaders[locale]], data: rows },
    { escapeFormulae: true, newline: '\r\n', quotes: false },
  );
  return `\uFEFF${csv}\r\n`;
}
