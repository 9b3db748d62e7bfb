/**
 * What dense charts need beyond the first download (src/charts/zoom.ts: zoom controls), loaded
 * once, the first time it is asked for.
 */
let loaded = false;
let loading: Promise<void> | null = null;

export function denseChartsLoaded(): boolean {
  return loaded;
}

/** Starts loading (once) and resolves when dense charts can be drawn. */
export function loadDenseCharts(): Promise<void> {
  loading ??= import('./zoom').then(() => {
    loaded = true;
  });
  return loading;
}
