import { ChartThemeProvider } from '../charts/chart-theme';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';
import { localeNames, locales } from '../i18n/translate';
import { DashboardPage } from './dashboard-page';
import { EmbedPage } from './embed-page';
import { pageKind, usePageRequest } from './page-request';
import { type ThemeChoice, usePreferences } from './preferences';
import { ReportPage } from './report-page';
import './app.css';

const themeChoices: ThemeChoice[] = ['system', 'light', 'dark'];

function PreferenceControls({ preferences }: { preferences: ReturnType<typeof usePreferences> }) {
  const { t } = useI18n();
  return (
    <div className="preferences">
      <label>
        {t('app.language')}
        <select
          value={preferences.locale}
          onChange={(event) => preferences.setLocale(event.target.value as Locale)}
        >
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('app.theme')}
        <select
          value={preferences.themeChoice}
          onChange={(event) => preferences.setThemeChoice(event.target.value as ThemeChoice)}
        >
          {themeChoices.map((choice) => (
            <option key={choice} value={choice}>
              {t(`app.theme.${choice}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function Page({ preferences }: { preferences: ReturnType<typeof usePreferences> }) {
  const { t } = useI18n();
  const { pathname } = usePageRequest();
  // The page is chosen by path (see pageKind). Only the dashboard has the page's header.
  const kind = pageKind(pathname);
  if (kind === 'report') {
    return (
      <main className="app app--report">
        <ReportPage />
      </main>
    );
  }
  if (kind === 'embed') {
    return (
      <main className="app app--embed">
        <EmbedPage />
      </main>
    );
  }
  return (
    <div className="app">
      <header className="app__header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="app__lede">{t('app.lede')}</p>
        </div>
        <PreferenceControls preferences={preferences} />
      </header>
      <main>
        <DashboardPage />
      </main>
    </div>
  );
}

export function App() {
  const preferences = usePreferences();
  return (
    <I18nProvider locale={preferences.locale}>
      <ChartThemeProvider theme={preferences.theme}>
        <Page preferences={preferences} />
      </ChartThemeProvider>
    </I18nProvider>
  );
}
