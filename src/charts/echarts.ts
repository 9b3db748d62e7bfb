import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the panels use, registered once. Import echarts from here, never from
 * 'echarts' itself: the full package would add several hundred kilobytes to the bundle. Zoom is
 * only used by dense charts, but it is registered here with the rest. When it was loaded on first
 * use instead, it arrived after the data and held up those charts' first draw (see
 * docs/performance.md).
 */
echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  AriaComponent,
  // The policy events' and the targets' lines.
  MarkLineComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  SVGRenderer,
]);

export type { EChartsCoreOption as ChartOption } from 'echarts/core';
export { echarts };
