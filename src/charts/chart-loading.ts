import type { echarts as EchartsNamespace } from './echarts';

/**
 * The chart code (src/charts/echarts.ts) is loaded once, apart from the page's entry script, so
 * that it arrives while the data is on the way. main.tsx starts loading it at start-up, right after
 * the mock's code. A failed load is not kept, so a retry loads it again.
 */
export type Echarts = typeof EchartsNamespace;

let echarts: Echarts | null = null;
let echartsLoading: Promise<Echarts> | null = null;

/** ECharts if it has loaded, else null. */
export function loadedEcharts(): Echarts | null {
  return echarts;
}

/** Starts loading ECharts (once) and resolves with it. */
export function loadEcharts(): Promise<Echarts> {
  echartsLoading ??= import('./echarts').then(
    (module) => {
      echarts = module.echarts;
      return module.echarts;
    },
    (error: unknown) => {
      // Forget the failed load so that a retry loads again. A load can fail, for example, when a
      // deploy has removed the old chunk.
      echartsLoading = null;
      throw error;
    },
  );
  return echartsLoading;
}
