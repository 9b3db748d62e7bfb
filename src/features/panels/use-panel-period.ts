import type { FocusEvent, KeyboardEvent } from 'react';
import type { PanelModel } from '../../domain/panel-model';
import { periodReadout, periodStepOfKey, steppedPeriod } from '../../domain/period-readout';
import { useI18n } from '../../i18n/i18n-context';
import { useSharedPeriod } from './shared-period';

/**
 * One panel's part in the shared period (shared-period.tsx): which period it shows, what it says
 * about it, and the handlers that let its chart and its table move it, by pointer or by key.
 */
export function usePanelPeriod(model: PanelModel) {
  const { locale } = useI18n();
  const origin = model.view.indicator.id;
  const { shared, setPeriod } = useSharedPeriod(origin);
  // A chart of minutes has a time axis, not periods to step through, and no other panel has its
  // minutes, so it takes no part.
  const periods = model.view.indicator.frequency === 'minutely' ? [] : model.periods;
  const period = shared && periods.includes(shared.period) ? shared.period : null;
  const readout = period === null ? null : periodReadout(model, period, locale);
  const stepped = shared?.origin === origin && shared.via === 'keyboard';

  const keyHandler =
    (direction: 'across' | 'down') =>
    (event: KeyboardEvent<HTMLElement>): void => {
      const step = periodStepOfKey(event.key, direction);
      if (step === null) {
        if (event.key === 'Escape') setPeriod(null);
        return;
      }
      const next = steppedPeriod(periods, period, step);
      if (next === null) return;
      event.preventDefault();
      setPeriod(next, 'keyboard');
    };

  return {
    /** The period to show, when this panel's axis has it. */
    period,
    /** What the panel says about it, or null. */
    readout,
    /** The readout when this panel's own keys moved the period: a live region reads it out. */
    announcement: stepped ? readout : null,
    /**
     * Where the chart shows its axis pointer. The chart under the reader's pointer shows its own,
     * so it is given none.
     */
    chartPointerIndex:
      period === null || (shared?.origin === origin && shared.via === 'pointer')
        ? null
        : periods.indexOf(period),
    onChartPointerIndex:
      periods.length === 0
        ? undefined
        : (index: number | null) => setPeriod(index === null ? null : (periods[index] ?? null)),
    onChartKeyDown: keyHandler('across'),
    onTableKeyDown: keyHandler('down'),
    onRowPointer: (rowPeriod: string | null) => setPeriod(rowPeriod),
    /** Leaving the chart or the table by the keyboard takes its period away. */
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setPeriod(null);
    },
  };
}

export type PanelPeriod = ReturnType<typeof usePanelPeriod>;
