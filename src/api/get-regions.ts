import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Region, regionsResponseSchema } from '../contract/schemas';
import { apiGet } from './client';

export async function getRegions(signal?: AbortSignal): Promise<Region[]> {
  const response = await apiGet('/regions', regionsResponseSchema, signal ? { signal } : {});
  return response.data;
}

export function regionsQueryOptions() {
  return queryOptions({
    queryKey: ['regions'],
    queryFn: ({ signal }) => getRegions(signal),
    staleTime: 60 * 60 * 1000,
  });
}

export function useRegions() {
  return useQuery(regionsQueryOptions());
}
