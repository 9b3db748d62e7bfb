import { type ObservationsQuery, observationsSearchParams } from '../contract/observations-query';
import { apiUrl } from './client';

/**
 * The link to GET /observations.csv for a query: a file of every observation that a browser, a
 * spreadsheet or a script fetches without the page.
 */
export function observationsCsvUrl(query: ObservationsQuery): string {
  return apiUrl('/observations.csv', observationsSearchParams(query));
}
