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
}

/**
 * The one place that owns an ECharts instance. The instance is created on mount, given each new
 * option whole (so that removed series disappear), resized with its box and disposed on unmount.
 *
 * The chart code is loaded apart from the page's entry (src/charts/chart-loading.ts), so the
 * chart is made once that code has arrived.
 */
export function EChart({ option, dense, className, onZoom, snapshot }: EChartProps) {
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
  useEffect(() => {
    onZoomRef.current = onZoom;
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
      chartRef.current?.setOption(
        snapshotShownRef.current ? { ...option, animation: false } : option,
        {
          notMerge: true,
        },
      );
    };
    if (!dense) {
      apply();
      return;
    }
    const task = setTimeout(apply, 0);
    return () => clearTimeout(task);
  }, [option, dense, echarts]);

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
