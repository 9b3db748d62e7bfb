import { parseAsString, useQueryState } from 'nuqs';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { ChartTheme } from '../charts/chart-theme';
import type { Locale } from '../i18n/locale';
import { isLocale } from '../i18n/translate';

/**
 * The language and theme are kept in the URL (`lang=zh-CN`, `theme=dark`), so that a link carries
 * them, and remembered in localStorage for the next visit. The theme follows the system unless the
 * reader chooses one.
 */

export type ThemeChoice = 'system' | ChartTheme;
const storageKeys = { locale: 'poverty-dashboard.lang', theme: 'poverty-dashboard.theme' } as const;

function stored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function remember(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // The browser refused the storage (in private mode, or over quota). The URL still carries the
    // choice.
  }
}

function isThemeChoice(value: string | null): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

/**
 * The language to use before React starts, for the start-up error page. It comes from the URL,
 * else from localStorage, else it is English.
 */
export function initialLocale(): Locale {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  const remembered = stored(storageKeys.locale);
  return isLocale(remembered) ? remembered : 'en';
}

const darkQuery = '(prefers-color-scheme: dark)';

function subscribeToSystemTheme(onChange: () => void): () => void {
  const media = window.matchMedia?.(darkQuery);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

export function usePreferences() {
  const [lang, setLang] = useQueryState('lang', parseAsString);
  const [themeParam, setThemeParam] = useQueryState('theme', parseAsString);
  const systemDark = useSyncExternalStore(
    subscribeToSystemTheme,
    () => window.matchMedia?.(darkQuery).matches === true,
    () => false,
  );

  const rememberedLocale = stored(storageKeys.locale);
  const locale: Locale = isLocale(lang)
    ? lang
    : isLocale(rememberedLocale)
      ? rememberedLocale
      : 'en';
  const rememberedTheme = stored(storageKeys.theme);
  const themeChoice: ThemeChoice = isThemeChoice(themeParam)
    ? themeParam
    : isThemeChoice(rememberedTheme)
      ? rememberedTheme
      : 'system';
  const theme: ChartTheme =
    themeChoice === 'system' ? (systemDark ? 'dark' : 'light') : themeChoice;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dataset.theme = theme;
  }, [locale, theme]);

  const setLocale = useCallback(
    (next: Locale) => {
      remember(storageKeys.locale, next);
      void setLang(next);
    },
    [setLang],
  );
  const setThemeChoice = useCallback(
    (next: ThemeChoice) => {
      remember(storageKeys.theme, next);
      void setThemeParam(next === 'system' ? null : next);
    },
    [setThemeParam],
  );
  return { locale, setLocale, themeChoice, setThemeChoice, theme };
}
