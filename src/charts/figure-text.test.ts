import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from './figure-text';

describe('wrapText', () => {
  it('breaks at spaces and keeps every line within the width', () => {
    const lines = wrapText('Changes computed by this dashboard from the figures shown.', 200, 12);
    expect(lines.join(' ')).toBe('Changes computed by this dashboard from the figures shown.');
    expect(lines.every((line) => estimateTextWidth(line, 12) <= 200)).toBe(true);
  });

  it('breaks a long URL from where the line stands, leaving no word alone', () => {
    const text =
      '视图：/report?indicator=poverty-rate,counties-exited&region=CN-GZ,CN&from=2014&to=2020';
    const lines = wrapText(text, 300, 12);
    expect(lines.join('')).toBe(text);
    expect(lines[0]?.startsWith('视图：/report')).toBe(true);
    expect(lines.every((line) => estimateTextWidth(line, 12) <= 300)).toBe(true);
  });

  it('breaks Chinese between characters', () => {
    const lines = wrapText('各地区数据统计口径不同，不宜直接比较。', 100, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('各地区数据统计口径不同，不宜直接比较。');
  });
});
