import { type ReactNode, useId, useMemo, useState } from 'react';
import { useObservations } from '../../api/get-observations';
import type { Indicator, ObservationStatus, Region } from '../../contract/schemas';
import { namesText, unitLabel } from '../../domain/labels';
import {
  buildPanelModel,
  type CountView,
  type PanelModel,
  panelQuery,
} from '../../domain/panel-model';
import { yearSpan } from '../../domain/periods';
import { useI18n } from '../../i18n/i18n-context';
import { type Locale, localized } from '../../i18n/locale';
import { PanelContent, PrintPanelContent } from './panel-content';
import { PanelErrorBoundary } from './panel-error-boundary';
import { PanelNotes } from './panel-notes';
import { PanelEmpty, PanelError, PanelLoading, PanelRefreshError } from './panel-states';
import { useWindowDetail } from './use-window-detail';

export interface IndicatorPanelProps {
  indicator: Indicator;
  regions: readonly Region[];
  fromYear: number;
  toYear: number;
  shownStatuses: readonly ObservationStatus[];
  countView: CountView;
  onCountViewChange: (view: CountView) => void;
  /** "print" draws the composed figure and the table, without controls (the report view). */
  presentation?: 'interactive' | 'print';
  /** Controls for a drawn panel that the page adds, such as the export menu. */
  renderActions?: (model: PanelModel) => ReactNode;
}

/** One indicator: its own request, its own states, its own failure. */
export function IndicatorPanel(props: IndicatorPanelProps) {
  const {
    indicator,
    regions,
    fromYear,
    toYear,
    shownStatuses,
    countView,
    presentation = 'interactive',
  } = props;
  const { locale, t } = useI18n();
  const titleId = useId();
  const regionIds = regions.map((region) => region.id);
  const query = useObservations(panelQuery(indicator, regionIds, fromYear, toYear, countView));
  const title = localized(indicator.name, locale);

  const current = useMemo(
    () =>
      query.data && !query.isPlaceholderData
        ? buildPanelModel(indicator, regions, query.data, {
            fromYear,
            toYear,
            shownStatuses: new Set(shownStatuses),
            countView,
            locale,
          })
        : null,
    [
      query.data,
      query.isPlaceholderData,
      indicator,
      regions,
      fromYear,
      toYear,
      shownStatuses,
      countView,
      locale,
    ],
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
            shown={model}
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
          message={`${t('panel.empty', { regions: regionNames(model, locale), from: model.fromYear, to: model.toYear })}${coverage}`}
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
        regions.map((region) => localized(region.name, locale)),
        locale,
      );
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
            {yearSpan(model?.fromYear ?? fromYear, model?.toYear ?? toYear)}
            {query.isFetching && model && (
              <span className="panel__updating"> · {t('panel.updating')}</span>
            )}
          </p>
        </div>
        {model?.hasData && presentation === 'interactive' && props.renderActions?.(model)}
      </header>
      <PanelErrorBoundary resetKey={`${regionIds.join(',')}|${fromYear}|${toYear}|${countView}`}>
        {body}
      </PanelErrorBoundary>
    </section>
  );
}

function regionNames(model: PanelModel, locale: Locale): string {
  return namesText(
    model.series.map((series) => series.regionName),
    locale,
  );
}
