import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../domain/locale';
import { useI18n } from '../i18n/i18n-context';
import { type Echarts, isZoomLoaded, loadEcharts, loadedEcharts, loadZoom } from './chart-loading';
import type { ChartOption } from './echarts';

/**
 * User Timing marks: a chart has drawn the option it was last given (once per option, and its
 * `data-drawn` attribute says so: what tests and the benchmark wait for), and charts created and
 * disposed (a test counts live instances from them, as a leak would leave one undisposed).
 */
export const chartDrawnMark = 'chart-drawn';
export const chartCreatedMark = 'chart-created';
export const chartDisposedMark = 'chart-disposed';

/** ECharts ships its English and Chinese texts registered; charts are created in the interface's. */
const echartsLocale: Record<Locale, string> = { en: 'EN', 'zh-CN': 'ZH' };

/** On screen, a dense chart's option has zoom controls (see buildPanelOption). */
const needsZoom = (option: ChartOption) => 'dataZoom' in option;

export interface EChartProps {
  option: ChartOption;
  className?: string;
}

/**
 * The one place that owns an ECharts instance: created on mount, given each new option whole
 * (so removed series disappear), resized with its box, disposed on unmount.
 *
 * The chart code is loaded apart from the first download (src/charts/chart-loading.ts), and a
 * dense chart's zoom on first use. ECharts fixes an instance's processing steps when it is
 * created, so a chart made before zoom was loaded is made again once it is.
 */
export function EChart({ option, className }: EChartProps) {
  const { locale } = useI18n();
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<Echarts['init']> | null>(null);
  const appliedOptionRef = useRef<ChartOption | null>(null);
  const latestOptionRef = useRef<ChartOption | null>(null);
  const [echarts, setEcharts] = useState(loadedEcharts);
  const [zoomReady, setZoomReady] = useState(isZoomLoaded);
  const [loadError, setLoadError] = useState<unknown>(null);
  // The panel's error boundary says that the chart could not load, and offers a retry.
  if (loadError) throw loadError;
  const canDraw = echarts !== null && (zoomReady || !needsZoom(option));

  useEffect(() => {
    let current = true;
    const failed = (error: unknown) => {
      if (current) setLoadError(error);
    };
    if (!echarts) {
      loadEcharts().then((loaded) => {
        if (current) setEcharts(() => loaded);
      }, failed);
    }
    if (!zoomReady && needsZoom(option)) {
      loadZoom().then(() => {
        if (current) setZoomReady(true);
      }, failed);
    }
    return () => {
      current = false;
    };
  }, [echarts, option, zoomReady]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: zoomReady remakes the chart (see above)
  useEffect(() => {
    const container = containerRef.current;
    if (!container || !echarts) return;
    const chart = echarts.init(container, null, { renderer: 'svg', locale: echartsLocale[locale] });
    chartRef.current = chart;
    performance.mark(chartCreatedMark);
    // ECharts says "finished" after every redraw (hover, zoom); the first after the latest
    // option was applied is the one that counts.
    chart.on('finished', () => {
      if (
        container.dataset.drawn === 'false' &&
        appliedOptionRef.current === latestOptionRef.current
      ) {
        container.dataset.drawn = 'true';
        performance.mark(chartDrawnMark);
      }
    });
    if (appliedOptionRef.current) chart.setOption(appliedOptionRef.current);
    // Observing reports the size once at the start, and a resize redraws the whole chart: only a
    // change of size is worth one.
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
      resizeObserver?.disconnect();
      chart.dispose();
      performance.mark(chartDisposedMark);
      chartRef.current = null;
    };
  }, [echarts, locale, zoomReady]);

  useEffect(() => {
    latestOptionRef.current = option;
    if (containerRef.current) containerRef.current.dataset.drawn = 'false';
    if (!canDraw) return;
    const apply = () => {
      appliedOptionRef.current = option;
      chartRef.current?.setOption(option, { notMerge: true });
    };
    if (!needsZoom(option)) {
      apply();
      return;
    }
    // A dense chart draws in a task of its own: several updating at once take turns rather than
    // holding the page for the sum of their drawing.
    const task = setTimeout(apply, 0);
    return () => clearTimeout(task);
  }, [option, canDraw]);

  // ECharts writes its aria description on this element; role="img" makes screen readers read it.
  return <div ref={containerRef} className={className} role="img" data-testid="echart" />;
}
