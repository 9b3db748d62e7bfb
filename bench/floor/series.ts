/**
 * The default view's three series, 2012-2016, as both floors draw them (the figures and their
 * sources are in fixtures/observations.json): one with a value a year, two with 2016 alone.
 */
export const years = ['2012', '2013', '2014', '2015', '2016'];

export const series: Record<string, (number | null)[]> = {
  first: [26.8, 20.6, 18.0, 14.3, 10.6],
  second: [null, null, null, null, 1500],
  third: [null, null, null, null, 27.1],
};

/**
 * Marks a chart as drawn the way the app's charts do (src/charts/e-chart.tsx). The benchmark waits
 * for this mark.
 */
export function markDrawnOnce(element: HTMLElement) {
  if (element.dataset.drawn === 'true') return;
  element.dataset.drawn = 'true';
  performance.mark('chart-drawn');
}

/** The same minimal line chart in both floors. */
export const lineOption = (data: (number | null)[]) => ({
  animation: false,
  xAxis: { type: 'category', data: years },
  yAxis: { type: 'value' },
  series: [{ type: 'line', data, showSymbol: true }],
});
