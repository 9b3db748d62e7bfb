import { fixtureCatalog } from '../fixtures/catalog';
import { composeFigureSvg } from '../src/charts/figure';
import { defaultFilters } from '../src/domain/filter-state';
import { buildPanelModel } from '../src/domain/panel-model';
import { panelViews } from '../src/domain/panel-view';
import { defaultFonts } from './export-args';
import { renderPng } from './render-png';

/**
 * The figure the visual test compares with tests/visual/poverty-rate-slide.png: Guizhou and
 * China's poverty rates 2012-2016 with their events and target, slide size, with a fixed export date so that it never changes
 * by itself. `npm run figure:reference` rewrites the reference after an intended layout change.
 */
export const referencePath = 'tests/visual/poverty-rate-slide.png';

export function referenceFigurePng(): Buffer {
  const [view] = panelViews(
    {
      ...defaultFilters,
      indicatorIds: ['poverty-rate'],
      regionIds: ['CN-GZ', 'CN'],
      fromYear: 2012,
      toYear: 2016,
    },
    fixtureCatalog,
  );
  if (!view) throw new Error('poverty-rate is missing from the fixtures');
  const model = buildPanelModel(view, fixtureCatalog.series, 'en');
  const svg = composeFigureSvg(model, {
    locale: 'en',
    size: 'slide',
    viewPath: '/?indicator=poverty-rate&region=CN-GZ,CN&from=2012&to=2016',
    exportDate: '2026-01-01',
  });
  return renderPng(svg, 'slide', defaultFonts);
}
