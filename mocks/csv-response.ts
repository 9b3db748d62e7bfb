import type { Catalog } from '../fixtures/catalog';
import type { ObservationsCsvQuery } from '../src/contract/observations-query';
import type { Series } from '../src/contract/schemas';
import {
  observationsCsvHeader,
  observationsCsvHeaders,
  observationsCsvLines,
} from '../src/domain/observations-csv';
import type { LazyPoints } from './minute-points';
import { pointsPerChunk, streamOfParts } from './streamed-response';

/**
 * The answer to GET /observations.csv from the series the query selects: the file written one
 * series at a time as the page reads it, with its number of rows in X-Total-Count, so that a
 * reader can show how far a download has come. A series found in `lazy` (the large scenario's
 * million minutes) is written from there, 20,000 points at a time.
 */
export function csvFileResponse(
  catalog: Catalog,
  query: ObservationsCsvQuery,
  series: Series[],
  lazy: ReadonlyMap<Series, LazyPoints> = new Map(),
): Response {
  const indicators = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
  const regions = new Map(catalog.regions.map((region) => [region.id, region]));
  function* parts(): Generator<string> {
    yield observationsCsvHeader(query.lang);
    for (const entry of series) {
      const indicator = indicators.get(entry.indicatorId);
      const region = regions.get(entry.regionId);
      // The query's ids were checked against the catalogue, so both are known.
      if (!indicator || !region) continue;
      const points = lazy.get(entry);
      if (!points) {
        yield observationsCsvLines(indicator, region, entry.points, query.lang);
        continue;
      }
      for (let start = 0; start < points.count; start += pointsPerChunk) {
        const end = Math.min(points.count, start + pointsPerChunk);
        const chunk = Array.from({ length: end - start }, (_, index) =>
          points.pointAt(start + index),
        );
        yield observationsCsvLines(indicator, region, chunk, query.lang);
      }
    }
  }
  const body = streamOfParts(parts());
  const total = series.reduce(
    (sum, entry) => sum + (lazy.get(entry)?.count ?? entry.points.length),
    0,
  );
  return new Response(body, { headers: observationsCsvHeaders(query, total) });
}
