import { useEffect, useMemo, useState } from 'react';
import { useChartTheme } from '../../charts/chart-theme';
import { EChart } from '../../charts/e-chart';
import { buildPanelOption } from '../../charts/panel-option';
import { localIsoDate } from '../../domain/dates';
import type { CountView, PanelModel } from '../../domain/panel-model';
import { summarizePanel } from '../../domain/panel-summary';
import { useI18n } from '../../i18n/i18n-context';
import { DeltaStrip } from './delta-strip';
import { PanelNotes, PanelSources } from './panel-notes';
import { PanelTable } from './panel-table';
import { SeriesLegend } from './series-legend';
import { StatusLegend } from './status-legend';

const prefersReducedMotion = () =>
  typeof window !== 'undefined' &&
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

/** A drawn panel on screen: changes, chart or table, legends, notes and sources. */
export function PanelContent({
  model,
  onCountViewChange,
}: {
  model: PanelModel;
  onCountViewChange: (view: CountView) => void;
}) {
  const { locale, t } = useI18n();
  const theme = useChartTheme();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const option = useMemo(
    () =>
      buildPanelOption(model, { locale, theme, animation: !prefersReducedMotion(), zoom: true }),
    [model, locale, theme],
  );
  return (
    <>
      <DeltaStrip model={model} />
      <div className="panel__controls">
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('panel.showAs')}</legend>
          <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            {t('panel.chart')}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {t('panel.table')}
          </button>
        </fieldset>
        {model.countViews.length > 1 && (
          <label className="panel__count-view">
            {t('panel.counts')}
            <select
              value={model.countView}
              onChange={(event) => onCountViewChange(event.target.value as CountView)}
            >
              {model.countViews.map((countView) => (
                <option key={countView} value={countView}>
                  {t(`panel.countView.${countView}`)}
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
        <PanelTable model={model} />
      )}
      <StatusLegend statuses={model.statuses} />
      <PanelNotes model={model} />
      <PanelSources model={model} />
    </>
  );
}

/**
 * A drawn panel in the report: the composed figure (as exported) and the table. The figure code
 * (with ECharts) is loaded apart from the first download, so the figure follows the table.
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
    </>
  );
}
