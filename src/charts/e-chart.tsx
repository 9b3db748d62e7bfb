import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { type ChartOption, echarts, echartsLocale } from './echarts';

/**
 * User Timing marks: a chart finished drawing (the benchmark waits for it), and charts created
 * and disposed (a test counts live instances from them, as a leak would leave one undisposed).
 */
export const chartFinishedMark = 'chart-finished';
export const chartCreatedMark = 'chart-created';
export const chartDisposedMark = 'chart-disposed';

/**
 * Zoom controls are loaded the first time a dense chart needs them (src/charts/zoom.ts). ECharts
 * fixes an instance's processing steps when it is created, so a chart made before they were
 * loaded is made again once they are.
 */
let zoomLoaded = false;
let zoomLoading: Promise<unknown> | null = null;
const needsZoom = (option: ChartOption) => 'dataZoom' in option;

export interface EChartProps {
  option: ChartOption;
  className?: string;
}

/**
 * The one place that owns an ECharts instance: created on mount, given each new option whole
 * (so removed series disappear), resized with its box, disposed on unmount.
 */
export function EChart({ option, className }: EChartProps) {
  const { locale } = useI18n();
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const appliedOptionRef = useRef<ChartOption | null>(null);
  const [zoomReady, setZoomReady] = useState(zoomLoaded);
  const canDraw = zoomReady || !needsZoom(option);

  useEffect(() => {
    if (zoomReady || !needsZoom(option)) return;
    let current = true;
    zoomLoading ??= import('./zoom').then(() => {
      zoomLoaded = true;
    });
    void zoomLoading.then(() => {
      if (current) setZoomReady(true);
    });
    return () => {
      current = false;
    };
  }, [option, zoomReady]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: zoomReady remakes the chart (see above)
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = echarts.init(container, null, { renderer: 'svg', locale: echartsLocale[locale] });
    chartRef.current = chart;
    performance.mark(chartCreatedMark);
    // A User Timing mark each time a chart has finished drawing: what the benchmark waits for.
    chart.on('finished', () => {
      performance.mark(chartFinishedMark);
    });
    if (appliedOptionRef.current) chart.setOption(appliedOptionRef.current);
    const resizeObserver =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.resize());
    resizeObserver?.observe(container);
    return () => {
      resizeObserver?.disconnect();
      chart.dispose();
      performance.mark(chartDisposedMark);
      chartRef.current = null;
    };
  }, [locale, zoomReady]);

  useEffect(() => {
    if (!canDraw) return;
    appliedOptionRef.current = option;
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option, canDraw]);

  // ECharts writes its aria description on this element; role="img" makes screen readers read it.
  return <div ref={containerRef} className={className} role="img" data-testid="echart" />;
}
