/**
 * The default view's three charts, 2012-2020, as both floors draw them (the figures and their
 * sources are in fixtures/observations.json; docs/decisions/0009-default-view.md): each chart's
 * lines, Guizhou first and China second, a value or a gap for each year.
 */
export const years = ['2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020'];

export const series: Record<string, (number | null)[][]> = {
  first: [
    [26.8, 20.6, 18.0, 14.3, 10.6, 7.75, 4.3, 0.85, 0],
    [10.2, 8.5, 7.2, 5.7, 4.5, 3.1, 1.7, 0.6, null],
  ],
  second: [[null, null, null, null, 1500, 3800, null, null, 9000]],
  third: [
    [null, null, null, null, 27.1, null, null, null, null],
    [null, null, null, 96, null, 39.1, 30.4, 19.1, 8.9],
  ],
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

/** The same minimal line chart in both floors, a line per region. */
export const lineOption = (lines: (number | null)[][]) => ({
  animation: false,
  xAxis: { type: 'category', data: years },
  yAxis: { type: 'value' },
  series: lines.map((data) => ({ type: 'line', data, showSymbol: true })),
});
