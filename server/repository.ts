import { type EventsQuery, eventsMatching } from '../src/contract/events-query';
import type {
  EventsResponse,
  Indicator,
  PolicyEvent,
  Region,
  Source,
  Target,
} from '../src/contract/schemas';
import { tables } from './insert-statements';
import { first, listParams, type SqlClient } from './sql/sql-client';
import type {
  EventIndicatorRow,
  EventRegionRow,
  EventRow,
  EventTopicRow,
  IndicatorRow,
  RegionRow,
  SourceRow,
  TargetRow,
} from './table-rows';

/**
 * Reads the catalogue (indicators with their sources and targets, regions) and the policy events
 * out of the database, in SQL that SQLite and PostgreSQL both speak, with bound parameters only.
 * The observations are read in observation-reads.ts.
 */

function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    publisher: row.publisher,
    ...(row.title ? { title: row.title } : {}),
    ...(row.date ? { date: row.date } : {}),
    ...(row.url ? { url: row.url } : {}),
    ...(row.note ? { note: row.note } : {}),
  };
}

function toTarget(row: Omit<TargetRow, 'indicator_id'>): Target {
  return {
    regionId: row.region_id,
    period: row.period,
    value: row.value,
    sourceId: row.source_id,
    ...(row.note ? { note: row.note } : {}),
  };
}

export async function listIndicators(db: SqlClient): Promise<Indicator[]> {
  const rows = await db.all<IndicatorRow>(
    `SELECT ${tables.indicators.columns.join(', ')} FROM indicators ORDER BY position, id`,
  );
  const indicators: Indicator[] = [];
  for (const row of rows) {
    const params = { indicator: row.id };
    const sources = await db.all<SourceRow>(
      `SELECT ${tables.sources.columns.join(', ')} FROM sources WHERE id IN (
        SELECT source_id FROM observations WHERE indicator_id = @indicator
        UNION SELECT source_id FROM targets WHERE indicator_id = @indicator) ORDER BY id`,
      params,
    );
    const targets = await db.all<Omit<TargetRow, 'indicator_id'>>(
      `SELECT t.region_id, t.period, t.value, t.source_id, t.note
        FROM targets t JOIN regions r ON r.id = t.region_id
        WHERE t.indicator_id = @indicator ORDER BY r.position, t.period`,
      params,
    );
    const regions = await db.all<{ region_id: string }>(
      `SELECT o.region_id FROM observations o JOIN regions r ON r.id = o.region_id
        WHERE o.indicator_id = @indicator GROUP BY o.region_id ORDER BY min(r.position)`,
      params,
    );
    const span = await first<{ first: string | null; last: string | null }>(
      db,
      'SELECT min(period) AS first, max(period) AS last FROM observations WHERE indicator_id = @indicator',
      params,
    );
    indicators.push({
      id: row.id,
      name: { en: row.name_en, zh: row.name_zh },
      description: { en: row.description_en, zh: row.description_zh },
      unit: row.unit,
      measure: row.measure,
      direction: row.direction,
      frequency: row.frequency,
      topic: row.topic,
      ...(row.published_growth_indicator_id
        ? { publishedGrowthIndicatorId: row.published_growth_indicator_id }
        : {}),
      targets: targets.map(toTarget),
      regionIds: regions.map((region) => region.region_id),
      firstPeriod: span?.first ?? null,
      lastPeriod: span?.last ?? null,
      sources: sources.map(toSource),
    });
  }
  return indicators;
}

export async function listRegions(db: SqlClient): Promise<Region[]> {
  const rows = await db.all<RegionRow>(
    `SELECT ${tables.regions.columns.join(', ')} FROM regions ORDER BY position, id`,
  );
  return rows.map((row) => ({
    id: row.id,
    name: { en: row.name_en, zh: row.name_zh },
    level: row.level,
    parentId: row.parent_id,
  }));
}

/** The values of each event's rows in a table of what events concern, in the event's order. */
async function concernsOfEvents<Row extends { event_id: string }, Value>(
  db: SqlClient,
  table: { name: string; columns: readonly (keyof Row & string)[] },
  value: (row: Row) => Value,
): Promise<Map<string, Value[]>> {
  const rows = await db.all<Row>(
    `SELECT ${table.columns.join(', ')} FROM ${table.name} ORDER BY event_id, position`,
  );
  const byEvent = new Map<string, Value[]>();
  for (const row of rows) {
    const values = byEvent.get(row.event_id) ?? [];
    values.push(value(row));
    byEvent.set(row.event_id, values);
  }
  return byEvent;
}

/**
 * The events a query selects, in date order, and the sources they cite, in id order. Every event
 * is read, and the contract's own rule (eventsMatching) selects among them, so that the mock and
 * this server cannot disagree on what an event concerns. Events are few beside observations, and
 * the answer is cached.
 */
export async function listEvents(db: SqlClient, query: EventsQuery): Promise<EventsResponse> {
  const rows = await db.all<EventRow>(
    `SELECT ${tables.events.columns.join(', ')} FROM events ORDER BY date, id`,
  );
  const regionIds = await concernsOfEvents(
    db,
    tables.eventRegions,
    (row: EventRegionRow) => row.region_id,
  );
  const indicatorIds = await concernsOfEvents(
    db,
    tables.eventIndicators,
    (row: EventIndicatorRow) => row.indicator_id,
  );
  const topics = await concernsOfEvents(db, tables.eventTopics, (row: EventTopicRow) => row.topic);
  const events = rows.map(
    (row): PolicyEvent => ({
      id: row.id,
      date: row.date,
      title: { en: row.title_en, zh: row.title_zh },
      description: { en: row.description_en, zh: row.description_zh },
      sourceId: row.source_id,
      regionIds: regionIds.get(row.id) ?? [],
      indicatorIds: indicatorIds.get(row.id) ?? [],
      topics: topics.get(row.id) ?? [],
    }),
  );
  const data = eventsMatching(events, query, {
    indicators: await db.all<Pick<IndicatorRow, 'id' | 'topic'>>(
      'SELECT id, topic FROM indicators',
    ),
    regions: await listRegions(db),
  });
  const { placeholders, params } = listParams('source', [
    ...new Set(data.map((event) => event.sourceId)),
  ]);
  const sources = await db.all<SourceRow>(
    `SELECT ${tables.sources.columns.join(', ')} FROM sources WHERE id IN (${placeholders}) ORDER BY id`,
    params,
  );
  return { data, sources: sources.map(toSource) };
}

/** Ids among those given that the table does not hold. */
export async function unknownIds(
  db: SqlClient,
  table: 'indicators' | 'regions',
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const { placeholders, params } = listParams('id', ids);
  const known = await db.all<{ id: string }>(
    `SELECT id FROM ${table} WHERE id IN (${placeholders})`,
    params,
  );
  const knownIds = new Set(known.map((row) => row.id));
  return ids.filter((id) => !knownIds.has(id));
}
