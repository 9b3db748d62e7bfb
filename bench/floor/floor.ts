// The benchmark's floor: the default view's three charts drawn from inline data with nothing
// else (no framework, no API, no parsing), with the same tree-shaken ECharts build.
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, SVGRenderer]);

const years = ['2012', '2013', '2014', '2015', '2016'];
const series = [
  [26.8, 20.6, 18.0, 14.3, 10.6],
  [null, null, null, null, 1500],
  [null, null, null, null, 27.1],
];

series.forEach((data, index) => {
  const element = document.getElementById(`chart-${index}`);
  if (!element) return;
  const chart = echarts.init(element, null, { renderer: 'svg' });
  // The same signals as the app's charts (src/charts/e-chart.tsx), which the bench waits for.
  chart.on('finished', () => {
    if (element.dataset.drawn === 'true') return;
    element.dataset.drawn = 'true';
    performance.mark('chart-drawn');
  });
  chart.setOption({
    animation: false,
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value' },
    series: [{ type: 'line', data, showSymbol: true }],
  });
});
