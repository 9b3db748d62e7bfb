import type { FilterNotice } from './filter-state';

/** What the URL asked for that could not be shown, and what is shown instead. */
export function FilterNotices({ notices }: { notices: readonly FilterNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="filter-notices" role="status">
      <p className="filter-notices__title">Some of this link's filters could not be used:</p>
      <ul>
        {notices.map((notice) => (
          <li key={`${notice.parameter}:${notice.message}`}>
            <code>{notice.parameter}</code>: {notice.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
