import { DataZoomInsideComponent, DataZoomSliderComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { echarts } from './echarts';

/**
 * What only dense charts use, registered when it is loaded, so it is not part of the page's first
 * download (see src/charts/e-chart.tsx): zoom, and the canvas renderer, which redraws a hundred
 * lines several times faster than SVG elements can be rebuilt.
 */
echarts.use([DataZoomInsideComponent, DataZoomSliderComponent, CanvasRenderer]);
