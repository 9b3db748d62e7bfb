import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Indicator, indicatorsResponseSchema } from '../contract/schemas';
import { apiGet } from './client';

export async function getIndicators(signal?: AbortSignal): Promise<Indicator[]> {
  const response = await apiGet('/indicators', indicatorsResponseSchema, signal ? { signal } : {});
  return response.data;
}

export function indicatorsQueryOptions() {
  return queryOptions({
    queryKey: ['indicators'],
    queryFn: ({ signal }) => getIndicators(signal),
    staleTime: 60 * 60 * 1000,
  });
}

export function useIndicators() {
  return useQuery(indicatorsQueryOptions());
}
