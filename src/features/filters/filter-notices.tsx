import type { FilterNotice } from '../../domain/filter-state';
import { useI18n } from '../../i18n/i18n-context';
import './filter-notices.css';

/** What the URL asked for that could not be shown, and what is shown instead. */
export function FilterNotices({ notices }: { notices: readonly FilterNotice[] }) {
  const { t } = useI18n();
  if (notices.length === 0) return null;
  return (
    <div className="filter-notices" role="status">
      <p className="filter-notices__title">{t('filters.noticesTitle')}</p>
      <ul>
        {notices.map((notice) => (
          <li key={`${notice.parameter}:${notice.problem}`}>
            <code>{notice.parameter}</code>: {t(notice.key, notice.params)}
          </li>
        ))}
      </ul>
    </div>
  );
}
