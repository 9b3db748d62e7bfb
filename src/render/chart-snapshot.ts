import type { ChartSnapshots } from '../charts/chart-snapshots';
import type { ChartTheme } from '../charts/chart-theme';
import { type ChartOption, echarts } from '../charts/echarts';
import { estimateTextWidth } from '../charts/figure-text';

/**
 * A chart's snapshot, drawn by ECharts' server-side SVG renderer from the same option the live
 * chart gets, once per theme (the page's CSS shows the reader's; see base.css).
 *
 * The size is the panel's chart box at the most common width, a two-column desktop layout; the
 * SVG keeps its aspect ratio when its box is narrower or wider (`useViewBox`), so on a phone it is
 * drawn smaller until the live chart, drawn at the box's own width, takes its place.
 */
export const snapshotSize = { width: 560, height: 300 } as const;

const themes: readonly ChartTheme[] = ['light', 'dark'];

// Without a canvas, ECharts would measure text with a rough rule of its own. The figures' estimate
// (figure-text.ts) knows wide Chinese characters from narrow Latin ones, so labels are laid out
// close to how the browser lays them out.
echarts.setPlatformAPI({
  measureText(text: string, font?: string) {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
    return { width: estimateTextWidth(text, size, /\bbold\b|\b[6-9]00\b/.test(font ?? '')) };
  },
});

/** A chart's snapshot in both themes, as markup for `dangerouslySetInnerHTML`. */
export const renderChartSnapshot: ChartSnapshots = (id, optionFor) =>
  themes.map((theme) => themedSvg(`${idPrefix(id)}-${theme}`, theme, optionFor(theme))).join('');

function themedSvg(prefix: string, theme: ChartTheme, option: ChartOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...snapshotSize });
  try {
    chart.setOption({ ...option, animation: false });
    return pageSafeSvg(chart.renderToSVGString({ useViewBox: true }), prefix, theme);
  } finally {
    chart.dispose();
  }
}

/** useId's ids (such as _R_1_) made fit for XML ids. */
function idPrefix(id: string): string {
  return `snapshot-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/**
 * Makes ECharts' SVG fit to be put into the page:
 * - Its ids come from one counter per process ("zr0-", "zr1-", ...), so two snapshots on one page
 *   could share one, and a clip path would then clip the wrong chart. Each gets the chart's prefix.
 * - Its `<style>` block (hover effects the snapshot has no use for) and its `style` attributes
 *   would be refused by the page's CSP, which allows no inline style; the attributes' declarations
 *   become presentation attributes, which the CSP allows.
 * - Its width and height give way to the box it is put in, and it is marked with its theme.
 */
export function pageSafeSvg(svg: string, prefix: string, theme: ChartTheme): string {
  return svg
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/ (?:class|ecmeta_[a-z_]+)="[^"]*"/g, '')
    .replace(/ style="([^"]*)"/g, (_, declarations: string) =>
      declarations
        .split(';')
        .map((declaration) => declaration.split(':').map((part) => part.trim()))
        .filter(([name, value]) => name && value && /^[a-z-]+$/.test(name))
        .map(([name, value]) => ` ${name}="${value}"`)
        .join(''),
    )
    .replace(/( id="|url\(#|href="#)zr\d+-/g, `$1${prefix}-`)
    .replace(/^<svg width="[\d.]+" height="[\d.]+"/, `<svg class="only-${theme}"`);
}
