import type { Locator } from '@playwright/test';

/**
 * The data marks ECharts drew in a panel's chart. In its SVG, each mark (a point's symbol) is a
 * path placed by a transform, and nothing else is: axes, grid lines and the lines between points
 * are drawn in place. Tests find marks by where they are, as a reader does, never by colour.
 */
const marks = (panel: Locator) => panel.locator('[data-testid="echart"] svg path[transform]');

/** How many marks a panel's chart shows: how a test knows a redraw for new filters happened. */
export function dataMarks(panel: Locator): Promise<number> {
  return marks(panel).count();
}

/**
 * The mark a reader would point at for a period: the one above the period's label on the x axis,
 * the highest of them where several regions have a value there.
 */
export async function markAt(panel: Locator, period: string): Promise<Locator> {
  const chart = panel.locator('[data-testid="echart"] svg');
  const index = await chart.evaluate((svg, label) => {
    const centre = (element: Element) => {
      const box = element.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const tick = [...svg.querySelectorAll('text')].find((text) => text.textContent === label);
    if (!tick) throw new Error(`no axis label "${label}"`);
    const x = centre(tick).x;
    const candidates = [...svg.querySelectorAll('path[transform]')]
      .map((mark, position) => ({ position, ...centre(mark) }))
      .filter((mark) => Math.abs(mark.x - x) < 3)
      .sort((a, b) => a.y - b.y);
    const highest = candidates[0];
    if (!highest) throw new Error(`no mark above "${label}"`);
    return highest.position;
  }, period);
  return marks(panel).nth(index);
}
