import type { FocusEvent, KeyboardEvent } from 'react';
import type { PanelModel } from '../../domain/panel-model';
import { periodReadout, periodStepOfKey, steppedPeriod } from '../../domain/period-readout';
import { useI18n } from '../../i18n/i18n-context';
import {
  periodSeenBy,
  type SharedPeriodStore,
  setSharedPeriod,
  useSharedPeriod,
  useSharedPeriodStore,
} from './shared-period';

/**
 * One panel's part in the shared period (shared-period.tsx), in two halves. The panel holds the
 * link: the store and the handlers that let its chart and its table move the period, which read
 * the store when they run and so never re-render the panel. The few parts that show the period (the
 * chart's pointer, the readout, the table's marked row) subscribe through useShownPeriod.
 */
export interface PanelPeriodLink {
  store: SharedPeriodStore;
  model: PanelModel;
  origin: string;
  /** The periods a reader can point at and step through. */
  periods: readonly string[];
  onChartPointerIndex: ((index: number | null) => void) | undefined;
  onChartKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onTableKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onRowPointer: (period: string | null) => void;
  /** Leaving the chart or the table by the keyboard takes its period away. */
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

/** The period a panel shows: the shared one, when its axis has it. */
function shownPeriod(link: Pick<PanelPeriodLink, 'periods'>, period: string | undefined) {
  return period !== undefined && link.periods.includes(period) ? period : null;
}

export function usePanelPeriodLink(model: PanelModel): PanelPeriodLink {
  const store = useSharedPeriodStore();
  const origin = model.view.indicator.id;
  // A chart of minutes has a time axis, not periods to step through, and no other panel has its
  // minutes, so it takes no part.
  const periods = model.view.indicator.frequency === 'minutely' ? [] : model.periods;
  const set = (period: string | null, via?: 'pointer' | 'keyboard') =>
    setSharedPeriod(store, origin, period, via);

  const keyHandler =
    (direction: 'across' | 'down') =>
    (event: KeyboardEvent<HTMLElement>): void => {
      const step = periodStepOfKey(event.key, direction);
      if (step === null) {
        if (event.key === 'Escape') set(null);
        return;
      }
      const current = shownPeriod({ periods }, periodSeenBy(store, origin)?.period);
      const next = steppedPeriod(periods, current, step);
      if (next === null) return;
      event.preventDefault();
      set(next, 'keyboard');
    };

  return {
    store,
    model,
    origin,
    periods,
    onChartPointerIndex:
      periods.length === 0
        ? undefined
        : (index) => set(index === null ? null : (periods[index] ?? null)),
    onChartKeyDown: keyHandler('across'),
    onTableKeyDown: keyHandler('down'),
    onRowPointer: (rowPeriod) => set(rowPeriod),
    onBlur: (event) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) set(null);
    },
  };
}

/** What a panel shows of the shared period; subscribes, so it re-renders when the period moves. */
export function useShownPeriod(link: PanelPeriodLink) {
  const { locale } = useI18n();
  const shared = useSharedPeriod(link.store, link.origin);
  const period = shownPeriod(link, shared?.period);
  const readout = period === null ? null : periodReadout(link.model, period, locale);
  const own = shared?.origin === link.origin;
  return {
    period,
    /** What the panel says about it, or null. */
    readout,
    /** The readout when this panel's own keys moved the period: a live region reads it out. */
    announcement: own && shared?.via === 'keyboard' ? readout : null,
    /**
     * Where the chart shows its axis pointer. The chart under the reader's pointer shows its own,
     * so it is given none.
     */
    chartPointerIndex:
      period === null || (own && shared?.via === 'pointer') ? null : link.periods.indexOf(period),
  };
}
