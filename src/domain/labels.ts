import type { ObservationStatus, Unit } from '../api/schemas';
import type { Locale } from './locale';

/** Names of statuses and units, in each interface language. */

export const statusLabels: Record<ObservationStatus, Record<Locale, string>> = {
  reported: { en: 'reported', 'zh-CN': '公布值' },
  estimated: { en: 'estimated', 'zh-CN': '估计值' },
  derived: { en: 'derived', 'zh-CN': '推算值' },
};

export const unitLabels: Record<Unit, Record<Locale, string>> = {
  percent: { en: '%', 'zh-CN': '%' },
  '10k-persons': { en: '10,000 persons', 'zh-CN': '万人' },
  count: { en: 'count', 'zh-CN': '个' },
  'billion-yuan': { en: 'billion yuan', 'zh-CN': '十亿元' },
};
