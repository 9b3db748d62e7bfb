import { type ComponentProps, useEffect, useMemo, useState } from 'react';
import { type ChartTheme, useChartTheme } from '../../charts/chart-theme';
import { EChart } from '../../charts/e-chart';
import { buildPanelOption } from '../../charts/panel-option';
import { localIsoDate } from '../../domain/dates';
import { formatPlainNumber } from '../../domain/format';
import type { PanelModel } from '../../domain/panel-model';
import { summarizePanel } from '../../domain/panel-summary';
import { type CountView, isDenseView } from '../../domain/panel-view';
import { periodLabel } from '../../domain/periods';
import { useI18n } from '../../i18n/i18n-context';
import { DeltaStrip } from './delta-strip';
import { PanelEvents, PanelTargets } from './panel-context';
import { PanelNotes, PanelSources } from './panel-notes';
import { PanelTable } from './panel-table';
import { SeriesLegend } from './series-legend';
import { StatusLegend } from './status-legend';
import { type PanelPeriodLink, usePanelPeriodLink, useShownPeriod } from './use-panel-period';
import type { useWindowDetail, WindowDetail } from './use-window-detail';
import './panel-content.css';

const prefersReducedMotion = () =>
  typeof window !== 'undefined' &&
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

/** A drawn panel on screen: changes, chart or table, legends, notes and sources. */
export function PanelContent({
  model,
  zoom,
  onCountViewChange,
}: {
  model: PanelModel;
  /** A zoomed chart's window and the model it draws (useWindowDetail). */
  zoom?: ReturnType<typeof useWindowDetail>;
  onCountViewChange: (view: CountView) => void;
}) {
  const { locale, t } = useI18n();
  const theme = useChartTheme();
  const [shownAs, setShownAs] = useState<'chart' | 'table'>('chart');
  const chartModel = zoom?.chartModel ?? model;
  const periodLink = usePanelPeriodLink(model);
  const zoomWindow = zoom?.zoomWindow ?? null;
  const option = useMemo(
    () =>
      buildPanelOption(chartModel, {
        locale,
        theme,
        animation: !prefersReducedMotion(),
        zoom: true,
        zoomWindow,
      }),
    [chartModel, zoomWindow, locale, theme],
  );
  // The chart the panel first drew may have a snapshot from before the scripts ran; a later model
  // (new data, a zoom) has none. The snapshot is drawn in both themes, so the theme is left open.
  const [firstModel] = useState(chartModel);
  const snapshot = useMemo(
    () =>
      chartModel === firstModel && zoomWindow === null
        ? (snapshotTheme: ChartTheme) =>
            buildPanelOption(chartModel, {
              locale,
              theme: snapshotTheme,
              animation: false,
              zoom: true,
              zoomWindow: null,
            })
        : undefined,
    [chartModel, firstModel, zoomWindow, locale],
  );
  return (
    <>
      <DeltaStrip model={model} />
      <div className="panel__controls">
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('panel.showAs')}</legend>
          <button
            type="button"
            aria-pressed={shownAs === 'chart'}
            onClick={() => setShownAs('chart')}
          >
            {t('panel.chart')}
          </button>
          <button
            type="button"
            aria-pressed={shownAs === 'table'}
            onClick={() => setShownAs('table')}
          >
            {t('panel.table')}
          </button>
        </fieldset>
        {model.countViewChoices.length > 1 && (
          <label className="panel__count-view">
            {t('panel.counts')}
            <select
              value={model.view.countView}
              onChange={(event) => onCountViewChange(event.target.value as CountView)}
            >
              {model.countViewChoices.map((countView) => (
                <option key={countView} value={countView}>
                  {t(`panel.countView.${countView}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <SeriesLegend model={model} />
      {shownAs === 'chart' ? (
        <>
          {/* biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; this groups a chart with the keys that step through it. */}
          <div
            className="panel__chart-keys"
            role="group"
            aria-label={t('readout.keys', { title: model.title })}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the chart takes focus so that the arrow keys step through its periods; the group's label says so.
            tabIndex={0}
            onKeyDown={periodLink.onChartKeyDown}
            onBlur={periodLink.onBlur}
          >
            <LinkedChart
              periodLink={periodLink}
              option={option}
              dense={isDenseView(model.view)}
              snapshot={snapshot}
              className="panel__chart"
              {...(periodLink.onChartPointerIndex
                ? { onPointerIndex: periodLink.onChartPointerIndex }
                : {})}
              {...(zoom?.onZoom ? { onZoom: zoom.onZoom } : {})}
            />
          </div>
          <PeriodReadout periodLink={periodLink} />
          {zoom?.detail && <WindowNote detail={zoom.detail} />}
          <PanelEvents model={model} layout="list" />
        </>
      ) : (
        <>
          <PanelTable model={model} periodLink={periodLink} />
          <PeriodReadout periodLink={periodLink} />
        </>
      )}
      <PanelTargets model={model} />
      <StatusLegend statuses={model.statuses} />
      <PanelNotes model={model} zoomShowsDetail={zoom?.onZoom !== undefined} />
      <PanelSources model={model} />
    </>
  );
}

/**
 * The panel's chart, with its axis pointer at the shared period. Only this wrapper subscribes, so
 * a move of the period re-renders it and not the panel around it.
 */
function LinkedChart({
  periodLink,
  ...chart
}: { periodLink: PanelPeriodLink } & Omit<ComponentProps<typeof EChart>, 'pointerIndex'>) {
  const { chartPointerIndex } = useShownPeriod(periodLink);
  return <EChart {...chart} pointerIndex={chartPointerIndex} />;
}

/**
 * The values at the period the reader points at, on this panel or another. The visible line is
 * for the eye; a keyboard step is read out by the live region beside it.
 */
function PeriodReadout({ periodLink }: { periodLink: PanelPeriodLink }) {
  const shown = useShownPeriod(periodLink);
  return (
    <>
      <p className="panel__readout" aria-hidden="true" data-testid="period-readout">
        {shown.readout}
      </p>
      <p className="visually-hidden" role="status">
        {shown.announcement}
      </p>
    </>
  );
}

/**
 * Says what a zoomed chart of minutes shows: every point of its range, a thinned share of them, or
 * that the range's points are still loading or could not be loaded.
 */
function WindowNote({ detail }: { detail: WindowDetail }) {
  const { locale, t } = useI18n();
  const range = {
    from: periodLabel(detail.timeWindow.start, locale),
    to: periodLabel(detail.timeWindow.end, locale),
  };
  let text: string;
  if (detail.state !== 'shown') text = t(`chart.window.${detail.state}`, range);
  else if (detail.shown < detail.total) {
    text = t('chart.window.thinned', {
      ...range,
      shown: formatPlainNumber(detail.shown, locale),
      total: formatPlainNumber(detail.total, locale),
    });
  } else
    text = t('chart.window.shown', { ...range, shown: formatPlainNumber(detail.shown, locale) });
  return (
    <p className="panel__window" role="status">
      {text}
    </p>
  );
}

/**
 * A drawn panel in the report: the composed figure, as exported, and the table. The figure code,
 * ECharts included, is not part of the page's first download but loaded afterwards, so the figure
 * appears after the table.
 */
export function PrintPanelContent({ model }: { model: PanelModel }) {
  const { locale } = useI18n();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('../../charts/figure').then(({ composeFigureSvg }) => {
      if (!current) return;
      const svg = composeFigureSvg(model, {
        locale,
        size: 'document',
        viewPath: `${window.location.pathname}${window.location.search}`,
        exportDate: localIsoDate(),
      });
      setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [model, locale]);
  return (
    <>
      {src && <img className="panel__figure" src={src} alt={summarizePanel(model, locale)} />}
      <PanelTable model={model} />
      <PanelTargets model={model} />
    </>
  );
}
