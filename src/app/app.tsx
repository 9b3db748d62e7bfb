import type { Locale } from '../domain/locale';
import { DashboardPage } from './dashboard-page';
import { ReportPage } from './report-page';

/** Two pages, chosen by path: the dashboard at /, the print report at /report. */
export function App({ locale = 'en' }: { locale?: Locale }) {
  if (window.location.pathname.replace(/\/$/, '').endsWith('/report')) {
    return (
      <main className="app app--report">
        <ReportPage locale={locale} />
      </main>
    );
  }
  return (
    <div className="app">
      <header className="app__header">
        <h1>Guizhou poverty-alleviation indicators</h1>
        <p className="app__lede">
          Poverty, rural e-commerce and the big-data economy, from published figures. Every value
          carries its status and its source.
        </p>
      </header>
      <main>
        <DashboardPage locale={locale} />
      </main>
    </div>
  );
}
