import type { Locator } from '@playwright/test';

/**
 * The data marks ECharts drew in a panel: symbols and bars in a series colour, not axes or grid
 * lines. Waiting for their number is how a test knows a redraw for new filters has happened.
 */
export async function dataMarks(panel: Locator): Promise<number> {
  return panel.locator('[data-testid="echart"] svg path[transform]').evaluateAll(
    (paths) =>
      paths.filter((path) => {
        const paint = `${path.getAttribute('fill')} ${path.getAttribute('stroke')}`.toUpperCase();
        return ['#0072B2', '#D55E00', '#009E73'].some((colour) => paint.includes(colour));
      }).length,
  );
}
