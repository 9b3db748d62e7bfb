import { absoluteApiBaseUrl } from '../../api/client';
import { observationsCsvUrl } from '../../api/get-observations-csv';
import { composeFigureSvg, figureFileName } from '../../charts/figure';
import { type FigureSize, figurePixelRatio, figureSizes } from '../../charts/figure-sizes';
import { panelCsv } from '../../domain/csv';
import { localIsoDate } from '../../domain/dates';
import type { PanelModel } from '../../domain/panel-model';
import type { PanelView } from '../../domain/panel-view';
import type { Locale } from '../../i18n/locale';
import type { MessageKey, MessageParams } from '../../i18n/translate';
import type { WholeCsvRequest, WholeCsvResponse } from './whole-csv-worker';

/**
 * What the export menu does, in the browser. Loaded on first use, so the CSV library and the
 * figure code are not part of the page's first download.
 */

/** A failure the menu explains in the interface language. */
export class ExportProblem extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
  }
}

export interface ExportRequest {
  model: PanelModel;
  locale: Locale;
  size: FigureSize;
}

function figureSvg({ model, locale, size }: ExportRequest): string {
  return composeFigureSvg(model, {
    locale,
    size,
    viewPath: `${window.location.pathname}${window.location.search}`,
    exportDate: localIsoDate(),
  });
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws an SVG document onto a canvas at the figure's pixel ratio and returns the PNG. */
export async function rasterize(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * figurePixelRatio;
    canvas.height = height * figurePixelRatio;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images (no 2D canvas).');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function figurePng(request: ExportRequest): Promise<Blob> {
  const { width, height } = figureSizes[request.size];
  return rasterize(figureSvg(request), width, height);
}

export async function downloadPng(request: ExportRequest): Promise<string> {
  const fileName = `${figureFileName(request.model, request.size)}.png`;
  download(await figurePng(request), fileName);
  return fileName;
}

export function downloadSvg(request: ExportRequest): string {
  const fileName = `${figureFileName(request.model, request.size)}.svg`;
  download(new Blob([figureSvg(request)], { type: 'image/svg+xml;charset=utf-8' }), fileName);
  return fileName;
}

/**
 * The CSV of a thinned panel, with every observation, written by a worker (see
 * whole-csv-worker.ts).
 */
function wholeCsvInWorker(view: PanelView, locale: Locale): Promise<Blob> {
  const worker = new Worker(new URL('./whole-csv-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WholeCsvResponse>) => {
      if (event.data.ok) resolve(event.data.csv);
      else reject(new ExportProblem('export.csvFailed', { reason: event.data.message }));
    };
    worker.onerror = (event) =>
      reject(new ExportProblem('export.csvFailed', { reason: event.message }));
    const request: WholeCsvRequest = { view, locale, apiBaseUrl: absoluteApiBaseUrl() };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/**
 * Every observation of the panel as CSV. Where the chart draws a thinned series, the file is asked
 * for again in full, off the main thread; otherwise it is the panel's own data.
 */
export async function downloadCsv({
  model,
  locale,
}: Pick<ExportRequest, 'model' | 'locale'>): Promise<string> {
  const fileName = `${figureFileName(model, null)}.csv`;
  const csv = model.thinned
    ? await wholeCsvInWorker(model.view, locale)
    : new Blob([panelCsv(model, locale)], { type: 'text/csv;charset=utf-8' });
  download(csv, fileName);
  return fileName;
}

/**
 * Copies the PNG where the browser allows it. Where it does not, it throws an ExportProblem that
 * tells the reader why.
 */
export async function copyPng(request: ExportRequest): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    throw new ExportProblem('export.noImageClipboard');
  }
  // The item takes a promise, so the copy stays inside the click's user gesture.
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': figurePng(request) })]);
}

export function copyLink(): Promise<string> {
  return copyText(window.location.href);
}

/**
 * Copies the link to the data file of the panel's indicators, regions and years: every
 * observation as published, whatever the chart thins or re-expresses.
 */
export function copyDataLink(model: PanelModel): Promise<string> {
  const { view } = model;
  return copyText(
    observationsCsvUrl({
      indicatorIds: [view.indicator.id],
      regionIds: view.regions.map((region) => region.id),
      fromYear: view.fromYear,
      toYear: view.toYear,
    }),
  );
}

async function copyText(link: string): Promise<string> {
  if (!navigator.clipboard?.writeText) {
    throw new ExportProblem('export.noTextClipboard', { link });
  }
  await navigator.clipboard.writeText(link);
  return link;
}
