import type { Locale } from '../i18n/locale';
import { escapeHtml } from './escape-html';
import { type FilterNotice, type Filters, filtersQueryString } from './filter-state';

/**
 * The embed (/embed): one panel of the dashboard, for another page to frame. It reads the
 * dashboard's own view parameters, so a view becomes an embed by its path alone.
 */

/** The path of the embed page. */
export const embedPath = '/embed';

/**
 * The embed page lives at /embed (with or without a trailing slash), and nowhere else: the path
 * decides which page other sites may frame, so it is matched exactly.
 */
export function isEmbedPath(pathname: string): boolean {
  return pathname === embedPath || pathname === `${embedPath}/`;
}

/**
 * The filters an embed draws: the view asked for, with its first indicator only. More than one in
 * the URL is not refused, since the link still says what to draw, but the page says which were
 * left out. Indicators the URL did not name (the defaults of a link without any) are dropped
 * without a word, since the reader asked for none of them.
 */
export function embedFilters(
  filters: Filters,
  askedIndicators: string | null | undefined,
): { filters: Filters; notices: FilterNotice[] } {
  const [first, ...rest] = filters.indicatorIds;
  if (first === undefined || rest.length === 0) return { filters, notices: [] };
  const asked = new Set((askedIndicators ?? '').split(','));
  const others = rest.filter((id) => asked.has(id));
  const shown = { ...filters, indicatorIds: [first] };
  if (!asked.has(first) || others.length === 0) return { filters: shown, notices: [] };
  return {
    filters: shown,
    notices: [
      {
        parameter: 'indicator',
        problem: `An embed shows one indicator; ${others.join(', ')} left out`,
        key: 'notice.embedOneIndicator',
        params: { parameter: 'indicator', shown: first, others: others.join(', ') },
      },
    ],
  };
}

/**
 * The address of the embed of one panel of a view: the view's filters with that indicator alone,
 * and the reader's language, so that the framed panel reads as the one the reader exported.
 */
export function embedUrl(
  origin: string,
  filters: Filters,
  indicatorId: string,
  locale: Locale,
): string {
  const countView = filters.countViewByIndicator[indicatorId];
  const query = filtersQueryString({
    ...filters,
    indicatorIds: [indicatorId],
    countViewByIndicator: countView ? { [indicatorId]: countView } : {},
  });
  return `${origin}${embedPath}?${query}&lang=${locale}`;
}

/**
 * The frame's size: wide enough for the chart and its deltas side by side, and tall enough for a
 * panel of one region with its events, target, legend and sources (993 pixels in Chromium at this
 * width). A panel with more regions or events scrolls inside its frame; the writer may make the
 * frame taller.
 */
export const embedSize = { width: 720, height: 1000 } as const;

/**
 * The HTML that puts an embed into another page: an iframe with a title (what a screen reader
 * announces), a fixed size that never overflows a narrow column, no border, and loaded only when
 * the reader scrolls near it.
 */
export function embedCode(url: string, title: string): string {
  const attributes = [
    `src="${escapeHtml(url)}"`,
    `title="${escapeHtml(title)}"`,
    `width="${embedSize.width}"`,
    `height="${embedSize.height}"`,
    'loading="lazy"',
    'style="border: 0; max-width: 100%;"',
  ];
  return `<iframe ${attributes.join(' ')}></iframe>`;
}
