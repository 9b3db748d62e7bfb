import type { ObservationStatus, Point } from '../api/schemas';
import { formatValue } from '../domain/format';
import { statusLabel, unitLabel } from '../domain/labels';
import type { Locale } from '../domain/locale';
import type { PanelModel } from '../domain/panel-model';
import { summarizePanel } from '../domain/panel-summary';
import { periodLabel } from '../domain/periods';
import { formatCitation } from '../domain/provenance';
import type { ChartTheme } from './chart-theme';
import type { ChartOption } from './echarts';
import { escapeHtml } from './escape-html';
import { chartInk, seriesColor, seriesDash } from './palette';

/** How each status is drawn: by shape and fill, never by colour alone. */
export const statusSymbols: Record<ObservationStatus, string> = {
  reported: 'circle',
  estimated: 'emptyCircle',
  derived: 'emptyDiamond',
};

const barDecals: Record<ObservationStatus, object | undefined> = {
  reported: undefined,
  estimated: {
    symbol: 'rect',
    dashArrayX: [1, 0],
    dashArrayY: [2, 4],
    rotation: -Math.PI / 4,
    color: 'rgba(255,255,255,0.7)',
  },
  derived: {
    symbol: 'circle',
    symbolSize: 0.6,
    dashArrayX: [[4, 4]],
    dashArrayY: [4, 4],
    color: 'rgba(255,255,255,0.8)',
  },
};

export interface PanelOptionSettings {
  locale: Locale;
  animation: boolean;
  /** Light unless given: exported figures are always light. */
  theme?: ChartTheme;
}

function tooltipHtml(model: PanelModel, regionName: string, point: Point, locale: Locale): string {
  const source = model.indicator.sources.find((candidate) => candidate.id === point.sourceId);
  const lines = [
    `<strong>${escapeHtml(regionName)}, ${escapeHtml(periodLabel(point.period, locale))}</strong>`,
    `${escapeHtml(point.value === null ? '—' : formatValue(point.value, model.indicator.unit, locale))} (${statusLabel(point.status, locale)})`,
    escapeHtml(source ? formatCitation(source) : point.sourceId),
  ];
  if (point.note) lines.push(`<em>${escapeHtml(point.note)}</em>`);
  return lines.join('<br/>');
}

/** The ECharts option for a panel: data in, option out, no DOM. */
export function buildPanelOption(model: PanelModel, settings: PanelOptionSettings): ChartOption {
  const { locale } = settings;
  const theme = settings.theme ?? 'light';
  const ink = chartInk[theme];
  const isBar = model.chartKind === 'bar';
  // Regions without a value in the range are left off the chart (the panel notes say so), but
  // keep their colour index so a region has the same colour whatever else is selected.
  const drawn = model.series
    .map((entry, index) => ({ entry, index, color: seriesColor(index, theme) }))
    .filter(({ entry }) => entry.deltas.first !== null);
  const series = drawn.map(({ entry, index, color }) => {
    const byPeriod = new Map(entry.points.map((point) => [point.period, point]));
    return {
      type: model.chartKind,
      name: entry.regionName,
      color,
      // Regions differ by line pattern as well as colour, for readers who cannot tell the colours apart.
      lineStyle: { type: seriesDash(index), width: 2 },
      connectNulls: false,
      showSymbol: true,
      symbolSize: 9,
      barMaxWidth: 36,
      data: model.periods.map((period) => {
        const point = byPeriod.get(period);
        if (!point || point.value === null) return null;
        const decal = barDecals[point.status];
        return {
          value: point.value,
          point,
          symbol: statusSymbols[point.status],
          itemStyle: isBar && decal ? { decal, opacity: 0.85 } : { borderWidth: 2 },
        };
      }),
    };
  });

  return {
    animation: settings.animation,
    textStyle: { color: ink.text },
    aria: { enabled: true, label: { description: summarizePanel(model, locale) } },
    grid: {
      left: 8,
      right: 16,
      top: 32,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      backgroundColor: ink.tooltip,
      borderColor: ink.grid,
      textStyle: { color: ink.text },
      formatter: (params: { seriesIndex?: number; data?: { point?: Point } | null }) => {
        const entry = drawn[params.seriesIndex ?? -1]?.entry;
        const point = params.data?.point;
        return entry && point ? tooltipHtml(model, entry.regionName, point, locale) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: model.periods.map((period) => periodLabel(period, locale)),
      boundaryGap: isBar || model.periods.length === 1,
      axisLine: { lineStyle: { color: ink.axis } },
      axisLabel: { color: ink.axis },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      name: unitLabel(model.indicator.unit, locale),
      nameTextStyle: { align: 'left', color: ink.axis },
      axisLabel: { color: ink.axis },
      splitLine: { lineStyle: { color: ink.grid } },
      nameGap: 12,
      scale: false,
    },
    series,
  };
}
