import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { type FigureSize, figurePixelRatio, figureSizes } from '../src/charts/figure-sizes';

/**
 * Renders a composed figure's SVG to PNG in Node, with the fonts given and no others, so that the
 * result is the same on every machine that has those fonts.
 */
export function renderPng(svg: string, size: FigureSize, fontFiles: readonly string[]): Buffer {
  const missing = fontFiles.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `font file(s) not found: ${missing.join(', ')}. Install Debian's fonts-noto-cjk or pass --font.`,
    );
  }
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: [...fontFiles],
      loadSystemFonts: false,
      defaultFontFamily: 'Noto Sans CJK SC',
    },
    fitTo: { mode: 'width', value: figureSizes[size].width * figurePixelRatio },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
