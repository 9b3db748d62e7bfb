import type { Catalog } from '../fixtures/catalog';
import type { ObservationsQuery } from '../src/contract/observations-query';
import type { Series } from '../src/contract/schemas';
import {
  observationsCsvHeader,
  observationsCsvHeaders,
  observationsCsvLines,
} from '../src/domain/observations-csv';
import { streamOfParts } from './streamed-response';

/**
 * The answer to GET /observations.csv from the series the query selects: the file written one
 * series at a time as the page reads it, with its number of rows in X-Total-Count, so that a
 * reader can show how far a download has come.
 */
export function csvFileResponse(
  catalog: Catalog,
  query: ObservationsQuery,
  series: Series[],
): Response {
  const indicators = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
  const regions = new Map(catalog.regions.map((region) => [region.id, region]));
  function* parts(): Generator<string> {
    yield observationsCsvHeader();
    for (const entry of series) {
      const indicator = indicators.get(entry.indicatorId);
      const region = regions.get(entry.regionId);
      // The query's ids were checked against the catalogue, so both are known.
      if (indicator && region) yield observationsCsvLines(indicator, region, entry.points);
    }
  }
  const body = streamOfParts(parts());
  const total = series.reduce((sum, entry) => sum + entry.points.length, 0);
  return new Response(body, { headers: observationsCsvHeaders(query, total) });
}
