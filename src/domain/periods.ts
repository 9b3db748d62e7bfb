import type { Frequency } from '../api/schemas';
import { translate } from '../i18n/translate';
import { dateTimeFormat } from './intl-formats';
import type { Locale } from './locale';

/**
 * A period is "2016" (a year), "2017-H1" / "2017-H2" (a half year), "2016-03" (a month) or
 * "2019-01-01T00:00" (a minute, UTC). Within one frequency, string order is time order.
 */
export type Period = string;

interface ParsedPeriod {
  frequency: Frequency;
  year: number;
  /** Half (1, 2) or month (1-12); 0 for a year. */
  part: number;
  /** Milliseconds since the epoch at the period's start, for a minute. */
  time: number;
}

const patterns: [Frequency, RegExp][] = [
  ['annual', /^(\d{4})$/],
  ['half-yearly', /^(\d{4})-H([12])$/],
  ['monthly', /^(\d{4})-(0[1-9]|1[0-2])$/],
  ['minutely', /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):([0-5]\d)$/],
];

function parsePeriod(period: Period): ParsedPeriod {
  for (const [frequency, pattern] of patterns) {
    const match = pattern.exec(period);
    if (!match) continue;
    const [year, part = 0, day = 1, hour = 0, minute = 0] = match.slice(1).map(Number);
    const time = Date.UTC(year ?? 0, part - 1, day, hour, minute);
    // "2019-02-31T00:00" would roll over into March: not a period.
    if (frequency === 'minutely' && new Date(time).getUTCDate() !== day) break;
    return { frequency, year: year ?? 0, part, time };
  }
  throw new RangeError(`not a period: "${period}"`);
}

/** The frequency a period is written in, or null when it is not a period. */
export function periodFrequency(period: Period): Frequency | null {
  try {
    return parsePeriod(period).frequency;
  } catch {
    return null;
  }
}

const msPerMinute = 60_000;
const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The minute period that starts at a time: 1546300800000 -> "2019-01-01T00:00". */
export function minutePeriod(time: number): Period {
  const date = new Date(time);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** When a period starts, in milliseconds since the epoch (UTC): for a time axis. */
export function periodStart(period: Period): number {
  const parsed = parsePeriod(period);
  if (parsed.frequency === 'half-yearly') return Date.UTC(parsed.year, (parsed.part - 1) * 6);
  if (parsed.frequency === 'annual') return Date.UTC(parsed.year, 0);
  return parsed.time;
}

/**
 * Position on a time line in years: "2016" -> 2016, "2017-H2" -> 2017.5, "2016-04" -> 2016.25,
 * a minute -> its year plus the share of that year gone by.
 */
export function periodPosition(period: Period): number {
  const { frequency, year, part, time } = parsePeriod(period);
  if (frequency === 'annual') return year;
  if (frequency === 'half-yearly') return year + (part - 1) / 2;
  if (frequency === 'monthly') return year + (part - 1) / 12;
  const start = Date.UTC(year, 0);
  return year + (time - start) / (Date.UTC(year + 1, 0) - start);
}

/** Every period starts with its four-digit year: read it without parsing the rest (hot path). */
export function periodYear(period: Period): number {
  const year = Number(period.slice(0, 4));
  if (!Number.isInteger(year) || period.length < 4)
    throw new RangeError(`not a period: "${period}"`);
  return year;
}

/** Years from one period to another (0.5 per half year, 1/12 per month). */
export function yearsBetween(from: Period, to: Period): number {
  return periodPosition(to) - periodPosition(from);
}

/**
 * Every period of the given frequency in the years from..to, in order. Minutes are not listed
 * (a year has half a million of them): a minute series is drawn on a time axis instead.
 */
export function periodsInYears(fromYear: number, toYear: number, frequency: Frequency): Period[] {
  if (frequency === 'minutely') return [];
  const periods: Period[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    if (frequency === 'annual') periods.push(String(year));
    else if (frequency === 'half-yearly') periods.push(`${year}-H1`, `${year}-H2`);
    else for (let month = 1; month <= 12; month++) periods.push(`${year}-${pad(month)}`);
  }
  return periods;
}

/** The years a view covers, as its header, figure and export menu write them: "2012–2016", "2019". */
export function yearSpan(fromYear: number, toYear: number): string {
  return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
}

/** The same period one year earlier: "2016" -> "2015", "2017-H1" -> "2016-H1", "2016-03" -> "2015-03". */
export function periodYearBefore(period: Period): Period {
  return `${pad(periodYear(period) - 1, 4)}${period.slice(4)}`;
}

/** The period just before: "2016" -> "2015", "2017-H1" -> "2016-H2", "2016-01" -> "2015-12". */
export function previousPeriod(period: Period): Period {
  const { frequency, year, part, time } = parsePeriod(period);
  if (frequency === 'annual') return String(year - 1);
  if (frequency === 'half-yearly') return part === 2 ? `${year}-H1` : `${year - 1}-H2`;
  if (frequency === 'monthly') return part === 1 ? `${year - 1}-12` : `${year}-${pad(part - 1)}`;
  return minutePeriod(time - msPerMinute);
}

const intlLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : locale);

/**
 * A period as a reader of the language writes it: "2016", "2016年"; "2017 H1", "2017年上半年";
 * "Mar 2016", "2016年3月"; "1 Jan 2019, 00:00", "2019年1月1日 00:00".
 */
export function periodLabel(period: Period, locale: Locale): string {
  let parsed: ParsedPeriod;
  try {
    parsed = parsePeriod(period);
  } catch {
    return period;
  }
  const { frequency, year, part, time } = parsed;
  if (frequency === 'annual') return translate(locale, 'period.year', { year });
  if (frequency === 'half-yearly') {
    const half = locale === 'zh-CN' ? (part === 1 ? '上' : '下') : String(part);
    return translate(locale, 'period.half', { year, half });
  }
  const format: Intl.DateTimeFormatOptions =
    frequency === 'monthly'
      ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
      : { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' };
  return dateTimeFormat(intlLocale(locale), format).format(time);
}
