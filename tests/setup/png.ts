import { PNG } from 'pngjs';

export function decodePng(buffer: Buffer): PNG {
  return PNG.sync.read(buffer);
}

/** Share of pixels in a rectangle darker than mid-grey: 0 for a blank area. */
export function inkShare(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let dark = 0;
  let total = 0;
  for (let y = y0; y < Math.min(y1, png.height); y++) {
    for (let x = x0; x < Math.min(x1, png.width); x++) {
      const offset = (png.width * y + x) * 4;
      const luminance =
        0.2126 * (png.data[offset] ?? 255) +
        0.7152 * (png.data[offset + 1] ?? 255) +
        0.0722 * (png.data[offset + 2] ?? 255);
      if (luminance < 128) dark += 1;
      total += 1;
    }
  }
  return total === 0 ? 0 : dark / total;
}
