import { useEffect, useRef, useState } from 'react';
import { type FigureSize, figureSizes } from '../../charts/figure-sizes';
import type { Filters } from '../../domain/filter-state';
import { formatPlainNumber } from '../../domain/format';
import type { PanelModel } from '../../domain/panel-model';
import { isDenseView } from '../../domain/panel-view';
import { yearSpan } from '../../domain/periods';
import { useI18n } from '../../i18n/i18n-context';
import type { CsvProgress } from './export-actions';
import './export-menu.css';

type Action =
  | 'png'
  | 'svg'
  | 'copy-image'
  | 'csv'
  | 'copy-link'
  | 'copy-data-link'
  | 'copy-embed-code';

const actionLabels = {
  png: 'export.png',
  svg: 'export.svg',
  'copy-image': 'export.copyImage',
  csv: 'export.csv',
  'copy-link': 'export.copyLink',
  'copy-data-link': 'export.copyDataLink',
  'copy-embed-code': 'export.copyEmbedCode',
} as const;

/**
 * The export menu of a panel. It offers the composed figure as PNG or SVG at a preset size, the
 * image copied to the clipboard, the CSV, the link to the view, the link to its data file and the code that embeds it in another page. Every
 * export covers the whole view, and on a chart that zooms the menu says so. A long CSV shows how
 * many of its rows have arrived and can be cancelled.
 */
export function ExportMenu({
  model,
  filters,
}: {
  model: PanelModel;
  /** The page's filters the panel was drawn from, which its embed code keeps. */
  filters: Filters;
}) {
  const { locale, t } = useI18n();
  const [size, setSize] = useState<FigureSize>('slide');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // While a long CSV arrives: how far it has come, and the controller its Cancel button aborts.
  const [progress, setProgress] = useState<CsvProgress | null>(null);
  const cancel = useRef<AbortController | null>(null);
  // A panel that goes away (its view changed) stops its download, rather than saving it later.
  useEffect(() => () => cancel.current?.abort(), []);

  const run = async (action: Action) => {
    setBusy(true);
    setMessage(null);
    const controller = new AbortController();
    cancel.current = controller;
    // The actions are loaded on first use, so that the CSV library and the figure code are not
    // part of the page's first download.
    const actions = await import('./export-actions');
    try {
      const request = { model, locale, size };
      const text = await (async () => {
        switch (action) {
          case 'png':
            return t('export.downloaded', { file: await actions.downloadPng(request) });
          case 'svg':
            return t('export.downloaded', { file: actions.downloadSvg(request) });
          case 'csv':
            return t('export.downloaded', {
              file: await actions.downloadCsv(request, {
                signal: controller.signal,
                onProgress: setProgress,
              }),
            });
          case 'copy-image':
            await actions.copyPng(request);
            return t('export.imageCopied');
          case 'copy-link':
            await actions.copyLink();
            return t('export.linkCopied');
          case 'copy-data-link':
            await actions.copyDataLink(model, locale);
            return t('export.dataLinkCopied');
          case 'copy-embed-code':
            await actions.copyEmbedCode(model, filters, locale);
            return t('export.embedCodeCopied');
        }
      })();
      setMessage({ text, error: false });
    } catch (error) {
      const text =
        error instanceof actions.ExportProblem
          ? t(error.key, error.params)
          : error instanceof Error
            ? error.message
            : String(error);
      setMessage({ text, error: true });
    } finally {
      cancel.current = null;
      setProgress(null);
      setBusy(false);
    }
  };
  const format = (count: number) => formatPlainNumber(count, locale);

  return (
    <details className="export-menu">
      <summary>{t('export.menu')}</summary>
      <div className="export-menu__body">
        <label>
          {t('export.size')}
          <select value={size} onChange={(event) => setSize(event.target.value as FigureSize)}>
            {(Object.keys(figureSizes) as FigureSize[]).map((key) => (
              <option key={key} value={key}>
                {t(`export.size.${key}`)} ({figureSizes[key].width}×{figureSizes[key].height})
              </option>
            ))}
          </select>
        </label>
        {/* A dense chart zooms on screen (see buildPanelOption); exports cover the whole view. */}
        {isDenseView(model.view) && (
          <p className="export-menu__scope">
            {t('export.wholeView', { years: yearSpan(model.view.fromYear, model.view.toYear) })}
          </p>
        )}
        <div className="export-menu__actions">
          {(Object.keys(actionLabels) as Action[]).map((action) => (
            <button key={action} type="button" disabled={busy} onClick={() => void run(action)}>
              {t(actionLabels[action])}
            </button>
          ))}
        </div>
        {progress && (
          <div className="export-menu__progress">
            <progress max={progress.total} value={progress.rows} aria-label={t('export.csv')} />
            <button type="button" onClick={() => cancel.current?.abort()}>
              {t('export.cancel')}
            </button>
          </div>
        )}
        <p
          className={
            message?.error
              ? 'export-menu__message export-menu__message--error'
              : 'export-menu__message'
          }
          role="status"
        >
          {progress
            ? t('export.csvProgress', {
                rows: format(progress.rows),
                total: format(progress.total),
              })
            : message?.text}
        </p>
      </div>
    </details>
  );
}
