import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the panels use, registered once. Import echarts from here, never from
 * 'echarts' itself: the full package would add several hundred kilobytes to the bundle.
 */
echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export type { EChartsCoreOption as ChartOption } from 'echarts/core';
export { echarts };
