import { msPerMinute, periodStart } from '../src/contract/periods';
import type { Indicator, ObservationStatus, Point, Region, Source } from '../src/contract/schemas';

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

/** The fields of an indicator that the indicators table stores; the rest is derived when read. */
export type IndicatorFields = Pick<
  Indicator,
  'id' | 'name' | 'description' | 'unit' | 'measure' | 'direction' | 'frequency' | 'topic'
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
