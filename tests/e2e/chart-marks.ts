import { expect, type Locator } from '@playwright/test';

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
 * the highest of them where several regions have a value there. A chart that has just redrawn
 * may still be moving its marks to their places, so this looks again until one is there.
 */
export async function markAt(panel: Locator, period: string): Promise<Locator> {
  const chart = panel.locator('[data-testid="echart"] svg');
  const find = () =>
    chart.evaluate((svg, label) => {
      const centre = (element: Element) => {
        const box = element.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      };
      const tick = [...svg.querySelectorAll('text')].find((text) => text.textContent === label);
      if (!tick) return -1;
      const x = centre(tick).x;
      const candidates = [...svg.querySelectorAll('path[transform]')]
        .map((mark, position) => ({ position, ...centre(mark) }))
        .filter((mark) => Math.abs(mark.x - x) < 3)
        .sort((a, b) => a.y - b.y);
      return candidates[0]?.position ?? -1;
    }, period);
  let index = -1;
  await expect
    .poll(
      async () => {
        index = await find();
        return index;
      },
      { message: `a mark above "${period}"` },
    )
    .toBeGreaterThanOrEqual(0);
  return marks(panel).nth(index);
}
