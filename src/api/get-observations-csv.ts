import {
  type ObservationsCsvQuery,
  observationsCsvSearchParams,
} from '../contract/observations-query';
import { ApiError } from './api-error';
import { apiGetStream, apiUrl } from './client';

/**
 * The link to GET /observations.csv for a query: a file of every observation that a browser, a
 * spreadsheet or a script fetches without the page.
 */
export function observationsCsvUrl(query: ObservationsCsvQuery): string {
  return apiUrl('/observations.csv', observationsCsvSearchParams(query));
}

/** The data file as it arrives, and how many rows it says it holds (X-Total-Count). */
export interface ObservationsCsvStream {
  body: ReadableStream<Uint8Array<ArrayBuffer>>;
  total: number;
}

/**
 * Asks for the data file of a query and hands back its body unread, so that the caller reads it
 * at its own pace and can tell how far it has come. The signal cancels the body too.
 */
export async function getObservationsCsv(
  query: ObservationsCsvQuery,
  signal: AbortSignal,
): Promise<ObservationsCsvStream> {
  const response = await apiGetStream('/observations.csv', 'text/csv', {
    params: observationsCsvSearchParams(query),
    signal,
  });
  const count = response.headers.get('X-Total-Count') ?? '';
  const total = /^\d+$/.test(count) ? Number(count) : Number.NaN;
  // Without its count the file could end short unnoticed, so it is refused.
  if (!response.body || !Number.isSafeInteger(total)) {
    // Not awaited: the body is given up, and nothing depends on when it is let go.
    response.body?.cancel().catch(() => {});
    throw new ApiError('invalid-response', 'The data file came without its number of rows.', {
      url: response.url,
    });
  }
  return { body: response.body, total };
}
