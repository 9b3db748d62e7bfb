import type { ChartTheme } from './chart-theme';

/**
 * Okabe-Ito colours, which stay distinguishable with the common colour-vision deficiencies. On
 * dark backgrounds the lighter colours come first, for contrast.
 */
const palettes: Record<ChartTheme, readonly string[]> = {
  light: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'],
  dark: ['#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#F0E442', '#D55E00', '#FFFFFF'],
};

/** The colour of the n-th region of a panel, the same on the chart and in its legend. */
export function seriesColor(index: number, theme: ChartTheme = 'light'): string {
  const palette = palettes[theme];
  return palette[index % palette.length] ?? '#000000';
}

/** Text, axis and grid colours of a chart on screen. */
export const chartInk: Record<
  ChartTheme,
  { text: string; axis: string; grid: string; tooltip: string }
> = {
  light: { text: '#1b1f24', axis: '#57606a', grid: '#d8dee4', tooltip: '#ffffff' },
  dark: { text: '#e6edf3', axis: '#9198a1', grid: '#30363d', tooltip: '#161b22' },
};

const dashes: readonly (string | number[])[] = ['solid', [8, 4], [2, 3], [10, 3, 2, 3]];

/** The line pattern of the n-th region: solid, dashed, dotted, dash-dot, then again. */
export function seriesDash(index: number): string | number[] {
  return dashes[index % dashes.length] ?? 'solid';
}

/** A line pattern for SVG and CSS: "none" for solid, else a dash array ([6, 3] -> "6 3"). */
export function dashArray(dash: string | number[]): string {
  return Array.isArray(dash) ? dash.join(' ') : 'none';
}
