/** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
export const seriesColors = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
];

/** The colour of the n-th region of a panel, the same on the chart and in its legend. */
export function seriesColor(index: number): string {
  return seriesColors[index % seriesColors.length] ?? '#000000';
}
