import { queryOptions, useQuery } from '@tanstack/react-query';
import { type EventsResponse, eventsResponseSchema } from '../contract/schemas';
import { apiGet } from './client';

/** Every policy event, with the publications they cite; panels pick the ones that concern them. */
export async function getEvents(signal?: AbortSignal): Promise<EventsResponse> {
  return apiGet('/events', eventsResponseSchema, signal ? { signal } : {});
}

export function eventsQueryOptions() {
  return queryOptions({
    queryKey: ['events'],
    queryFn: ({ signal }) => getEvents(signal),
    staleTime: 60 * 60 * 1000,
  });
}

export function useEvents() {
  return useQuery(eventsQueryOptions());
}
