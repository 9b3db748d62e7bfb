import { parseAsString, useQueryState } from 'nuqs';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { ChartTheme } from '../charts/chart-theme';
import type { Locale } from '../i18n/locale';
import { isLocale } from '../i18n/translate';
import { usePageRequest } from './page-request';

/**
 * The language and theme are kept in the URL (`lang=zh-CN`, `theme=dark`), so that a link carries
 * them, and remembered in a cookie for the next visit. A cookie rather than localStorage, because
 * the reference server reads it to render the page in the reader's language before any script
 * runs (see docs/decisions/0007-first-view-before-scripts.md). The theme follows the system
 * unless the reader chooses one. src/boot/first-view.js applies the same rules before the first
 * paint; keep the two in step.
 */

export type ThemeChoice = 'system' | ChartTheme;
export const preferenceCookies = {
  locale: 'poverty-dashboard.lang',
  theme: 'poverty-dashboard.theme',
} as const;

/** A year: a preference outlives a visit, but not for ever. */
const cookieMaxAgeSeconds = 365 * 24 * 60 * 60;

/** The value of one cookie in a Cookie header (or document.cookie), or null. */
export function cookieValue(cookie: string, name: string): string | null {
  for (const pair of cookie.split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(value.join('='));
      } catch {
        return null;
      }
    }
  }
  return null;
}

function remember(name: string, value: string): void {
  // SameSite=Lax: the cookie goes with a link followed from another site, so a shared link opens
  // in the reader's language; it carries no secret. It is written at once, not through the
  // asynchronous Cookie Store API, so that the very next request carries it.
  // biome-ignore lint/suspicious/noDocumentCookie: the value is encoded, and the write must be synchronous.
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${cookieMaxAgeSeconds}; SameSite=Lax`;
}

function isThemeChoice(value: string | null): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

/** The reader's language and theme choice: from the URL, else the cookie, else the defaults. */
export function resolvePreferences(
  params: URLSearchParams,
  cookie: string,
): { locale: Locale; themeChoice: ThemeChoice } {
  const lang = params.get('lang');
  const rememberedLocale = cookieValue(cookie, preferenceCookies.locale);
  const theme = params.get('theme');
  const rememberedTheme = cookieValue(cookie, preferenceCookies.theme);
  return {
    locale: isLocale(lang) ? lang : isLocale(rememberedLocale) ? rememberedLocale : 'en',
    themeChoice: isThemeChoice(theme)
      ? theme
      : isThemeChoice(rememberedTheme)
        ? rememberedTheme
        : 'system',
  };
}

/** The language to use before React starts, for the start-up error page. */
export function initialLocale(): Locale {
  return resolvePreferences(new URLSearchParams(window.location.search), document.cookie).locale;
}

const darkQuery = '(prefers-color-scheme: dark)';

function subscribeToSystemTheme(onChange: () => void): () => void {
  const media = window.matchMedia?.(darkQuery);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

/**
 * Whether the system asks for dark. The theme changes no markup (charts and legends are drawn so
 * that CSS picks the theme's colours), so a page rendered without knowing it can be taken over
 * with the browser's value at once: there is nothing for hydration to disagree with.
 */
const systemIsDark = () =>
  typeof window !== 'undefined' && window.matchMedia?.(darkQuery).matches === true;

export function usePreferences() {
  const [lang, setLang] = useQueryState('lang', parseAsString);
  const [themeParam, setThemeParam] = useQueryState('theme', parseAsString);
  const { cookie } = usePageRequest();
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, systemIsDark, systemIsDark);

  const params = new URLSearchParams();
  if (lang) params.set('lang', lang);
  if (themeParam) params.set('theme', themeParam);
  const { locale, themeChoice } = resolvePreferences(params, cookie);
  const theme: ChartTheme =
    themeChoice === 'system' ? (systemDark ? 'dark' : 'light') : themeChoice;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dataset.theme = theme;
  }, [locale, theme]);

  const setLocale = useCallback(
    (next: Locale) => {
      remember(preferenceCookies.locale, next);
      void setLang(next);
    },
    [setLang],
  );
  const setThemeChoice = useCallback(
    (next: ThemeChoice) => {
      remember(preferenceCookies.theme, next);
      void setThemeParam(next === 'system' ? null : next);
    },
    [setThemeParam],
  );
  return { locale, setLocale, themeChoice, setThemeChoice, theme };
}
