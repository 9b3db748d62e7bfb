import type { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import './startup-error.css';

/** Shown instead of the dashboard when it cannot start, saying what to fix. */
export function StartupError({
  problems,
  locale,
}: {
  problems: readonly string[];
  locale: Locale;
}) {
  const t = translator(locale);
  return (
    <main className="startup-error" role="alert">
      <h1>{t('startup.title')}</h1>
      <p>{t('startup.problem')}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
      <p>{t('startup.expected', { example: '{ "apiBaseUrl": "/api/v1", "mockApi": true }' })}</p>
    </main>
  );
}
