import type { Frequency } from '../api/schemas';
import { translate } from '../i18n/translate';
import type { Locale } from './locale';

/** A period is "2016" (a year) or "2017-H1" / "2017-H2" (a half year). */
export type Period = string;

const periodPattern = /^(\d{4})(?:-H([12]))?$/;

/** Position on a time line in years: "2016" -> 2016, "2017-H1" -> 2017, "2017-H2" -> 2017.5. */
export function periodPosition(period: Period): number {
  const match = periodPattern.exec(period);
  if (!match) throw new RangeError(`not a period: "${period}"`);
  const year = Number(match[1]);
  return match[2] === '2' ? year + 0.5 : year;
}

export function periodYear(period: Period): number {
  return Math.floor(periodPosition(period));
}

/** Years from one period to another (0.5 per half year). */
export function yearsBetween(from: Period, to: Period): number {
  return periodPosition(to) - periodPosition(from);
}

/** Every period of the given frequency in the years from..to, in order. */
export function periodsInYears(fromYear: number, toYear: number, frequency: Frequency): Period[] {
  const periods: Period[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    if (frequency === 'annual') periods.push(String(year));
    else periods.push(`${year}-H1`, `${year}-H2`);
  }
  return periods;
}

/** The same period one year earlier: "2016" -> "2015", "2017-H1" -> "2016-H1". */
export function periodYearBefore(period: Period): Period {
  const match = periodPattern.exec(period);
  if (!match) throw new RangeError(`not a period: "${period}"`);
  const year = Number(match[1]) - 1;
  return match[2] ? `${year}-H${match[2]}` : String(year);
}

/** A period as a reader of the language writes it: "2017 H1", "2017年上半年"; "2016", "2016年". */
export function periodLabel(period: Period, locale: Locale): string {
  const match = periodPattern.exec(period);
  if (!match) return period;
  const year = match[1] ?? '';
  if (!match[2]) return translate(locale, 'period.year', { year });
  const half = locale === 'zh-CN' ? (match[2] === '1' ? '上' : '下') : match[2];
  return translate(locale, 'period.half', { year, half });
}

/** The period just before: "2016" -> "2015", "2017-H1" -> "2016-H2", "2017-H2" -> "2017-H1". */
export function previousPeriod(period: Period): Period {
  const match = periodPattern.exec(period);
  if (!match) throw new RangeError(`not a period: "${period}"`);
  const year = Number(match[1]);
  if (!match[2]) return String(year - 1);
  return match[2] === '2' ? `${year}-H1` : `${year - 1}-H2`;
}
