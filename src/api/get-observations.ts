import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type ObservationsQuery, observationsSearchParams } from '../contract/observations-query';
import { observationsResponseSchema, type Series } from '../contract/schemas';
import { apiGet } from './client';

export async function getObservations(
  query: ObservationsQuery,
  signal?: AbortSignal,
  timeoutMs?: number,
): Promise<Series[]> {
  const response = await apiGet('/observations', observationsResponseSchema, {
    params: observationsSearchParams(query),
    ...(signal ? { signal } : {}),
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  return response.data;
}

export function observationsQueryOptions(query: ObservationsQuery) {
  return queryOptions({
    // Every parameter is in the key, so a filter change is a new query and old data stays cached.
    queryKey: ['observations', query],
    queryFn: ({ signal }) => getObservations(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60 * 1000,
  });
}

export function useObservations(query: ObservationsQuery) {
  return useQuery(observationsQueryOptions(query));
}
