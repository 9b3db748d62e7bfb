/**
 * The sizes an exported figure comes in. They live apart from the figure code
 * (src/charts/figure.ts) so that the export menu can offer them without loading that code.
 */
export type FigureSize = 'slide' | 'document' | 'square';

export const figureSizes: Record<FigureSize, { width: number; height: number }> = {
  slide: { width: 1200, height: 675 },
  document: { width: 800, height: 600 },
  square: { width: 1080, height: 1080 },
};

/**
 * PNGs are rendered at twice the preset's size, for sharp figures on high-density screens and in
 * print.
 */
export const figurePixelRatio = 2;
