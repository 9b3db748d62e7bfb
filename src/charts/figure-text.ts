/**
 * Text layout for composed figures without a DOM: widths are estimated from character classes
 * (wide for CJK, narrower for Latin), erring wide so that text never overruns its box. The same
 * estimate runs in the browser and in Node, so both lay a figure out the same way.
 */

const wide =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const character of text) {
    if (wide.test(character)) ems += 1;
    else if (/[A-Z@%&MW]/.test(character)) ems += 0.7;
    else if (/[\s.,;:'|!il]/.test(character)) ems += 0.32;
    else ems += 0.58;
  }
  return ems * fontSize * (bold ? 1.06 : 1);
}

/** Splits a long token (a URL, a run of CJK) into pieces that fit. */
function splitToken(token: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const character of token) {
    if (current && estimateTextWidth(current + character, fontSize, bold) > maxWidth) {
      pieces.push(current);
      current = '';
    }
    current += character;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Greedy line breaking at spaces (and anywhere inside a token too long for a line). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=\s)|(?=[\u2e80-\u9fff])/u)) {
    const candidate = line + word;
    if (estimateTextWidth(candidate.trimEnd(), fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (estimateTextWidth(word.trimEnd(), fontSize, bold) <= maxWidth) {
      if (line.trim()) lines.push(line.trimEnd());
      line = word.trimStart();
    } else {
      // The word is too long for any line (a URL, say). It is broken from where the current line
      // stands, so the words before it are not left alone on a line of their own.
      const pieces = splitToken(candidate.trim(), maxWidth, fontSize, bold);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
