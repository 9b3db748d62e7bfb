import type { ObservationsCsvQuery } from '../src/contract/observations-query';
import {
  observationsCsvHeader,
  observationsCsvHeaders,
  observationsCsvLines,
} from '../src/domain/observations-csv';
import type { Db } from './database';
import { observationPages } from './observation-reads';
import { listIndicators, listRegions } from './repository';

/**
 * GET /observations.csv: the data file, written from pages of points as the client reads it, so
 * that a million rows pass through the server without being held. X-Total-Count says how many rows
 * follow the header, so that a client can show its progress and refuse a file that ends short.
 */
export async function observationsCsvResponse(
  db: Db,
  query: ObservationsCsvQuery,
): Promise<Response> {
  const [indicators, regions, { total, pages }] = await Promise.all([
    listIndicators(db),
    listRegions(db),
    observationPages(db, query),
  ]);
  const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const regionById = new Map(regions.map((region) => [region.id, region]));
  async function* parts(): AsyncGenerator<string> {
    yield observationsCsvHeader(query.lang);
    for await (const { indicatorId, regionId, points } of pages()) {
      const indicator = indicatorById.get(indicatorId);
      const region = regionById.get(regionId);
      // The query's ids were checked against the database, so both are known.
      if (indicator && region) yield observationsCsvLines(indicator, region, points, query.lang);
    }
  }
  // Each page is read only when the client has taken the one before; a client that goes away
  // ends the reading.
  const iterator = parts();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
  return new Response(body, {
    headers: { ...observationsCsvHeaders(query, total), 'Cache-Control': 'no-cache' },
  });
}
