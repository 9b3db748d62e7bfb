import type { ObservationStatus, Unit } from '../contract/schemas';
import { joinList, type Locale } from '../i18n/locale';
import { translate } from '../i18n/translate';

/** Names listed in full up to this many; beyond, the first few and how many more. */
export const namesListedInFull = 4;

/**
 * Region names for a subtitle: all of them when few, else "Region 001, Region 002, Region 003 and
 * 97 more" (the chart's legend, the table and the CSV list them all).
 */
export function namesText(names: readonly string[], locale: Locale): string {
  if (names.length <= namesListedInFull) return joinList(names, locale);
  const shown = namesListedInFull - 1;
  return translate(locale, 'list.andMore', {
    list: joinList(names.slice(0, shown), locale),
    count: names.length - shown,
    total: names.length,
  });
}

/** The name of a status in the interface language: "estimated", "估计值". */
export function statusLabel(status: ObservationStatus, locale: Locale): string {
  return translate(locale, `status.${status}`);
}

/** The name of a unit for axis titles and table headers: "10,000 persons", "万人". */
export function unitLabel(unit: Unit, locale: Locale): string {
  return translate(locale, `unit.${unit}`);
}
