import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The floor's ECharts build, in a chunk of its own as the app's (src/charts/echarts.ts), and so
 * named: the bench counts it in the JavaScript loaded at start-up as it does the app's.
 */
use([LineChart, GridComponent, SVGRenderer]);

export { init };
