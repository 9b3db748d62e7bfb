import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';
import { markChart } from '../instrumentation';
import { type Echarts, loadEcharts, loadedEcharts } from './chart-loading';
import { snapshotAttribute, useChartSnapshots } from './chart-snapshots';
import './e-chart.css';
import type { ChartTheme } from './chart-theme';
import type { ChartOption } from './echarts';

/**
 * ECharts ships with its English and Chinese texts already registered, so each chart is created in
 * the interface's language.
 */
const echartsLocale: Record<Locale, string> = { en: 'EN', 'zh-CN': 'ZH' };

/** The range a reader zoomed to, as values on the x axis (times on a time axis). */
export interface ZoomRange {
  startValue: number;
  endValue: number;
}

/** A zoom gesture (wheel, drag, slider) is reported once it has paused this long. */
const zoomSettleMs = 300;

export interface EChartProps {
  option: ChartOption;
  /**
   * A dense chart (see isDenseView) draws in a task of its own, so that several updating at once
   * take turns rather than holding the page for the sum of their drawing.
   */
  dense: boolean;
  className?: string;
  /** Called when a reader has zoomed: the range, or null when zoomed out to the whole. */
  onZoom?: (range: ZoomRange | null) => void;
  /**
   * The chart's option in each theme, for a snapshot of it (see chart-snapshots.tsx), given while
   * the chart still shows what the page was rendered with. Once it is not given, a snapshot is
   * out of date and is no longer shown.
   */
  snapshot?: ((theme: ChartTheme) => ChartOption) | undefined;
  /**
   * Where on a category axis to show the axis pointer when the reader points elsewhere (another
   * chart, the keyboard): the category's index, or null for none.
   */
  pointerIndex?: number | null;
  /** Called when the reader's pointer moves to another category of this chart, or leaves it. */
  onPointerIndex?: (index: number | null) => void;
}

/**
 * The one place that owns an ECharts instance. The instance is created on mount, given each new
 * option whole (so that removed series disappear), resized with its box and disposed on unmount.
 *
 * The chart code is loaded apart from the page's entry (src/charts/chart-loading.ts), so the
 * chart is made once that code has arrived.
 */
export function EChart({
  option,
  dense,
  className,
  onZoom,
  snapshot,
  pointerIndex = null,
  onPointerIndex,
}: EChartProps) {
  const { locale } = useI18n();
  const snapshotId = useId();
  const snapshots = useChartSnapshots();
  // A snapshot is looked up once: the page is rendered ahead of the browser only once.
  const [snapshotHtml, setSnapshotHtml] = useState(() =>
    snapshot ? snapshots(snapshotId, snapshot) : undefined,
  );
  const shownSnapshot = snapshot ? snapshotHtml : undefined;
  // Over a snapshot, the live chart draws at once, without animating in, so that it can take the
  // snapshot's place as soon as it has drawn and the reader sees no change but the swap.
  const snapshotShownRef = useRef(shownSnapshot !== undefined);
  snapshotShownRef.current = shownSnapshot !== undefined;
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<Echarts['init']> | null>(null);
  const appliedOptionRef = useRef<ChartOption | null>(null);
  const latestOptionRef = useRef<ChartOption | null>(null);
  const onZoomRef = useRef(onZoom);
  const onPointerIndexRef = useRef(onPointerIndex);
  const pointerIndexRef = useRef(pointerIndex);
  pointerIndexRef.current = pointerIndex;
  useEffect(() => {
    onZoomRef.current = onZoom;
    onPointerIndexRef.current = onPointerIndex;
  });
  const [echarts, setEcharts] = useState(loadedEcharts);
  const [loadError, setLoadError] = useState<unknown>(null);
  // The panel's error boundary says that the chart could not load, and offers a retry.
  if (loadError) throw loadError;

  useEffect(() => {
    if (echarts) return;
    let current = true;
    loadEcharts().then(
      (loaded) => {
        if (current) setEcharts(() => loaded);
      },
      (error: unknown) => {
        if (current) setLoadError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [echarts]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !echarts) return;
    const chart = echarts.init(container, null, { renderer: 'svg', locale: echartsLocale[locale] });
    chartRef.current = chart;
    markChart('created');
    // ECharts fires "finished" after every redraw, including those for a hover or a zoom. Only the
    // first one after the latest option was applied means the chart is drawn. The browser tests
    // and the benchmark wait for the `data-drawn` attribute set here.
    chart.on('finished', () => {
      if (
        container.dataset.drawn === 'false' &&
        appliedOptionRef.current === latestOptionRef.current
      ) {
        container.dataset.drawn = 'true';
        markChart('drawn');
        setSnapshotHtml(undefined);
      }
    });
    // The axis pointer reports the category under the reader's pointer; an empty report, or the
    // pointer leaving the chart, means none. Pointers set by showPointer below report nothing.
    let pointed: number | null = null;
    const point = (index: number | null) => {
      if (index === pointed) return;
      pointed = index;
      onPointerIndexRef.current?.(index);
    };
    chart.on('updateAxisPointer', (event) => {
      const axes = (event as { axesInfo?: { axisDim: string; value: number }[] }).axesInfo ?? [];
      const x = axes.find((axis) => axis.axisDim === 'x');
      point(x ? x.value : null);
    });
    chart.getZr().on('globalout', () => point(null));
    let zoomTimer: ReturnType<typeof setTimeout> | undefined;
    chart.on('datazoom', () => {
      clearTimeout(zoomTimer);
      zoomTimer = setTimeout(() => onZoomRef.current?.(zoomRange(chart)), zoomSettleMs);
    });
    if (appliedOptionRef.current) chart.setOption(appliedOptionRef.current);
    // A ResizeObserver reports the size once when it starts, and a resize redraws the whole
    // chart, so the chart is resized only when its size has really changed.
    let size = `${container.clientWidth}x${container.clientHeight}`;
    const resizeObserver =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            const next = `${container.clientWidth}x${container.clientHeight}`;
            if (next === size) return;
            size = next;
            chart.resize();
          });
    resizeObserver?.observe(container);
    return () => {
      clearTimeout(zoomTimer);
      resizeObserver?.disconnect();
      chart.dispose();
      markChart('disposed');
      chartRef.current = null;
    };
  }, [echarts, locale]);

  useEffect(() => {
    latestOptionRef.current = option;
    if (containerRef.current) containerRef.current.dataset.drawn = 'false';
    if (!echarts) return;
    const apply = () => {
      appliedOptionRef.current = option;
      const chart = chartRef.current;
      if (!chart) return;
      chart.setOption(snapshotShownRef.current ? { ...option, animation: false } : option, {
        notMerge: true,
      });
      showPointer(chart, option, pointerIndexRef.current);
    };
    if (!dense) {
      apply();
      return;
    }
    const task = setTimeout(apply, 0);
    return () => clearTimeout(task);
  }, [option, dense, echarts]);

  useEffect(() => {
    const chart = chartRef.current;
    if (chart && appliedOptionRef.current)
      showPointer(chart, appliedOptionRef.current, pointerIndex);
  }, [pointerIndex]);

  // ECharts writes its aria description on the live element; role="img" makes screen readers read
  // it. The snapshot lies over it, hidden from screen readers, which the live chart's text serves.
  return (
    <div className="chart-frame">
      <div ref={containerRef} className={className} role="img" data-testid="echart" />
      {shownSnapshot !== undefined && (
        <div
          className="chart-frame__snapshot"
          aria-hidden="true"
          {...{ [snapshotAttribute]: snapshotId }}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is ECharts' own rendering of this chart, made ahead of the browser or read back from the page that arrived; no reader's input is in it unescaped.
          dangerouslySetInnerHTML={{ __html: shownSnapshot }}
        />
      )}
    </div>
  );
}

/**
 * Shows the axis pointer at a category, or hides it. A category outside the zoomed window is not
 * shown at the window's edge, where it would point at another period. Values of 0 are always on
 * the panels' y axes (they start at zero), so the point at 0 tells whether the category is inside
 * the grid without reading the chart's whole option back.
 */
function showPointer(
  chart: ReturnType<Echarts['init']>,
  option: ChartOption | null,
  index: number | null,
): void {
  const axis = (option as { xAxis?: { type?: string } } | null)?.xAxis;
  if (axis?.type !== 'category') return;
  const at = index === null ? null : chart.convertToPixel({ gridIndex: 0 }, [index, 0]);
  const inGrid = Array.isArray(at) && chart.containPixel({ gridIndex: 0 }, at);
  chart.setOption({
    xAxis: { axisPointer: inGrid ? { value: index, status: 'show' } : { status: 'hide' } },
  });
}

/** Where a chart is zoomed to, or null when it shows the whole range (or has no zoom). */
function zoomRange(chart: ReturnType<Echarts['init']>): ZoomRange | null {
  const [zoom] = (chart.getOption().dataZoom ?? []) as {
    start?: number;
    end?: number;
    startValue?: number;
    endValue?: number;
  }[];
  if (!zoom || ((zoom.start ?? 0) <= 0 && (zoom.end ?? 100) >= 100)) return null;
  const { startValue, endValue } = zoom;
  return typeof startValue === 'number' && typeof endValue === 'number'
    ? { startValue, endValue }
    : null;
}
