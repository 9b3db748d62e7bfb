import { periodYear } from '../contract/periods';
import type { Indicator, ObservationStatus, Region } from '../contract/schemas';
import type { MessageKey, MessageParams } from '../i18n/translate';
import { type CountView, countViewChoices, optionalStatuses } from './panel-view';

/**
 * The dashboard's filters and their URL form. Everything here is pure: the URL's raw strings go
 * in, a valid state and the notices for what had to be dropped come out.
 */

export interface Filters {
  indicatorIds: string[];
  regionIds: string[];
  fromYear: number;
  toYear: number;
  /** Statuses shown besides "reported", which always is. */
  shownStatuses: ObservationStatus[];
  /**
   * How each panel whose counts can be re-expressed shows them, by indicator id. An indicator
   * without an entry is shown as published.
   */
  countViewByIndicator: Record<string, CountView>;
  /** Whether the charts mark the policy events that concern them. */
  showEvents: boolean;
  /**
   * Whether hovering or stepping through a period on one panel shows the same period on the others
   * (src/features/panels/shared-period.tsx).
   */
  linkHover: boolean;
}

export const defaultFilters: Filters = {
  indicatorIds: ['poverty-rate', 'villages-exited', 'rural-ecommerce-growth'],
  // Guizhou beside China over the whole campaign, so that every default panel has a line to read:
  // docs/decisions/0009-default-view.md says why.
  regionIds: ['CN-GZ', 'CN'],
  fromYear: 2012,
  toYear: 2020,
  shownStatuses: [...optionalStatuses],
  countViewByIndicator: {},
  showEvents: true,
  linkHover: true,
};

export const filterParameterNames = [
  'indicator',
  'region',
  'from',
  'to',
  'show',
  'counts',
  'events',
  'hover',
] as const;
export type FilterParameter = (typeof filterParameterNames)[number];
export type RawFilterParams = Partial<Record<FilterParameter, string | null>>;

export interface FilterNotice {
  parameter: FilterParameter;
  /** What is wrong with the value, in English, for scripts, such as 'Unknown indicator "foo"'. */
  problem: string;
  /** The problem and what was done about it, for the page: a message key and its values. */
  key: MessageKey;
  params: MessageParams;
}

function notice(
  parameter: FilterParameter,
  problem: string,
  key: MessageKey,
  params: MessageParams,
): FilterNotice {
  return { parameter, problem, key, params: { parameter, ...params } };
}

/** What the URL is checked against: ids that exist and the years that have data. */
export interface FilterCatalog {
  indicators: readonly Indicator[];
  regions: readonly Region[];
}

export function yearBounds(indicators: readonly Indicator[]): { min: number; max: number } {
  const years = indicators.flatMap((indicator) =>
    [indicator.firstPeriod, indicator.lastPeriod].flatMap((period) =>
      period ? [periodYear(period)] : [],
    ),
  );
  if (years.length === 0) return { min: defaultFilters.fromYear, max: defaultFilters.toYear };
  return { min: Math.min(...years), max: Math.max(...years) };
}

const quoted = (values: readonly string[]) =>
  values.map((value) => `"${value.slice(0, 40)}"`).join(', ');

function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
}

function resolveIds(
  parameter: 'indicator' | 'region',
  raw: string | null | undefined,
  known: ReadonlySet<string>,
  fallback: string[],
  notices: FilterNotice[],
): string[] {
  if (raw === null || raw === undefined) return fallback;
  const ids = splitList(raw);
  const valid = ids.filter((id) => known.has(id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    notices.push(
      notice(
        parameter,
        `Unknown ${parameter} ${quoted(unknown)}`,
        valid.length > 0 ? 'notice.unknownIgnored' : 'notice.unknownDefault',
        { values: quoted(unknown) },
      ),
    );
  } else if (valid.length === 0) {
    notices.push(notice(parameter, `No ${parameter} given`, 'notice.missingDefault', {}));
  }
  return valid.length > 0 ? valid : fallback;
}

function resolveYear(
  parameter: 'from' | 'to',
  raw: string | null | undefined,
  bounds: { min: number; max: number },
  fallback: number,
  notices: FilterNotice[],
): number {
  if (raw === null || raw === undefined) return fallback;
  const year = /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isNaN(year)) {
    notices.push(
      notice(parameter, `"${raw.slice(0, 40)}" is not a year`, 'notice.notAYear', {
        value: `"${raw.slice(0, 40)}"`,
        fallback,
      }),
    );
    return fallback;
  }
  if (year < bounds.min || year > bounds.max) {
    notices.push(
      notice(
        parameter,
        `${year} is outside the years with data (${bounds.min} to ${bounds.max})`,
        'notice.outOfRange',
        {
          value: year,
          min: bounds.min,
          max: bounds.max,
          fallback,
        },
      ),
    );
    return fallback;
  }
  return year;
}

function resolveShown(
  raw: string | null | undefined,
  notices: FilterNotice[],
): ObservationStatus[] {
  if (raw === null || raw === undefined) return defaultFilters.shownStatuses;
  const values = splitList(raw);
  const known: readonly string[] = ['reported', ...optionalStatuses];
  const unknown = values.filter((value) => !known.includes(value));
  if (unknown.length > 0) {
    notices.push(
      notice('show', `Unknown status ${quoted(unknown)}`, 'notice.unknownStatus', {
        values: quoted(unknown),
      }),
    );
  }
  return optionalStatuses.filter((status) => values.includes(status));
}

function resolveCountViews(
  raw: string | null | undefined,
  indicators: readonly Indicator[],
  notices: FilterNotice[],
): Record<string, CountView> {
  if (raw === null || raw === undefined) return {};
  const views: Record<string, CountView> = {};
  const refused: string[] = [];
  for (const entry of splitList(raw)) {
    const [id = '', view = ''] = entry.split(':');
    const indicator = indicators.find((candidate) => candidate.id === id);
    const choice = indicator
      ? countViewChoices(indicator.measure).find((candidate) => candidate === view)
      : undefined;
    // A panel without an entry already shows its counts as published, so "as-published" written
    // out in the URL is not kept as a view; it is refused like a view that does not apply.
    if (choice && choice !== 'as-published') views[id] = choice;
    else refused.push(entry);
  }
  if (refused.length > 0) {
    notices.push(
      notice('counts', `Count view ${quoted(refused)} does not apply`, 'notice.countView', {
        values: quoted(refused),
      }),
    );
  }
  return views;
}

/** A setting that is on unless the URL says "off"; anything but "on" or "off" is refused. */
function resolveSwitch(
  parameter: 'events' | 'hover',
  raw: string | null | undefined,
  notices: FilterNotice[],
): boolean {
  if (raw === null || raw === undefined || raw === 'on') return true;
  if (raw === 'off') return false;
  notices.push(
    notice(parameter, `Unknown ${parameter} setting "${raw.slice(0, 40)}"`, `notice.${parameter}`, {
      value: `"${raw.slice(0, 40)}"`,
    }),
  );
  return true;
}

/**
 * The defaults where the catalogue has them. Otherwise, as with another backend's data, the
 * catalogue's first entries.
 */
function withFallback(preferred: string[], otherwise: string[]): string[] {
  return preferred.length > 0 ? preferred : otherwise;
}

/**
 * Reads the URL's filter parameters against the catalogue. It never throws and always returns a
 * valid state.
 */
export function resolveFilters(
  raw: RawFilterParams,
  catalog: FilterCatalog,
): { filters: Filters; notices: FilterNotice[] } {
  const notices: FilterNotice[] = [];
  const indicatorIds = new Set(catalog.indicators.map((indicator) => indicator.id));
  const regionIds = new Set(catalog.regions.map((region) => region.id));
  const bounds = yearBounds(catalog.indicators);
  const fallbackIndicators = withFallback(
    defaultFilters.indicatorIds.filter((id) => indicatorIds.has(id)),
    catalog.indicators.slice(0, 3).map((indicator) => indicator.id),
  );
  const fallbackRegions = withFallback(
    defaultFilters.regionIds.filter((id) => regionIds.has(id)),
    catalog.regions.slice(0, 1).map((region) => region.id),
  );

  let fromYear = resolveYear('from', raw.from, bounds, defaultFilters.fromYear, notices);
  let toYear = resolveYear('to', raw.to, bounds, defaultFilters.toYear, notices);
  // When only one end is given and it passes the other end's default, that default moves to the
  // first or last year with data, rather than the given year being refused.
  if (fromYear > toYear && raw.to == null) toYear = bounds.max;
  if (fromYear > toYear && raw.from == null) fromYear = bounds.min;
  if (fromYear > toYear) {
    notices.push(
      notice('from', `The years run backwards (${fromYear} to ${toYear})`, 'notice.backwards', {
        from: fromYear,
        to: toYear,
        defaultFrom: defaultFilters.fromYear,
        defaultTo: defaultFilters.toYear,
      }),
    );
    fromYear = defaultFilters.fromYear;
    toYear = defaultFilters.toYear;
  }

  return {
    filters: {
      indicatorIds: resolveIds(
        'indicator',
        raw.indicator,
        indicatorIds,
        fallbackIndicators,
        notices,
      ),
      regionIds: resolveIds('region', raw.region, regionIds, fallbackRegions, notices),
      fromYear,
      toYear,
      shownStatuses: resolveShown(raw.show, notices),
      countViewByIndicator: resolveCountViews(raw.counts, catalog.indicators, notices),
      showEvents: resolveSwitch('events', raw.events, notices),
      linkHover: resolveSwitch('hover', raw.hover, notices),
    },
    notices,
  };
}

/**
 * The URL parameters for a state. Every filter is written out, so that a shared link always means
 * the same filters.
 */
export function serializeFilters(filters: Filters): Record<FilterParameter, string | null> {
  const counts = Object.entries(filters.countViewByIndicator)
    .filter(([, view]) => view !== 'as-published')
    .map(([id, view]) => `${id}:${view}`);
  return {
    indicator: filters.indicatorIds.join(','),
    region: filters.regionIds.join(','),
    from: String(filters.fromYear),
    to: String(filters.toYear),
    show: ['reported', ...filters.shownStatuses].join(','),
    counts: counts.length > 0 ? counts.join(',') : null,
    // Events are on unless the reader turned them off, so only 'off' needs saying.
    events: filters.showEvents ? null : 'off',
    hover: filters.linkHover ? null : 'off',
  };
}

/**
 * The filters as a query string, with commas and colons left readable: "indicator=a,b&from=2012".
 */
export function filtersQueryString(filters: Filters): string {
  return Object.entries(serializeFilters(filters))
    .flatMap(([key, value]) =>
      value === null
        ? []
        : [`${key}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')}`],
    )
    .join('&');
}
