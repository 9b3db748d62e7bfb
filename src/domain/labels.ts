import type { ObservationStatus, Unit } from '../api/schemas';
import { translate } from '../i18n/translate';
import type { Locale } from './locale';

/** The name of a status in the interface language: "estimated", "估计值". */
export function statusLabel(status: ObservationStatus, locale: Locale): string {
  return translate(locale, `status.${status}`);
}

/** The name of a unit for axis titles and table headers: "10,000 persons", "万人". */
export function unitLabel(unit: Unit, locale: Locale): string {
  return translate(locale, `unit.${unit}`);
}
