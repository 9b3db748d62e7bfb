import { embedFilters } from '../domain/embed';
import { FilterNotices } from '../features/filters/filter-notices';
import { useFilters } from '../features/filters/use-filters';
import { useI18n } from '../i18n/i18n-context';
import { CatalogGate, type PageCatalog } from './catalog-gate';
import { usePageRequest } from './page-request';
import { PanelGrid } from './panel-grid';
import './embed-page.css';

function Embed({ catalog }: { catalog: PageCatalog }) {
  const { t } = useI18n();
  const { search } = usePageRequest();
  const { filters, notices, setCountView } = useFilters(catalog);
  const embed = embedFilters(filters, new URLSearchParams(search).get('indicator'));
  return (
    <div className="embed">
      <FilterNotices notices={[...notices, ...embed.notices]} />
      <PanelGrid
        catalog={catalog}
        filters={embed.filters}
        onCountViewChange={setCountView}
        presentation="interactive"
      />
      <p className="embed__footer">
        {t('app.title')} ·{' '}
        {/* A new tab: the host page the embed sits in stays where the reader left it. */}
        <a href={`/${search}`} target="_blank" rel="noopener">
          {t('embed.fullView')}
        </a>
      </p>
    </div>
  );
}

/**
 * One panel of a view, for another page to frame (/embed): the panel with its title, filters line,
 * chart, deltas, events and target, sources and status legend, and a link to the full view; no
 * page header and no filter bar, since the embed shows what its link says.
 */
export function EmbedPage() {
  return <CatalogGate>{(catalog) => <Embed catalog={catalog} />}</CatalogGate>;
}
