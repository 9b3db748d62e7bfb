import type { ObservationStatus, Unit } from '../contract/schemas';
import { joinList, type Locale } from '../i18n/locale';
import { translate } from '../i18n/translate';

/**
 * Up to this many names are listed in full. Beyond that, a list names the first few and says how
 * many more there are.
 */
export const namesListedInFull = 4;

/**
 * Region names for a subtitle: all of them when there are few, otherwise the first few and a
 * count, as in "Region 001, Region 002, Region 003 and 97 more". The subtitle may leave names out
 * because the chart's legend, the table and the CSV list every region.
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
