import type { echarts as EchartsNamespace } from './echarts';

/**
 * The chart code, loaded apart from the page's first download so that it arrives while the data
 * is on the way (main.tsx starts it first thing): ECharts with what every panel uses
 * (src/charts/echarts.ts), and zoom for dense charts (src/charts/zoom.ts), each loaded once.
 */
export type Echarts = typeof EchartsNamespace;

let echarts: Echarts | null = null;
let echartsLoading: Promise<Echarts> | null = null;
let zoomLoaded = false;
let zoomLoading: Promise<void> | null = null;

/** ECharts if it has loaded, else null. */
export function loadedEcharts(): Echarts | null {
  return echarts;
}

/** Starts loading ECharts (once) and resolves with it. */
export function loadEcharts(): Promise<Echarts> {
  echartsLoading ??= import('./echarts').then((module) => {
    echarts = module.echarts;
    return module.echarts;
  });
  return echartsLoading;
}

export function denseChartsLoaded(): boolean {
  return zoomLoaded;
}

/** Starts loading (once) and resolves when dense charts can be drawn. */
export function loadDenseCharts(): Promise<void> {
  zoomLoading ??= import('./zoom').then(() => {
    zoomLoaded = true;
  });
  return zoomLoading;
}
