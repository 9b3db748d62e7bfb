import { minutePeriod, periodStart } from '../contract/periods';
import type { ObservationStatus, Point } from '../contract/schemas';
import { escapeHtml } from '../domain/escape-html';
import { formatValue } from '../domain/format';
import { statusLabel, unitLabel } from '../domain/labels';
import { eventsByPeriod } from '../domain/panel-events';
import type { PanelModel } from '../domain/panel-model';
import { summarizePanel, targetLabel } from '../domain/panel-summary';
import { isDenseView } from '../domain/panel-view';
import { periodLabel } from '../domain/periods';
import { formatCitation } from '../domain/provenance';
import type { TimeWindow } from '../domain/zoom-detail';
import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/translate';
import type { ChartTheme } from './chart-theme';
import type { ChartOption } from './echarts';
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
  /** On screen, a long series gets zoom controls; an exported figure shows the whole range. */
  zoom?: boolean;
  /**
   * Where a chart of minutes is zoomed to, so that the redrawn chart opens there (see
   * src/domain/zoom-detail.ts).
   */
  zoomWindow?: TimeWindow | null;
  /** Light unless given, because exported figures are always light. */
  theme?: ChartTheme;
}

function tooltipHtml(model: PanelModel, regionName: string, point: Point, locale: Locale): string {
  const source = model.view.indicator.sources.find((candidate) => candidate.id === point.sourceId);
  const lines = [
    `<strong>${escapeHtml(regionName)}, ${escapeHtml(periodLabel(point.period, locale))}</strong>`,
    `${escapeHtml(point.value === null ? '—' : formatValue(point.value, model.view.indicator.unit, locale))} (${statusLabel(point.status, locale)})`,
    escapeHtml(source ? formatCitation(source) : point.sourceId),
  ];
  if (point.note) lines.push(`<em>${escapeHtml(point.note)}</em>`);
  return lines.join('<br/>');
}

/**
 * Lines with more points than this (about a chart's width in pixels) are thinned to the pixels when
 * they are drawn.
 */
const lttbAbove = 600;

/**
 * How a region's line is drawn. Each region has its own dash pattern, so that regions differ by
 * more than colour. A dense chart draws solid lines instead: a few patterns cannot tell a hundred
 * lines apart, and dashing them costs more than drawing them.
 */
export function regionLineDash(model: PanelModel, index: number): string | number[] {
  return isDenseView(model.view) ? 'solid' : seriesDash(index);
}

interface DrawnSeriesEntry {
  entry: PanelModel['series'][number];
  /**
   * Finds the point behind a data item by the item's index. The items do not carry their points,
   * so that ECharts has less to copy.
   */
  pointAt: (dataIndex: number) => Point | undefined;
}

function itemTooltipHtml(
  model: PanelModel,
  item: TooltipItem,
  drawn: DrawnSeriesEntry[],
  locale: Locale,
): string | null {
  const series = drawn[item.seriesIndex ?? -1];
  const point = series?.pointAt(item.dataIndex ?? -1);
  return series && point ? tooltipHtml(model, series.entry.regionName, point, locale) : null;
}

function axisTooltipHtml(
  model: PanelModel,
  items: TooltipItem[],
  drawn: DrawnSeriesEntry[],
  locale: Locale,
): string {
  const withPoint = items.filter((item) =>
    drawn[item.seriesIndex ?? -1]?.pointAt(item.dataIndex ?? -1),
  );
  const shown = withPoint
    .slice(0, maxTooltipSeries)
    .flatMap((item) => itemTooltipHtml(model, item, drawn, locale) ?? []);
  const more = withPoint.length - shown.length;
  return [
    ...shown,
    ...(more > 0 ? [escapeHtml(translate(locale, 'chart.moreSeries', { count: more }))] : []),
  ].join('<br/><br/>');
}

const maxTooltipSeries = 4;

type TooltipItem = { seriesIndex?: number; dataIndex?: number };

type Ink = (typeof chartInk)['light'];

/**
 * The events as thin dashed vertical lines, one per period that has any, labelled with the
 * events' numbers at the top ("1", "2, 3"); the list below the chart gives each number's date,
 * title and source. Numbers stay legible where a title would overlap its neighbour.
 */
function eventLines(model: PanelModel, ink: Ink): object[] {
  return [...eventsByPeriod(model.events)].map(([period, events]) => ({
    // Events sit only on category axes (periodOfDate puts none on a minute axis), by index.
    xAxis: model.periods.indexOf(period),
    lineStyle: { type: [4, 3], width: 1, color: ink.axis, opacity: 0.8 },
    label: {
      show: true,
      position: 'end',
      color: ink.text,
      fontWeight: 'bold',
      formatter: events.map((event) => event.number).join(', '),
    },
  }));
}

/**
 * A region's target as a dotted horizontal line at its value, in the region's colour, labelled
 * "target 0 % by 2020" at its right end. Regions drawn with the same target share one line, on
 * the first of them. A line rather than a point, so the level is there to read against even when
 * the target's year is beyond the years shown.
 */
function targetLines(
  model: PanelModel,
  regionId: string,
  drawnRegionIds: ReadonlySet<string>,
  locale: Locale,
  color: string,
): object[] {
  const drawnTargets = model.targets.filter((target) => drawnRegionIds.has(target.regionId));
  const sameAsEarlier = (index: number) =>
    drawnTargets
      .slice(0, index)
      .some(
        (other) =>
          other.target.value === drawnTargets[index]?.target.value &&
          other.target.period === drawnTargets[index]?.target.period,
      );
  return drawnTargets.flatMap((target, index) => {
    if (target.regionId !== regionId || sameAsEarlier(index)) return [];
    const label = targetLabel(model, target, locale);
    return [
      {
        yAxis: target.target.value,
        lineStyle: { type: [2, 3], width: 1.5, color },
        label: { show: true, position: 'insideEndTop', color, formatter: label },
      },
    ];
  });
}

/**
 * The marks on one series: the chart's events on the first series, and the region's targets.
 * They lie beneath the lines and points (ECharts draws a series at z 2, its marks at 5 unless told)
 * and take no pointer events, so a line through a point never takes the point's tooltip; the list
 * under the chart says what each mark is.
 */
function markLineOf(items: object[]) {
  if (items.length === 0) return null;
  return { silent: true, z: 1, symbol: ['none', 'none'], animation: false, data: items };
}

/** The ECharts option for a panel: data in, option out, no DOM. */
export function buildPanelOption(model: PanelModel, settings: PanelOptionSettings): ChartOption {
  const { locale } = settings;
  const theme = settings.theme ?? 'light';
  const ink = chartInk[theme];
  const isBar = model.chartKind === 'bar';
  // Minutes are drawn on a time axis. Other periods are categories, each in its own place on the
  // axis.
  const timeAxis = model.view.indicator.frequency === 'minutely';
  const isDense = isDenseView(model.view);
  const onlyReported = model.statuses.every((status) => status === 'reported');
  // Only a dense chart on screen gets zoom controls. Exports always cover the whole view, as the
  // export menu says.
  const zoom = settings.zoom === true && isDense;
  // The zoom window is given as values on the time axis, so that a redraw with more points opens
  // at the same place.
  const openAt =
    zoom && timeAxis && settings.zoomWindow
      ? {
          startValue: periodStart(settings.zoomWindow.start),
          endValue: periodStart(settings.zoomWindow.end),
        }
      : null;
  // Regions without a value in the range are left off the chart (the panel notes say so), but
  // keep their colour index so a region has the same colour whatever else is selected.
  const drawn = model.series
    .map((entry, index) => ({ entry, index, color: seriesColor(index, theme) }))
    .filter(({ entry }) => entry.deltas.first !== null)
    .map((candidate) => {
      const { points } = candidate.entry;
      const byPeriod = new Map(points.map((point) => [point.period, point]));
      const pointAt = timeAxis
        ? (dataIndex: number) => points[dataIndex]
        : (dataIndex: number) => byPeriod.get(model.periods[dataIndex] ?? '');
      return { ...candidate, byPeriod, pointAt };
    });
  // On a dense chart, reported values are plain numbers, with no mark and nothing more for ECharts
  // to copy and keep per item. Estimated and derived values keep their marks, so their status
  // still shows.
  const item = (point: Point, value: number | [number, number]) => {
    if (isDense && point.status === 'reported') return value;
    const decal = barDecals[point.status];
    return {
      value,
      symbol: statusSymbols[point.status],
      itemStyle: isBar && decal ? { decal, opacity: 0.85 } : { borderWidth: 2 },
    };
  };
  const events = eventLines(model, ink);
  const drawnRegionIds = new Set(drawn.map(({ entry }) => entry.region.id));
  const series = drawn.map(({ entry, index, color, byPeriod }, drawnIndex) => {
    // The events belong to the chart, not to a region, but ECharts draws marks on a series, so
    // the first series carries them.
    const markLine = markLineOf([
      ...(drawnIndex === 0 ? events : []),
      ...targetLines(model, entry.region.id, drawnRegionIds, locale, color),
    ]);
    return {
      ...(markLine ? { markLine } : {}),
      type: model.chartKind,
      name: entry.regionName,
      color,
      // Regions differ by line pattern as well as colour, for readers who cannot tell the colours
      // apart (except on a dense chart, see regionLineDash).
      lineStyle: { type: regionLineDash(model, index), width: isDense ? 1 : 2 },
      connectNulls: false,
      showSymbol: true,
      // On a dense chart, the plain-number items (reported values) take the series' symbol, which
      // is none.
      ...(isDense ? { symbol: 'none' } : {}),
      symbolSize: isDense ? 7 : 9,
      // A dense chart does not highlight lines on hover, because highlighting a hundred lines would
      // redraw them all.
      ...(isDense ? { emphasis: { disabled: true } } : {}),
      barMaxWidth: 36,
      // On a dense chart of reported values only, ECharts thins lines that have more points than
      // pixels (largest-triangle sampling keeps the peaks) and draws bars progressively, a few
      // thousand per frame.
      ...(isDense && onlyReported
        ? isBar
          ? { large: true, largeThreshold: 2000, progressive: 2000, progressiveThreshold: 4000 }
          : // A zoomed chart's window arrives with at most panelMaxPoints (two a pixel), so it
            // is drawn as it came. ECharts' LTTB, given sparse points outside the window and
            // dense ones inside, drew some of them out of order.
            entry.points.length > lttbAbove && openAt === null
            ? { sampling: 'lttb' }
            : {}
        : {}),
      // A dense chart's lines take no pointer events of their own. The tooltip follows the axis
      // instead, so a hundred lines are not hit-tested on every move.
      ...(isDense ? { silent: true } : {}),
      data: timeAxis
        ? entry.points.map((point) =>
            item(point, [periodStart(point.period), point.value ?? Number.NaN]),
          )
        : model.periods.map((period) => {
            const point = byPeriod.get(period);
            return point && point.value !== null ? item(point, point.value) : null;
          }),
    };
  });

  return {
    animation: settings.animation && !isDense,
    // Minute periods are in UTC, as their labels, tooltips and the zoom slider say, so the axis is
    // in UTC too.
    useUTC: true,
    textStyle: { color: ink.text },
    aria: { enabled: true, label: { description: summarizePanel(model, locale) } },
    grid: {
      left: 8,
      right: 16,
      top: 32,
      bottom: zoom ? 44 : 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      // On a dense chart, reported values have no mark to point at, so the tooltip follows the
      // axis.
      trigger: isDense ? 'axis' : 'item',
      confine: true,
      backgroundColor: ink.tooltip,
      borderColor: ink.grid,
      textStyle: { color: ink.text },
      formatter: (params: TooltipItem | TooltipItem[]) =>
        Array.isArray(params)
          ? axisTooltipHtml(model, params, drawn, locale)
          : (itemTooltipHtml(model, params, drawn, locale) ?? ''),
    },
    ...(zoom
      ? {
          dataZoom: [
            { type: 'inside', throttle: 50, ...openAt },
            {
              type: 'slider',
              ...openAt,
              height: 20,
              bottom: 8,
              throttle: 50,
              textStyle: { color: ink.axis },
              labelFormatter: timeAxis
                ? (time: number) => periodLabel(minutePeriod(time), locale)
                : undefined,
            },
          ],
        }
      : {}),
    xAxis: timeAxis
      ? {
          type: 'time',
          axisLine: { lineStyle: { color: ink.axis } },
          axisLabel: { color: ink.axis, hideOverlap: true },
        }
      : {
          type: 'category',
          data: model.periods.map((period) => periodLabel(period, locale)),
          boundaryGap: isBar || model.periods.length === 1,
          axisLine: { lineStyle: { color: ink.axis } },
          axisLabel: { color: ink.axis },
          axisTick: { alignWithLabel: true },
          // The pointer at the period the reader points at, here or on another panel (EChart's
          // pointerIndex). It moves with the pointer but leaves the tooltip to the points.
          axisPointer: {
            show: true,
            type: 'line',
            // A dense chart's tooltip follows the axis (see tooltip above); a light chart's stays
            // with its points.
            triggerTooltip: isDense,
            lineStyle: { color: ink.text, type: 'solid', width: 1 },
            label: { show: true, backgroundColor: ink.axis, color: ink.tooltip },
          },
        },
    yAxis: {
      type: 'value',
      name: unitLabel(model.view.indicator.unit, locale),
      nameTextStyle: { align: 'left', color: ink.axis },
      axisLabel: { color: ink.axis },
      splitLine: { lineStyle: { color: ink.grid } },
      nameGap: 12,
      scale: false,
    },
    series,
  };
}
