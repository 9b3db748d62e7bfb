import type { Unit } from '../contract/schemas';
import type { Locale } from '../i18n/locale';
import { type MessageKey, translate } from '../i18n/translate';
import type { ChangeUnit, Delta, UnavailableReason } from './deltas';
import { numberFormat } from './intl-formats';

/**
 * Number formatting for values and changes, through Intl.NumberFormat, with the unit attached in
 * the way a reader of the locale expects (English: "3.722 million people"; Chinese: "372.2万人").
 */

type SignMode = 'auto' | 'exceptZero';

interface UnitFormat {
  /** Multiply a value in the indicator's unit by this to get base units (persons, yuan). */
  scale: number;
  options: Intl.NumberFormatOptions;
  suffix: MessageKey | null;
}

function unitFormat(unit: Unit, locale: Locale): UnitFormat {
  switch (unit) {
    case 'percent':
      return { scale: 1, options: { maximumFractionDigits: 2 }, suffix: 'suffix.percent' };
    case 'count':
      return { scale: 1, options: { maximumFractionDigits: 2 }, suffix: null };
    case '10k-persons':
      // Compact notation groups large numbers the way each language does: 3.722 million in
      // English, 372.2万 in Chinese.
      return {
        scale: 1e4,
        options: {
          notation: 'compact',
          compactDisplay: locale === 'en' ? 'long' : 'short',
          maximumSignificantDigits: 5,
        },
        suffix: 'suffix.people',
      };
    case 'billion-yuan':
      return locale === 'en'
        ? { scale: 1, options: { maximumFractionDigits: 2 }, suffix: 'suffix.billionYuan' }
        : {
            scale: 1e9,
            options: { notation: 'compact', maximumSignificantDigits: 6 },
            suffix: 'suffix.yuan',
          };
  }
}

function formatInUnit(value: number, unit: Unit, locale: Locale, sign: SignMode): string {
  const { scale, options, suffix } = unitFormat(unit, locale);
  const number = numberFormat(locale, { ...options, signDisplay: sign }).format(value * scale);
  return `${number}${suffix ? translate(locale, suffix) : ''}`;
}

/** A value as published, with its unit: "26.8 %", "1,500", "3.722 million people". */
export function formatValue(value: number, unit: Unit, locale: Locale): string {
  return formatInUnit(value, unit, locale, 'auto');
}

/** A value without its unit, for tables whose header carries the unit: "26.8", "372.2". */
export function formatPlainNumber(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** An absolute change, signed: "-16.2 pp" for a rate, "+1,500" for a count. */
export function formatAbsoluteChange(
  change: number,
  changeUnit: ChangeUnit,
  unit: Unit,
  locale: Locale,
): string {
  if (changeUnit === 'percentage-points') {
    const number = numberFormat(locale, {
      maximumFractionDigits: 2,
      signDisplay: 'exceptZero',
    }).format(change);
    return `${number}${translate(locale, 'suffix.percentagePoints')}`;
  }
  return formatInUnit(change, unit, locale, 'exceptZero');
}

/** A relative change given as a fraction, signed: -0.6045 -> "-60.4 %". */
export function formatRelativeChange(fraction: number, locale: Locale): string {
  const number = numberFormat(locale, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(fraction * 100);
  return `${number}${translate(locale, 'suffix.percent')}`;
}

/** A compound annual rate given as a fraction: -0.2069 -> "-20.7 % a year". */
export function formatAnnualRate(fraction: number, locale: Locale): string {
  return `${formatRelativeChange(fraction, locale)}${translate(locale, 'suffix.perYear')}`;
}

export function describeUnavailable(reason: UnavailableReason, locale: Locale): string {
  return translate(locale, `reason.${reason}`);
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
