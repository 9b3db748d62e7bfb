import { DataZoomInsideComponent, DataZoomSliderComponent } from 'echarts/components';
import { echarts } from './echarts';

/**
 * ECharts' zoom, registered when it is loaded: only dense charts use it, so it is not part of the
 * page's first download (see src/charts/chart-loading.ts).
 */
echarts.use([DataZoomInsideComponent, DataZoomSliderComponent]);
