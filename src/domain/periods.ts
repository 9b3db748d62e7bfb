import {
  minutePeriod,
  msPerMinute,
  type ParsedPeriod,
  type Period,
  parsePeriod,
  periodYear,
  zeroPad,
} from '../contract/periods';
import type { Frequency } from '../contract/schemas';
import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/translate';
import { dateTimeFormat } from './intl-formats';

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
    else for (let month = 1; month <= 12; month++) periods.push(`${year}-${zeroPad(month)}`);
  }
  return periods;
}

/** The years a view covers, as its header, figure and export menu write them: "2012–2016", "2019". */
export function yearSpan(fromYear: number, toYear: number): string {
  return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
}

/** The same period one year earlier: "2016" -> "2015", "2017-H1" -> "2016-H1", "2016-03" -> "2015-03". */
export function periodYearBefore(period: Period): Period {
  return `${zeroPad(periodYear(period) - 1, 4)}${period.slice(4)}`;
}

/** The period just before: "2016" -> "2015", "2017-H1" -> "2016-H2", "2016-01" -> "2015-12". */
export function previousPeriod(period: Period): Period {
  const { frequency, year, part, time } = parsePeriod(period);
  if (frequency === 'annual') return String(year - 1);
  if (frequency === 'half-yearly') return part === 2 ? `${year}-H1` : `${year - 1}-H2`;
  if (frequency === 'monthly')
    return part === 1 ? `${year - 1}-12` : `${year}-${zeroPad(part - 1)}`;
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
