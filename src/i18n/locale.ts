/** A text in each language the data set is written in. */
interface LocalizedText {
  en: string;
  zh: string;
}

export type Locale = 'en' | 'zh-CN';

export function localized(text: LocalizedText, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}

/** Joins names as the language lists them: "Guizhou, China" or "贵州省、中国". */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(locale === 'zh-CN' ? '、' : ', ');
}
