import { describe, expect, it } from 'vitest';
import { pageSafeSvg } from './chart-snapshot';

const svg = [
  '<svg width="560" height="300" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 560 300">',
  '<text style="font-size:12px;font-family:sans-serif;" class="zr4-cls-0" ecmeta_data_index="0">2014 zr3-x</text>',
  '<g clip-path="url(#zr4-c0)"><use href="#zr4-p1"/></g>',
  '<defs><clipPath id="zr4-c0"><path d="M0 0"/></clipPath></defs>',
  '<style><![CDATA[.zr4-cls-0:hover{cursor:pointer;}]]></style>',
  '</svg>',
].join('');

describe('a snapshot made fit for the page', () => {
  const safe = pageSafeSvg(svg, 'snapshot-a-dark', 'dark');

  it('gives every id and reference the chart’s own prefix, and leaves text alone', () => {
    expect(safe).toContain('id="snapshot-a-dark-c0"');
    expect(safe).toContain('url(#snapshot-a-dark-c0)');
    expect(safe).toContain('href="#snapshot-a-dark-p1"');
    expect(safe).toContain('>2014 zr3-x</text>');
    expect(safe).not.toMatch(/"zr4-|#zr4-/);
  });

  it('carries no inline style, which the CSP would refuse, and is marked with its theme', () => {
    expect(safe).not.toMatch(/<style|style="/);
    expect(safe).toContain('font-size="12px" font-family="sans-serif"');
    expect(safe).not.toMatch(/class="zr|ecmeta_/);
    expect(safe.startsWith('<svg class="only-dark" xmlns=')).toBe(true);
  });
});
