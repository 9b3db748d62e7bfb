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
import type { CountView } from '../../domain/panel-view';

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
  // A count view is written into the filters the URL holds now. On a dashboard that renders its
  // panels in the background (see dashboard-page.tsx), a panel may still be drawing older filters,
  // and writing into those would undo the reader's latest change.
  const setCountView = useCallback(
    (indicatorId: string, countView: CountView) =>
      setFilters({
        ...filters,
        countViewByIndicator: { ...filters.countViewByIndicator, [indicatorId]: countView },
      }),
    [filters, setFilters],
  );
  return { filters, notices, setFilters, setCountView };
}
