import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Locale } from './locale';
import { type Translate, translator } from './translate';

export type { Translate };

const I18nContext = createContext<{ locale: Locale; t: Translate }>({
  locale: 'en',
  t: translator('en'),
});

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The interface language and its messages, for any component. */
export function useI18n(): { locale: Locale; t: Translate } {
  return useContext(I18nContext);
}
