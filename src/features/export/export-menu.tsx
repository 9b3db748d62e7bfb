import { useState } from 'react';
import { type FigureSize, figureSizes } from '../../charts/figure';
import type { Locale } from '../../domain/locale';
import type { PanelModel } from '../../domain/panel-model';

const sizeLabels: Record<FigureSize, string> = {
  slide: 'Slide',
  document: 'Document',
  square: 'Square',
};

type Action = 'png' | 'svg' | 'copy-image' | 'csv' | 'copy-link';

/** Export a panel: composed PNG or SVG at a preset size, the image to the clipboard, CSV, link. */
export function ExportMenu({ model, locale }: { model: PanelModel; locale: Locale }) {
  const [size, setSize] = useState<FigureSize>('slide');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: Action) => {
    setBusy(true);
    setMessage(null);
    try {
      const actions = await import('./export-actions');
      const request = { model, locale, size };
      const text = await (async () => {
        switch (action) {
          case 'png':
            return `Downloaded ${await actions.downloadPng(request)}`;
          case 'svg':
            return `Downloaded ${actions.downloadSvg(request)}`;
          case 'csv':
            return `Downloaded ${actions.downloadCsv(request)}`;
          case 'copy-image':
            await actions.copyPng(request);
            return 'Image copied to the clipboard.';
          case 'copy-link':
            await actions.copyLink();
            return 'Link to this view copied to the clipboard.';
        }
      })();
      setMessage({ text, error: false });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="export-menu">
      <summary>Export</summary>
      <div className="export-menu__body">
        <label>
          Size
          <select value={size} onChange={(event) => setSize(event.target.value as FigureSize)}>
            {(Object.keys(figureSizes) as FigureSize[]).map((key) => (
              <option key={key} value={key}>
                {sizeLabels[key]} ({figureSizes[key].width}×{figureSizes[key].height})
              </option>
            ))}
          </select>
        </label>
        <div className="export-menu__actions">
          <button type="button" disabled={busy} onClick={() => void run('png')}>
            Download PNG
          </button>
          <button type="button" disabled={busy} onClick={() => void run('svg')}>
            Download SVG
          </button>
          <button type="button" disabled={busy} onClick={() => void run('copy-image')}>
            Copy image
          </button>
          <button type="button" disabled={busy} onClick={() => void run('csv')}>
            Download CSV
          </button>
          <button type="button" disabled={busy} onClick={() => void run('copy-link')}>
            Copy link
          </button>
        </div>
        <p
          className={
            message?.error
              ? 'export-menu__message export-menu__message--error'
              : 'export-menu__message'
          }
          role="status"
        >
          {message?.text}
        </p>
      </div>
    </details>
  );
}
