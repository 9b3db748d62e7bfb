import { describe, expect, it } from 'vitest';
import {
  formatAbsoluteChange,
  formatAnnualRate,
  formatRelativeChange,
  formatValue,
} from './format';

describe('formatValue', () => {
  it('writes each unit as a reader of English expects', () => {
    expect(formatValue(26.8, 'percent', 'en')).toBe('26.8 %');
    expect(formatValue(1500, 'count', 'en')).toBe('1,500');
    expect(formatValue(372.2, '10k-persons', 'en')).toBe('3.722 million people');
    expect(formatValue(30.8, '10k-persons', 'en')).toBe('308 thousand people');
    expect(formatValue(894.54, 'billion-yuan', 'en')).toBe('894.54 billion yuan');
  });

  it('writes each unit as a reader of Chinese expects', () => {
    expect(formatValue(26.8, 'percent', 'zh-CN')).toBe('26.8%');
    expect(formatValue(372.2, '10k-persons', 'zh-CN')).toBe('372.2万人');
    expect(formatValue(9899, '10k-persons', 'zh-CN')).toBe('9899万人');
    expect(formatValue(894.54, 'billion-yuan', 'zh-CN')).toBe('8945.4亿元');
  });
});

describe('changes', () => {
  it('puts a sign on every change but zero', () => {
    expect(formatAbsoluteChange(1500, 'indicator-unit', 'count', 'en')).toBe('+1,500');
    expect(formatAbsoluteChange(0, 'percentage-points', 'percent', 'en')).toBe('0 pp');
    expect(formatRelativeChange(0.5, 'en')).toBe('+50 %');
  });

  it('says percentage points and per year in Chinese', () => {
    expect(formatAbsoluteChange(-16.2, 'percentage-points', 'percent', 'zh-CN')).toBe(
      '-16.2个百分点',
    );
    expect(formatRelativeChange(-0.60448, 'zh-CN')).toBe('-60.4%');
    expect(formatAnnualRate(-0.207, 'zh-CN')).toBe('-20.7%/年');
    expect(formatAbsoluteChange(-120.8, 'indicator-unit', '10k-persons', 'zh-CN')).toBe(
      '-120.8万人',
    );
  });
});
