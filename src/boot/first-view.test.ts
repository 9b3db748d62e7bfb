// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { preferenceCookies, resolvePreferences } from '../app/preferences';

// The head script (first-view.js) cannot import the app's rules, so it repeats them; this holds
// the two to the same answers. The script is read from the file the page inlines, as
// server/boot-script.ts reads it.
const bootScript = readFileSync('src/boot/first-view.js', 'utf8');

/** Sets a cookie in jsdom, as the browser would from a Set-Cookie header or the app. */
function setCookie(pair: string): void {
  // biome-ignore lint/suspicious/noDocumentCookie: jsdom has no Cookie Store API; this is setup.
  document.cookie = `${pair}; Path=/`;
}

function runHeadScript(search: string, cookie: string, systemDark: boolean) {
  window.history.replaceState(null, '', `/${search}`);
  for (const name of Object.values(preferenceCookies)) setCookie(`${name}=; Max-Age=0`);
  for (const pair of cookie.split(';').filter(Boolean)) setCookie(pair.trim());
  window.matchMedia = ((query: string) => ({
    matches: systemDark && query === '(prefers-color-scheme: dark)',
  })) as unknown as typeof window.matchMedia;
  new Function(bootScript)();
  return {
    lang: document.documentElement.lang,
    theme: document.documentElement.dataset.theme,
  };
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
  delete document.documentElement.dataset.theme;
});

describe('the head script', () => {
  const searches = [
    '',
    '?lang=zh-CN',
    '?lang=fr',
    '?theme=dark',
    '?theme=light&lang=en',
    '?theme=x',
  ];
  const cookies = [
    '',
    `${preferenceCookies.locale}=zh-CN`,
    `${preferenceCookies.theme}=dark`,
    `${preferenceCookies.locale}=en; ${preferenceCookies.theme}=light`,
    `${preferenceCookies.locale}=%E4%B8%AD`,
  ];
  for (const search of searches) {
    for (const cookie of cookies) {
      for (const systemDark of [false, true]) {
        it(`sets the language and theme as the app would (${search || 'no query'}; ${cookie || 'no cookie'}; system ${systemDark ? 'dark' : 'light'})`, () => {
          const set = runHeadScript(search, cookie, systemDark);
          const { locale, themeChoice } = resolvePreferences(new URLSearchParams(search), cookie);
          const theme = themeChoice === 'system' ? (systemDark ? 'dark' : 'light') : themeChoice;
          expect(set).toEqual({ lang: locale, theme });
        });
      }
    }
  }
});
