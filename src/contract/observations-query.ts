import { periodFrequency, periodStart, periodYear } from './periods';
import {
  type InvalidParameter,
  type InvalidParameterProblem,
  invalidParameterProblem,
} from './problems';

/** The parameters of GET /observations, as the client sends them and a server reads them. */
export interface ObservationsQuery {
  indicatorIds: string[];
  /** Empty means every region. */
  regionIds: string[];
  fromYear?: number;
  toYear?: number;
  /**
   * At most this many points per series. A longer series is thinned by min-max sampling (see
   * src/contract/sampling.ts).
   */
  maxPoints?: number;
  /**
   * When given, only the points whose period begins at or after `start` and at or before `end`
   * are sent. Both are minutes in UTC, such as "2019-03-01T00:00"; a zoomed chart uses them to ask
   * for the range on screen. Either may be given without the other.
   */
  start?: string;
  end?: string;
}

export const minYear = 1900;
export const maxYear = 2100;
const maxIds = 100;
export const maxPointsRange = { min: 7, max: 100_000 } as const;
const idPattern = /^[A-Za-z0-9-]{1,64}$/;

export function observationsSearchParams(query: ObservationsQuery): URLSearchParams {
  const params = new URLSearchParams();
  params.set('indicator', query.indicatorIds.join(','));
  if (query.regionIds.length > 0) params.set('region', query.regionIds.join(','));
  if (query.fromYear !== undefined) params.set('from', String(query.fromYear));
  if (query.toYear !== undefined) params.set('to', String(query.toYear));
  if (query.maxPoints !== undefined) params.set('maxPoints', String(query.maxPoints));
  if (query.start !== undefined) params.set('start', query.start);
  if (query.end !== undefined) params.set('end', query.end);
  return params;
}

/**
 * Returns a test of whether a period begins within the query's start and end. When neither is
 * given, every period passes.
 */
export function inTimeWindow(
  query: Pick<ObservationsQuery, 'start' | 'end'>,
): (period: string) => boolean {
  if (query.start === undefined && query.end === undefined) return () => true;
  const start = query.start === undefined ? -Infinity : periodStart(query.start);
  const end = query.end === undefined ? Infinity : periodStart(query.end);
  return (period: string) => {
    const time = periodStart(period);
    return time >= start && time <= end;
  };
}

export function readIds(
  params: URLSearchParams,
  name: string,
  invalid: InvalidParameter[],
): string[] {
  const ids = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const malformed = ids.filter((id) => !idPattern.test(id));
  if (malformed.length > 0) {
    invalid.push({ name, reason: `malformed id(s): ${malformed.slice(0, 5).join(', ')}` });
  } else if (ids.length > maxIds) {
    invalid.push({ name, reason: `at most ${maxIds} ids, got ${ids.length}` });
  }
  return [...new Set(ids)];
}

function readYear(
  params: URLSearchParams,
  name: string,
  invalid: InvalidParameter[],
): number | undefined {
  const values = params.getAll(name);
  if (values.length === 0) return undefined;
  if (values.length > 1) {
    invalid.push({ name, reason: 'given more than once' });
    return undefined;
  }
  const value = values[0] ?? '';
  if (!/^\d{4}$/.test(value) || Number(value) < minYear || Number(value) > maxYear) {
    invalid.push({
      name,
      reason: `expected a year from ${minYear} to ${maxYear}, got "${value.slice(0, 20)}"`,
    });
    return undefined;
  }
  return Number(value);
}

/** The years from and to, each optional; from after to is a problem, named on from. */
export function readYearRange(
  params: URLSearchParams,
  invalid: InvalidParameter[],
): { fromYear?: number; toYear?: number } {
  const fromYear = readYear(params, 'from', invalid);
  const toYear = readYear(params, 'to', invalid);
  if (fromYear !== undefined && toYear !== undefined && fromYear > toYear) {
    invalid.push({ name: 'from', reason: `must not be after to (${fromYear} > ${toYear})` });
  }
  return {
    ...(fromYear === undefined ? {} : { fromYear }),
    ...(toYear === undefined ? {} : { toYear }),
  };
}

function readMaxPoints(params: URLSearchParams, invalid: InvalidParameter[]): number | undefined {
  const values = params.getAll('maxPoints');
  if (values.length === 0) return undefined;
  const value = values[0] ?? '';
  const { min, max } = maxPointsRange;
  if (values.length > 1) invalid.push({ name: 'maxPoints', reason: 'given more than once' });
  else if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) {
    invalid.push({
      name: 'maxPoints',
      reason: `expected a whole number from ${min} to ${max}, got "${value.slice(0, 20)}"`,
    });
  } else return Number(value);
  return undefined;
}

function readInstant(
  params: URLSearchParams,
  name: 'start' | 'end',
  invalid: InvalidParameter[],
): string | undefined {
  const values = params.getAll(name);
  if (values.length === 0) return undefined;
  const value = values[0] ?? '';
  if (values.length > 1) invalid.push({ name, reason: 'given more than once' });
  else if (
    periodFrequency(value) !== 'minutely' ||
    periodYear(value) < minYear ||
    periodYear(value) > maxYear
  ) {
    invalid.push({
      name,
      reason: `expected a minute in UTC from ${minYear} to ${maxYear}, YYYY-MM-DDTHH:MM, got "${value.slice(0, 20)}"`,
    });
  } else return value;
  return undefined;
}

export function parseObservationsQuery(
  params: URLSearchParams,
): { ok: true; query: ObservationsQuery } | { ok: false; problem: InvalidParameterProblem } {
  const invalid: InvalidParameter[] = [];
  const indicatorIds = readIds(params, 'indicator', invalid);
  if (indicatorIds.length === 0 && !invalid.some((entry) => entry.name === 'indicator')) {
    invalid.push({
      name: 'indicator',
      reason: 'required: one or more indicator ids, comma-separated',
    });
  }
  const regionIds = readIds(params, 'region', invalid);
  const years = readYearRange(params, invalid);
  const maxPoints = readMaxPoints(params, invalid);
  const start = readInstant(params, 'start', invalid);
  const end = readInstant(params, 'end', invalid);
  // Both are minutes written in the same form, so comparing the strings compares the times.
  if (start !== undefined && end !== undefined && start > end) {
    invalid.push({ name: 'start', reason: `must not be after end (${start} > ${end})` });
  }
  if (invalid.length > 0) return { ok: false, problem: invalidParameterProblem(invalid) };
  return {
    ok: true,
    query: {
      indicatorIds,
      regionIds,
      ...years,
      ...(maxPoints === undefined ? {} : { maxPoints }),
      ...(start === undefined ? {} : { start }),
      ...(end === undefined ? {} : { end }),
    },
  };
}

/** The languages a data file's header row and names come in: the dashboard's languages. */
export const fileLanguages = ['en', 'zh-CN'] as const;
export type FileLanguage = (typeof fileLanguages)[number];

/** The parameters of GET /observations.csv: those of /observations but maxPoints, and a language. */
export interface ObservationsCsvQuery extends ObservationsQuery {
  lang: FileLanguage;
}

function readLanguage(params: URLSearchParams, invalid: InvalidParameter[]): FileLanguage {
  const values = params.getAll('lang');
  if (values.length === 0) return 'en';
  const value = values[0] ?? '';
  const language = fileLanguages.find((entry) => entry === value);
  if (values.length > 1) invalid.push({ name: 'lang', reason: 'given more than once' });
  else if (!language) {
    invalid.push({
      name: 'lang',
      reason: `expected ${fileLanguages.join(' or ')}, got "${value.slice(0, 20)}"`,
    });
  }
  return language ?? 'en';
}

/**
 * Reads the parameters of GET /observations.csv: those of /observations but maxPoints, which a
 * data file refuses, since it holds every point; and `lang`, the language of its header row and
 * names (English when absent).
 */
export function parseObservationsCsvQuery(
  params: URLSearchParams,
): { ok: true; query: ObservationsCsvQuery } | { ok: false; problem: InvalidParameterProblem } {
  const rest = new URLSearchParams(params);
  rest.delete('maxPoints');
  const parsed = parseObservationsQuery(rest);
  const invalid = parsed.ok ? [] : [...parsed.problem.invalidParams];
  if (params.has('maxPoints')) {
    invalid.push({
      name: 'maxPoints',
      reason: 'not taken by the data file, which holds every point',
    });
  }
  const lang = readLanguage(params, invalid);
  if (!parsed.ok || invalid.length > 0)
    return { ok: false, problem: invalidParameterProblem(invalid) };
  return { ok: true, query: { ...parsed.query, lang } };
}

/** The query string of a data file, its language always written, so a link means one file. */
export function observationsCsvSearchParams(query: ObservationsCsvQuery): URLSearchParams {
  const params = observationsSearchParams(query);
  params.set('lang', query.lang);
  return params;
}
