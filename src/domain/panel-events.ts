import type { Period } from '../contract/periods';
import type { Frequency, PolicyEvent, Source } from '../contract/schemas';
import { type Locale, localized } from '../i18n/locale';
import type { PanelView } from './panel-view';

/** A policy event as a panel shows it: numbered on the chart, listed with its source below it. */
export interface PanelEvent {
  /** The number the chart's mark carries, from 1, in date order. */
  number: number;
  event: PolicyEvent;
  /** The ids of the panel's regions the event concerns: a CSV row lists only its region's. */
  regionIds: readonly string[];
  /** The event's date as published: a day, a month or a year ("2015-11-29", "2014"). */
  date: string;
  title: string;
  description: string;
  /** The period on the chart's axis that holds the date; null when the axis has no such period. */
  period: Period | null;
  /** The publication the event cites; null when the API did not send it. */
  source: Source | null;
}

/**
 * The period of the given frequency that holds a date. A date known only to the year goes on the
 * year's first period of a half-yearly or monthly axis, and the date beside its number says that
 * only the year is known. A minute axis takes no events: no event here is dated to the minute.
 */
export function periodOfDate(date: string, frequency: Frequency): Period | null {
  const year = date.slice(0, 4);
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : 1;
  if (frequency === 'annual') return year;
  if (frequency === 'half-yearly') return `${year}-H${month <= 6 ? 1 : 2}`;
  if (frequency === 'monthly') return `${year}-${String(month).padStart(2, '0')}`;
  return null;
}

/** The view's events, numbered, each placed on the axis when the axis holds its period. */
export function panelEvents(
  view: PanelView,
  periods: readonly Period[],
  locale: Locale,
): PanelEvent[] {
  const onAxis = new Set(periods);
  return view.events.map(({ event, regionIds }, index) => {
    const period = periodOfDate(event.date, view.indicator.frequency);
    return {
      number: index + 1,
      event,
      regionIds,
      date: event.date,
      title: localized(event.title, locale),
      description: localized(event.description, locale),
      period: period !== null && onAxis.has(period) ? period : null,
      source: view.eventSources.find((source) => source.id === event.sourceId) ?? null,
    };
  });
}

/** The events drawn at each period of the axis, so that one mark carries every number there. */
export function eventsByPeriod(events: readonly PanelEvent[]): Map<Period, PanelEvent[]> {
  const byPeriod = new Map<Period, PanelEvent[]>();
  for (const event of events) {
    if (event.period === null) continue;
    byPeriod.set(event.period, [...(byPeriod.get(event.period) ?? []), event]);
  }
  return byPeriod;
}
