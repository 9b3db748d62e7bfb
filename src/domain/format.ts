import type { Unit } from '../api/schemas';
import type { ChangeUnit, Delta, UnavailableReason } from './deltas';
import type { Locale } from './locale';

/**
 * Number formatting for values and changes, through Intl.NumberFormat, with the unit attached in
 * the way a reader of the locale expects (English: "3.722 million people"; Chinese: "372.2万人").
 */

type SignMode = 'auto' | 'exceptZero';

interface UnitFormat {
  /** Multiply a value in the indicator's unit by this to get base units (persons, yuan). */
  scale: number;
  options: Intl.NumberFormatOptions;
  suffix: Record<Locale, string>;
}

function unitFormat(unit: Unit, locale: Locale): UnitFormat {
  switch (unit) {
    case 'percent':
      return {
        scale: 1,
        options: { maximumFractionDigits: 2 },
        suffix: { en: ' %', 'zh-CN': '%' },
      };
    case 'count':
      return { scale: 1, options: { maximumFractionDigits: 2 }, suffix: { en: '', 'zh-CN': '' } };
    case '10k-persons':
      return {
        scale: 1e4,
        options: {
          notation: 'compact',
          compactDisplay: locale === 'en' ? 'long' : 'short',
          maximumSignificantDigits: 5,
        },
        suffix: { en: ' people', 'zh-CN': '人' },
      };
    case 'billion-yuan':
      return locale === 'en'
        ? {
            scale: 1,
            options: { maximumFractionDigits: 2 },
            suffix: { en: ' billion yuan', 'zh-CN': '' },
          }
        : {
            scale: 1e9,
            options: { notation: 'compact', maximumSignificantDigits: 6 },
            suffix: { en: '', 'zh-CN': '元' },
          };
  }
}

function formatInUnit(value: number, unit: Unit, locale: Locale, sign: SignMode): string {
  const { scale, options, suffix } = unitFormat(unit, locale);
  const number = new Intl.NumberFormat(locale, { ...options, signDisplay: sign }).format(
    value * scale,
  );
  return `${number}${suffix[locale]}`;
}

/** A value as published, with its unit: "26.8 %", "1,500", "3.722 million people". */
export function formatValue(value: number, unit: Unit, locale: Locale): string {
  return formatInUnit(value, unit, locale, 'auto');
}

/** A value without its unit, for tables whose header carries the unit: "26.8", "372.2". */
export function formatPlainNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

const percentagePointSuffix: Record<Locale, string> = { en: ' pp', 'zh-CN': '个百分点' };
const percentSuffix: Record<Locale, string> = { en: ' %', 'zh-CN': '%' };
const perYearSuffix: Record<Locale, string> = { en: ' a year', 'zh-CN': '/年' };

/** An absolute change, signed: "-16.2 pp" for a rate, "+1,500" for a count. */
export function formatAbsoluteChange(
  change: number,
  changeUnit: ChangeUnit,
  unit: Unit,
  locale: Locale,
): string {
  if (changeUnit === 'percentage-points') {
    const number = new Intl.NumberFormat(locale, {
      maximumFractionDigits: 2,
      signDisplay: 'exceptZero',
    }).format(change);
    return `${number}${percentagePointSuffix[locale]}`;
  }
  return formatInUnit(change, unit, locale, 'exceptZero');
}

/** A relative change given as a fraction, signed: -0.6045 -> "-60.4 %". */
export function formatRelativeChange(fraction: number, locale: Locale): string {
  const number = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(fraction * 100);
  return `${number}${percentSuffix[locale]}`;
}

/** A compound annual rate given as a fraction: -0.2069 -> "-20.7 % a year". */
export function formatAnnualRate(fraction: number, locale: Locale): string {
  return `${formatRelativeChange(fraction, locale)}${perYearSuffix[locale]}`;
}

const reasons: Record<UnavailableReason, Record<Locale, string>> = {
  'no-data': { en: 'no value in the selected years', 'zh-CN': '所选年份无数据' },
  'single-point': { en: 'only one value in the selected years', 'zh-CN': '所选年份只有一个数值' },
  'zero-base': { en: 'the starting value is zero', 'zh-CN': '起始值为零' },
  'negative-base': { en: 'the starting value is negative', 'zh-CN': '起始值为负' },
  'negative-value': { en: 'the final value is negative', 'zh-CN': '终止值为负' },
  'zero-value': { en: 'the final value is zero', 'zh-CN': '终止值为零' },
  'out-of-range': {
    en: 'the values are too far apart to compare',
    'zh-CN': '数值相差过大，无法比较',
  },
  'no-previous-year': { en: 'no value for the year before', 'zh-CN': '缺少上一年数值' },
  'growth-rate-compounding': {
    en: 'not meaningful for a growth rate',
    'zh-CN': '对增长率无意义',
  },
};

export function describeUnavailable(reason: UnavailableReason, locale: Locale): string {
  return reasons[reason][locale];
}

/** A delta as text, or the reason it is unavailable. */
export function formatDelta(
  delta: Delta,
  format: (value: number) => string,
  locale: Locale,
): { text: string; available: boolean } {
  return delta.ok
    ? { text: format(delta.value), available: true }
    : { text: describeUnavailable(delta.reason, locale), available: false };
}
