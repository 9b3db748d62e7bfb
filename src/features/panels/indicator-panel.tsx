import { type ReactNode, useId, useMemo, useState } from 'react';
import { useObservations } from '../../api/get-observations';
import type { Indicator, ObservationStatus, Region } from '../../api/schemas';
import { EChart } from '../../charts/e-chart';
import { composeFigureSvg } from '../../charts/figure';
import { buildPanelOption } from '../../charts/panel-option';
import { unitLabels } from '../../domain/labels';
import type { Locale } from '../../domain/locale';
import { localized } from '../../domain/locale';
import {
  buildPanelModel,
  type CountView,
  needsFullHistory,
  type PanelModel,
} from '../../domain/panel-model';
import { summarizePanel } from '../../domain/panel-summary';
import { DeltaStrip } from './delta-strip';
import { PanelErrorBoundary } from './panel-error-boundary';
import { PanelNotes, PanelSources } from './panel-notes';
import { PanelEmpty, PanelError, PanelLoading, PanelRefreshError } from './panel-states';
import { PanelTable } from './panel-table';
import { SeriesLegend } from './series-legend';
import { StatusLegend } from './status-legend';

export interface IndicatorPanelProps {
  indicator: Indicator;
  regions: readonly Region[];
  fromYear: number;
  toYear: number;
  shownStatuses: readonly ObservationStatus[];
  countView: CountView;
  onCountViewChange: (view: CountView) => void;
  locale: Locale;
  /** "print" draws the composed figure and the table, without controls (the report view). */
  presentation?: 'interactive' | 'print';
  /** Controls for a drawn panel that the page adds, such as the export menu. */
  renderActions?: (model: PanelModel) => ReactNode;
}

const countViewLabels: Record<CountView, string> = {
  'as-published': 'as published',
  'per-period': 'per year',
  cumulative: 'cumulated',
};

const prefersReducedMotion = () =>
  typeof window !== 'undefined' &&
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

function PanelContent({
  model,
  locale,
  onCountViewChange,
}: {
  model: PanelModel;
  locale: Locale;
  onCountViewChange: (view: CountView) => void;
}) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const option = useMemo(
    () => buildPanelOption(model, { locale, animation: !prefersReducedMotion() }),
    [model, locale],
  );
  return (
    <>
      <DeltaStrip model={model} locale={locale} />
      <div className="panel__controls">
        <fieldset className="segmented">
          <legend className="visually-hidden">Show as</legend>
          <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            Chart
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            Table
          </button>
        </fieldset>
        {model.countViews.length > 1 && (
          <label className="panel__count-view">
            Counts
            <select
              value={model.countView}
              onChange={(event) => onCountViewChange(event.target.value as CountView)}
            >
              {model.countViews.map((countView) => (
                <option key={countView} value={countView}>
                  {countViewLabels[countView]}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <SeriesLegend model={model} />
      {view === 'chart' ? (
        <EChart option={option} className="panel__chart" />
      ) : (
        <PanelTable model={model} locale={locale} />
      )}
      <StatusLegend statuses={model.statuses} locale={locale} />
      <PanelNotes model={model} locale={locale} />
      <PanelSources model={model} />
    </>
  );
}

function PrintPanelContent({ model, locale }: { model: PanelModel; locale: Locale }) {
  const src = useMemo(() => {
    const svg = composeFigureSvg(model, {
      locale,
      size: 'document',
      viewPath: `${window.location.pathname}${window.location.search}`,
      exportDate: new Date().toISOString().slice(0, 10),
    });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }, [model, locale]);
  return (
    <>
      <img className="panel__figure" src={src} alt={summarizePanel(model, locale)} />
      <PanelTable model={model} locale={locale} />
    </>
  );
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
    locale,
    presentation = 'interactive',
  } = props;
  const titleId = useId();
  const regionIds = regions.map((region) => region.id);
  // Re-expressed counts need the series from its start; see buildPanelModel.
  const query = useObservations({
    indicatorIds: [indicator.id],
    regionIds,
    ...(needsFullHistory(countView) ? {} : { fromYear }),
    toYear,
  });
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
          <PrintPanelContent model={model} locale={locale} />
        ) : (
          <PanelContent model={model} locale={locale} onCountViewChange={props.onCountViewChange} />
        )}
      </>
    );
  } else if (model) {
    state = 'empty';
    const coverage =
      indicator.firstPeriod && indicator.lastPeriod
        ? ` This indicator has data from ${indicator.firstPeriod} to ${indicator.lastPeriod}.`
        : '';
    body = (
      <>
        <PanelEmpty
          message={`No data for ${regionNames(model)} in ${model.fromYear} to ${model.toYear}.${coverage}`}
        />
        <PanelNotes model={model} locale={locale} />
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
    ? regionNames(model)
    : regions.map((region) => localized(region.name, locale)).join(', ');
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
            {unitLabels[indicator.unit][locale]} · {shownRegions} · {model?.fromYear ?? fromYear}–
            {model?.toYear ?? toYear}
            {query.isFetching && model && <span className="panel__updating"> · updating…</span>}
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

function regionNames(model: PanelModel): string {
  return model.series.map((series) => series.regionName).join(', ');
}
