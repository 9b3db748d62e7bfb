import { fixtureCatalog } from '../fixtures/catalog';
import { composeFigureSvg } from '../src/charts/figure';
import { buildPanelModel } from '../src/domain/panel-model';
import { panelView } from '../src/domain/panel-view';
import { defaultFonts } from './export-args';
import { renderPng } from './render-png';

/**
 * The figure the visual test compares with tests/visual/poverty-rate-slide.png: Guizhou and
 * China's poverty rates 2012-2016, slide size, with a fixed export date so that it never changes
 * by itself. `npm run figure:reference` rewrites the reference after an intended layout change.
 */
export const referencePath = 'tests/visual/poverty-rate-slide.png';

export function referenceFigurePng(): Buffer {
  const indicator = fixtureCatalog.indicators.find((candidate) => candidate.id === 'poverty-rate');
  if (!indicator) throw new Error('poverty-rate is missing from the fixtures');
  const regions = fixtureCatalog.regions.filter(
    (region) => region.id === 'CN-GZ' || region.id === 'CN',
  );
  const view = panelView({
    indicator,
    regions,
    fromYear: 2012,
    toYear: 2016,
    shownStatuses: ['estimated', 'derived'],
    countView: 'as-published',
  });
  const model = buildPanelModel(view, fixtureCatalog.series, 'en');
  const svg = composeFigureSvg(model, {
    locale: 'en',
    size: 'slide',
    viewPath: '/?indicator=poverty-rate&region=CN-GZ,CN&from=2012&to=2016',
    exportDate: '2026-01-01',
  });
  return renderPng(svg, 'slide', defaultFonts);
}
