import { eventYear } from '../src/contract/events-query';
import { msPerMinute, periodStart } from '../src/contract/periods';
import type {
  Indicator,
  ObservationStatus,
  Point,
  PolicyEvent,
  Region,
  Source,
  Target,
  Topic,
} from '../src/contract/schemas';

/**
 * The rows of the database's tables, column by column, and how a contract object becomes one.
 * The seeding, the CSV import and the repository all use these shapes, so that a column is named
 * in one place and the three cannot drift apart.
 */

export interface SourceRow {
  id: string;
  publisher: string;
  title: string | null;
  date: string | null;
  url: string | null;
  note: string | null;
}

export interface IndicatorRow {
  id: string;
  position: number;
  name_en: string;
  name_zh: string;
  description_en: string;
  description_zh: string;
  unit: Indicator['unit'];
  measure: Indicator['measure'];
  direction: Indicator['direction'];
  frequency: Indicator['frequency'];
  topic: Indicator['topic'];
  published_growth_indicator_id: string | null;
}

export interface RegionRow {
  id: string;
  position: number;
  name_en: string;
  name_zh: string;
  level: Region['level'];
  parent_id: string | null;
}

export interface SeriesBasisRow {
  indicator_id: string;
  region_id: string;
  basis_en: string;
  basis_zh: string;
}

export interface ObservationRow {
  indicator_id: string;
  region_id: string;
  period: string;
  year: number;
  /** The minute the period starts (UTC, since the epoch), for time windows in SQL. */
  starts_at: number;
  value: number | null;
  status: ObservationStatus;
  source_id: string;
  note: string | null;
}

export interface TargetRow {
  indicator_id: string;
  region_id: string;
  period: string;
  value: number;
  source_id: string;
  note: string | null;
}

/** The year of its date is stored beside the date, as an observation's is beside its period. */
export interface EventRow {
  id: string;
  date: string;
  year: number;
  title_en: string;
  title_zh: string;
  description_en: string;
  description_zh: string;
  source_id: string;
}

/**
 * The regions, indicators and topics an event concerns, a row each. The position keeps the order
 * the event lists them in.
 */
export interface EventRegionRow {
  event_id: string;
  region_id: string;
  position: number;
}

export interface EventIndicatorRow {
  event_id: string;
  indicator_id: string;
  position: number;
}

export interface EventTopicRow {
  event_id: string;
  topic: Topic;
  position: number;
}

/**
 * The fields of an indicator that the indicators table stores; the rest is derived when read, and
 * its targets have a table of their own.
 */
export type IndicatorFields = Pick<
  Indicator,
  | 'id'
  | 'name'
  | 'description'
  | 'unit'
  | 'measure'
  | 'direction'
  | 'frequency'
  | 'topic'
  | 'publishedGrowthIndicatorId'
>;

export function sourceRow(source: Source): SourceRow {
  return {
    id: source.id,
    publisher: source.publisher,
    title: source.title ?? null,
    date: source.date ?? null,
    url: source.url ?? null,
    note: source.note ?? null,
  };
}

/** The position is where the region comes in lists, which are ordered by it. */
export function regionRow(region: Region, position: number): RegionRow {
  return {
    id: region.id,
    position,
    name_en: region.name.en,
    name_zh: region.name.zh,
    level: region.level,
    parent_id: region.parentId,
  };
}

/** The position is where the indicator comes in lists, which are ordered by it. */
export function indicatorRow(indicator: IndicatorFields, position: number): IndicatorRow {
  return {
    id: indicator.id,
    position,
    name_en: indicator.name.en,
    name_zh: indicator.name.zh,
    description_en: indicator.description.en,
    description_zh: indicator.description.zh,
    unit: indicator.unit,
    measure: indicator.measure,
    direction: indicator.direction,
    frequency: indicator.frequency,
    topic: indicator.topic,
    published_growth_indicator_id: indicator.publishedGrowthIndicatorId ?? null,
  };
}

export function targetRow(indicatorId: string, target: Target): TargetRow {
  return {
    indicator_id: indicatorId,
    region_id: target.regionId,
    period: target.period,
    value: target.value,
    source_id: target.sourceId,
    note: target.note ?? null,
  };
}

/** An event's row, and a row for each region, indicator and topic it concerns. */
export function eventRows(event: PolicyEvent): {
  event: EventRow;
  regions: EventRegionRow[];
  indicators: EventIndicatorRow[];
  topics: EventTopicRow[];
} {
  return {
    event: {
      id: event.id,
      date: event.date,
      year: eventYear(event),
      title_en: event.title.en,
      title_zh: event.title.zh,
      description_en: event.description.en,
      description_zh: event.description.zh,
      source_id: event.sourceId,
    },
    regions: event.regionIds.map((region_id, position) => ({
      event_id: event.id,
      region_id,
      position,
    })),
    indicators: event.indicatorIds.map((indicator_id, position) => ({
      event_id: event.id,
      indicator_id,
      position,
    })),
    topics: event.topics.map((topic, position) => ({ event_id: event.id, topic, position })),
  };
}

/** The minute a period starts, counted from the epoch in UTC: "1970-01-01T00:01" is 1. */
export function periodStartMinute(period: string): number {
  return Math.round(periodStart(period) / msPerMinute);
}

/**
 * The year and the minute the period starts are stored beside the period, so that a query can
 * narrow a series to years or to a time window without parsing its periods. Every period starts
 * with its four-digit year.
 */
export function observationRow(
  indicatorId: string,
  regionId: string,
  point: Point,
): ObservationRow {
  return {
    indicator_id: indicatorId,
    region_id: regionId,
    period: point.period,
    year: Number(point.period.slice(0, 4)),
    starts_at: periodStartMinute(point.period),
    value: point.value,
    status: point.status,
    source_id: point.sourceId,
    note: point.note ?? null,
  };
}
