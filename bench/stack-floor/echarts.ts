import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The stack floor's ECharts build. Like the app's (src/charts/echarts.ts), it is a chunk of its own
 * with the same name, so that the benchmark counts it in the JavaScript loaded at start-up as it
 * does the app's.
 */
use([LineChart, GridComponent, SVGRenderer]);

export { init };
