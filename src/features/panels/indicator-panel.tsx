import { type ReactNode, useId, useMemo, useState } from 'react';
import { useObservations } from '../../api/get-observations';
import { namesText, unitLabel } from '../../domain/labels';
import { buildPanelModel, type PanelModel } from '../../domain/panel-model';
import {
  type CountView,
  type PanelView,
  panelRequest,
  panelViewKey,
} from '../../domain/panel-view';
import { yearSpan } from '../../domain/periods';
import { useI18n } from '../../i18n/i18n-context';
import { type Locale, localized } from '../../i18n/locale';
import { requestAsBuilt } from '../../instrumentation';
import { PanelContent, PrintPanelContent } from './panel-content';
import { PanelErrorBoundary } from './panel-error-boundary';
import { PanelNotes } from './panel-notes';
import { PanelEmpty, PanelError, PanelLoading, PanelRefreshError } from './panel-states';
import { useSameView } from './use-same-view';
import { useWindowDetail } from './use-window-detail';
import './indicator-panel.css';

export interface IndicatorPanelProps {
  /** What the panel shows (see src/domain/panel-view.ts). */
  view: PanelView;
  onCountViewChange: (countView: CountView) => void;
  /** "print" draws the composed figure and the table, without controls (the report view). */
  presentation?: 'interactive' | 'print';
  /** Controls for a drawn panel that the page adds, such as the export menu. */
  renderActions?: (model: PanelModel) => ReactNode;
}

/**
 * The panel of one indicator. It has its own request, its own loading, empty and error states, and
 * its own error boundary, so that a failure stays within the panel.
 */
export function IndicatorPanel(props: IndicatorPanelProps) {
  const { presentation = 'interactive' } = props;
  const view = useSameView(props.view);
  const { indicator } = view;
  const { locale, t } = useI18n();
  const titleId = useId();
  const query = useObservations(requestAsBuilt(panelRequest(view)));
  const title = localized(indicator.name, locale);

  const current = useMemo(
    () =>
      query.data && !query.isPlaceholderData ? buildPanelModel(view, query.data, locale) : null,
    [query.data, query.isPlaceholderData, view, locale],
  );
  // While the next view loads, keep showing the last complete one, whole and consistent (its own
  // years and regions), rather than old data cut to the new filters.
  const [settled, setSettled] = useState<PanelModel | null>(null);
  if (current && current !== settled) setSettled(current);
  // When the next view fails, the last good one stays, marked as not refreshed.
  const model = current ?? (query.isPlaceholderData || query.isError ? settled : null);
  const refreshFailed = query.isError && model !== null;
  // Only the view of the current filters zooms, not one kept on screen while the next loads.
  const zoom = useWindowDetail(presentation === 'interactive' ? current : null);

  let state: 'loading' | 'error' | 'empty' | 'ready' | 'stale';
  let body: ReactNode;
  if (model?.hasData) {
    state = refreshFailed ? 'stale' : 'ready';
    body = (
      <>
        {refreshFailed && (
          <PanelRefreshError
            error={query.error}
            shown={model.view}
            onRetry={() => void query.refetch()}
          />
        )}
        {presentation === 'print' ? (
          <PrintPanelContent model={model} />
        ) : (
          <PanelContent model={model} zoom={zoom} onCountViewChange={props.onCountViewChange} />
        )}
      </>
    );
  } else if (model) {
    state = 'empty';
    const coverage =
      indicator.firstPeriod && indicator.lastPeriod
        ? ` ${t('panel.coverage', { first: indicator.firstPeriod, last: indicator.lastPeriod })}`
        : '';
    body = (
      <>
        <PanelEmpty
          message={`${t('panel.empty', { regions: regionNames(model, locale), from: model.view.fromYear, to: model.view.toYear })}${coverage}`}
        />
        <PanelNotes model={model} />
      </>
    );
  } else if (query.isError) {
    state = 'error';
    body = <PanelError error={query.error} onRetry={() => void query.refetch()} />;
  } else {
    state = 'loading';
    body = <PanelLoading title={title} />;
  }

  const shownRegions = model
    ? regionNames(model, locale)
    : namesText(
        view.regions.map((region) => localized(region.name, locale)),
        locale,
      );
  // The view on screen is the last complete one while the next loads, and otherwise the one asked
  // for.
  const shownView = model?.view ?? view;
  return (
    <section
      className={`panel panel--${presentation}`}
      aria-labelledby={titleId}
      aria-busy={query.isFetching}
      data-state={state}
      data-indicator={indicator.id}
    >
      <header className="panel__header">
        <div>
          <h2 id={titleId}>{title}</h2>
          <p className="panel__meta">
            {unitLabel(indicator.unit, locale)} · {shownRegions} ·{' '}
            {yearSpan(shownView.fromYear, shownView.toYear)}
            {query.isFetching && model && (
              <span className="panel__updating"> · {t('panel.updating')}</span>
            )}
          </p>
        </div>
        {model?.hasData && presentation === 'interactive' && props.renderActions?.(model)}
      </header>
      <PanelErrorBoundary resetKey={panelViewKey(view)}>{body}</PanelErrorBoundary>
    </section>
  );
}

function regionNames(model: PanelModel, locale: Locale): string {
  return namesText(
    model.series.map((series) => series.regionName),
    locale,
  );
}
