import { parseAsString, useQueryStates } from 'nuqs';
import { useCallback, useMemo } from 'react';
import {
  type FilterCatalog,
  type FilterNotice,
  type Filters,
  filterParameterNames,
  resolveFilters,
  serializeFilters,
} from '../../domain/filter-state';
import type { CountView } from '../../domain/panel-model';

const parsers = Object.fromEntries(
  filterParameterNames.map((name) => [name, parseAsString]),
) as Record<(typeof filterParameterNames)[number], typeof parseAsString>;

/**
 * The filters, read from and written to the URL. Each change is a history entry, so back and
 * forward step through views; the URL is the only place the state lives.
 */
export function useFilters(catalog: FilterCatalog): {
  filters: Filters;
  notices: FilterNotice[];
  setFilters: (next: Filters) => void;
  setCountView: (indicatorId: string, view: CountView) => void;
} {
  const [raw, setRaw] = useQueryStates(parsers, { history: 'push' });
  const { indicators, regions } = catalog;
  const { filters, notices } = useMemo(
    () => resolveFilters(raw, { indicators, regions }),
    [raw, indicators, regions],
  );
  const setFilters = useCallback((next: Filters) => void setRaw(serializeFilters(next)), [setRaw]);
  // Written into the filters of this render, the latest: a panel may be drawing older ones.
  const setCountView = useCallback(
    (indicatorId: string, view: CountView) =>
      setFilters({ ...filters, countViews: { ...filters.countViews, [indicatorId]: view } }),
    [filters, setFilters],
  );
  return { filters, notices, setFilters, setCountView };
}
