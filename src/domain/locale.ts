import type { LocalizedText } from '../api/schemas';

export type Locale = 'en' | 'zh-CN';

export function localized(text: LocalizedText, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}
