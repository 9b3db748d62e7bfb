// The benchmark's floor: the default view's three charts drawn from inline data with nothing
// else (no framework, no API, no parsing), with the same tree-shaken ECharts build.
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { lineOption, markDrawnOnce, series } from './series';

echarts.use([LineChart, GridComponent, SVGRenderer]);

Object.values(series).forEach((data, index) => {
  const element = document.getElementById(`chart-${index}`);
  if (!element) return;
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.on('finished', () => markDrawnOnce(element));
  chart.setOption(lineOption(data));
});
