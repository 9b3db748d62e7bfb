import type { Locale } from './locale';
import { en, type MessageKey } from './messages-en';
import { zhCN } from './messages-zh-cn';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogues: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

/** The message for a key in a language, with `{name}` placeholders filled in. Pure. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

export const locales: readonly Locale[] = ['en', 'zh-CN'];
export const localeNames: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

export function isLocale(value: string | null | undefined): value is Locale {
  return value === 'en' || value === 'zh-CN';
}
