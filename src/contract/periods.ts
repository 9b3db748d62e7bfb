/**
 * The period grammar of the contract, shared by the client, the mock and the server: how a period
 * is written, its frequency and year, and when it begins.
 */
import type { Frequency } from './schemas';

/**
 * A period is "2016" (a year), "2017-H1" / "2017-H2" (a half year), "2016-03" (a month) or
 * "2019-01-01T00:00" (a minute, UTC). Within one frequency, string order is time order.
 */
export type Period = string;

export interface ParsedPeriod {
  frequency: Frequency;
  year: number;
  /** Half (1, 2) or month (1-12); 0 for a year. */
  part: number;
  /** Milliseconds since the epoch at the period's start (UTC). */
  time: number;
}

const patterns: [Frequency, RegExp][] = [
  ['annual', /^(\d{4})$/],
  ['half-yearly', /^(\d{4})-H([12])$/],
  ['monthly', /^(\d{4})-(0[1-9]|1[0-2])$/],
  ['minutely', /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):([0-5]\d)$/],
];

/** The month (0-11) a period begins in: a year in January, the second half year in July. */
function firstMonth(frequency: Frequency, part: number): number {
  if (frequency === 'annual') return 0;
  if (frequency === 'half-yearly') return (part - 1) * 6;
  return part - 1;
}

export function parsePeriod(period: Period): ParsedPeriod {
  for (const [frequency, pattern] of patterns) {
    const match = pattern.exec(period);
    if (!match) continue;
    const [year = 0, part = 0, day = 1, hour = 0, minute = 0] = match.slice(1).map(Number);
    const time = Date.UTC(year, firstMonth(frequency, part), day, hour, minute);
    // Date.UTC rolls a day that does not exist, such as "2019-02-31T00:00", over into March, so
    // a minute whose day changed is not a period.
    if (frequency === 'minutely' && new Date(time).getUTCDate() !== day) break;
    return { frequency, year, part, time };
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

export const msPerMinute = 60_000;
export const zeroPad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The minute period that starts at a time: 1546300800000 -> "2019-01-01T00:00". */
export function minutePeriod(time: number): Period {
  const date = new Date(time);
  return `${zeroPad(date.getUTCFullYear(), 4)}-${zeroPad(date.getUTCMonth() + 1)}-${zeroPad(date.getUTCDate())}T${zeroPad(date.getUTCHours())}:${zeroPad(date.getUTCMinutes())}`;
}

/** When a period starts, in milliseconds since the epoch (UTC), as a time axis needs it. */
export function periodStart(period: Period): number {
  return parsePeriod(period).time;
}

/**
 * Every period starts with its four-digit year, so the year is read from the first four characters
 * without parsing the rest. This is called on a hot path, where a full parse would cost too much.
 */
export function periodYear(period: Period): number {
  const year = Number(period.slice(0, 4));
  if (!Number.isInteger(year) || period.length < 4)
    throw new RangeError(`not a period: "${period}"`);
  return year;
}
