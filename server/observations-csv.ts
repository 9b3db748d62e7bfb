import type { ObservationsQuery } from '../src/contract/observations-query';
import {
  observationsCsvHeader,
  observationsCsvHeaders,
  observationsCsvLines,
} from '../src/domain/observations-csv';
import type { Db } from './database';
import { listIndicators, listRegions, observationPages } from './repository';

/**
 * GET /observations.csv: the data file, written from pages of points as the client reads it, so
 * that a million rows pass through the server without being held. X-Total-Count says how many rows
 * follow the header, so that a client can show its progress and refuse a file that ends short.
 */
export async function observationsCsvResponse(db: Db, query: ObservationsQuery): Promise<Response> {
  const [indicators, regions, { total, pages }] = await Promise.all([
    listIndicators(db),
    listRegions(db),
    observationPages(db, query),
  ]);
  const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const regionById = new Map(regions.map((region) => [region.id, region]));
  const encoder = new TextEncoder();
  const iterator = pages();
  let headerSent = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(observationsCsvHeader()));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      const { indicatorId, regionId, points } = next.value;
      const indicator = indicatorById.get(indicatorId);
      const region = regionById.get(regionId);
      // The query's ids were checked against the database, so both are known.
      if (indicator && region)
        controller.enqueue(encoder.encode(observationsCsvLines(indicator, region, points)));
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
  return new Response(body, {
    headers: { ...observationsCsvHeaders(query, total), 'Cache-Control': 'no-cache' },
  });
}
