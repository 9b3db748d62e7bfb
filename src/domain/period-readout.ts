import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/translate';
import { formatValue } from './format';
import { statusLabel } from './labels';
import type { PanelModel } from './panel-model';
import { periodLabel } from './periods';

/**
 * What a panel says about one period when a reader points at it, on this panel or on another:
 * "2015: Guizhou 14.7 % (reported); China 5.7 % (reported)". Periods are matched by their id, not
 * by their place on the axis, because panels span different years and frequencies. A panel whose
 * axis does not have the period says nothing (null), rather than showing a neighbouring one.
 */
export function periodReadout(model: PanelModel, period: string, locale: Locale): string | null {
  if (!model.periods.includes(period)) return null;
  const unit = model.view.indicator.unit;
  const values = model.series.map((series) => {
    const point = series.points.find((candidate) => candidate.period === period);
    return point && point.value !== null
      ? translate(locale, 'readout.value', {
          region: series.regionName,
          value: formatValue(point.value, unit, locale),
          status: statusLabel(point.status, locale),
        })
      : translate(locale, 'readout.noValue', { region: series.regionName });
  });
  return translate(locale, 'readout.period', {
    period: periodLabel(period, locale),
    values: values.join(translate(locale, 'readout.separator')),
  });
}

/** A step through a panel's periods, from a key on its chart or its table. */
export type PeriodStep = 'previous' | 'next' | 'first' | 'last';

/**
 * The step a key takes. A chart's periods run across, so the left and right arrows step; a
 * table's run down its rows, so the up and down arrows do. Home and End go to either end.
 */
export function periodStepOfKey(key: string, direction: 'across' | 'down'): PeriodStep | null {
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  const [back, forward] =
    direction === 'across' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  if (key === back) return 'previous';
  if (key === forward) return 'next';
  return null;
}

/**
 * The period a step moves to on a panel's axis. From a period the axis does not have (another
 * panel's, or none yet), a step starts at the end it points to; at either end it stays.
 */
export function steppedPeriod(
  periods: readonly string[],
  current: string | null,
  step: PeriodStep,
): string | null {
  const index = current === null ? -1 : periods.indexOf(current);
  const last = periods.length - 1;
  switch (step) {
    case 'first':
      return periods[0] ?? null;
    case 'last':
      return periods[last] ?? null;
    case 'previous':
      return periods[index < 0 ? last : Math.max(0, index - 1)] ?? null;
    case 'next':
      return periods[index < 0 ? 0 : Math.min(last, index + 1)] ?? null;
  }
}
