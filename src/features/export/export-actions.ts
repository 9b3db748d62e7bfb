import { getObservationsCsv, observationsCsvUrl } from '../../api/get-observations-csv';
import { composeFigureSvg, figureFileName } from '../../charts/figure';
import { type FigureSize, figurePixelRatio, figureSizes } from '../../charts/figure-sizes';
import { panelCsv } from '../../domain/csv';
import { csvRecordCounter } from '../../domain/csv-records';
import { localIsoDate } from '../../domain/dates';
import { embedCode, embedUrl } from '../../domain/embed';
import type { Filters } from '../../domain/filter-state';
import { formatPlainNumber } from '../../domain/format';
import type { PanelModel } from '../../domain/panel-model';
import { dataFileQuery, type PanelView } from '../../domain/panel-view';
import { yearSpan } from '../../domain/periods';
import { joinList, type Locale, localized } from '../../i18n/locale';
import { type MessageKey, type MessageParams, translate } from '../../i18n/translate';

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

/** How far a long file has come: rows received, of the rows the file holds. */
export interface CsvProgress {
  rows: number;
  total: number;
}

/** What a long export is told and asked by the menu: where to report, and when to stop. */
export interface LongWork {
  signal: AbortSignal;
  onProgress: (progress: CsvProgress) => void;
}

/** Progress is reported at most this often, so that a fast stream does not flood the page. */
const progressIntervalMs = 200;

/**
 * The data file of a thinned panel's view (GET /observations.csv), read as it arrives. Its rows are
 * counted against the number the file says it holds, so a file that ends short is refused rather
 * than saved; cancelling stops the request and saves nothing.
 */
async function dataFile(view: PanelView, locale: Locale, work: LongWork): Promise<Blob> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const counter = csvRecordCounter();
  let progress: CsvProgress = { rows: 0, total: 0 };
  try {
    const file = await getObservationsCsv({ ...dataFileQuery(view), lang: locale }, work.signal);
    progress = { rows: 0, total: file.total };
    work.onProgress(progress);
    const reader = file.body.getReader();
    // The abort stops the request; cancelling the reader as well ends a read that is waiting,
    // wherever the body comes from.
    const stop = () => void reader.cancel().catch(() => {});
    work.signal.addEventListener('abort', stop, { once: true });
    let reportedAt = performance.now();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        work.signal.throwIfAborted();
        if (done) break;
        chunks.push(value);
        // The header is a record too.
        progress = { rows: Math.max(0, counter.add(value) - 1), total: file.total };
        if (performance.now() - reportedAt >= progressIntervalMs) {
          work.onProgress(progress);
          reportedAt = performance.now();
        }
      }
    } finally {
      work.signal.removeEventListener('abort', stop);
    }
  } catch (error) {
    if (work.signal.aborted) throw new ExportProblem('export.cancelled');
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExportProblem('export.csvFailed', { reason });
  }
  work.onProgress(progress);
  if (progress.rows !== progress.total) {
    throw new ExportProblem('export.csvShort', {
      rows: formatPlainNumber(progress.rows, locale),
      total: formatPlainNumber(progress.total, locale),
    });
  }
  return new Blob(chunks, { type: 'text/csv;charset=utf-8' });
}

/**
 * Every observation of the panel as CSV. A panel whose chart draws a thinned series downloads its
 * data file, which may hold a million rows, with progress and a way to cancel; any other panel
 * already holds every observation and writes its own CSV, events and targets included.
 */
export async function downloadCsv(
  { model, locale }: Pick<ExportRequest, 'model' | 'locale'>,
  work: LongWork,
): Promise<string> {
  const fileName = `${figureFileName(model, null)}.csv`;
  const csv = model.thinned
    ? await dataFile(model.view, locale, work)
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
 * observation as published, whatever the chart thins or re-expresses, with its header row and
 * names in the reader's language.
 */
export function copyDataLink(model: PanelModel, locale: Locale): Promise<string> {
  return copyText(observationsCsvUrl({ ...dataFileQuery(model.view), lang: locale }));
}

/**
 * Copies the HTML that frames this panel in another page: an iframe of the embed (/embed) for the
 * panel's indicator with the page's other filters, titled with what it shows.
 */
export function copyEmbedCode(
  model: PanelModel,
  filters: Filters,
  locale: Locale,
): Promise<string> {
  const { view } = model;
  const title = translate(locale, 'embed.frameTitle', {
    indicator: localized(view.indicator.name, locale),
    regions: joinList(
      view.regions.map((region) => localized(region.name, locale)),
      locale,
    ),
    years: yearSpan(view.fromYear, view.toYear),
    dataset: translate(locale, 'app.title'),
  });
  const url = embedUrl(window.location.origin, filters, view.indicator.id, locale);
  return copyText(embedCode(url, title), 'export.noCodeClipboard');
}

/**
 * Copies text to the clipboard. Where the browser does not allow it, the ExportProblem carries
 * the text, so that the reader can copy it by hand.
 */
async function copyText(
  text: string,
  refused: 'export.noTextClipboard' | 'export.noCodeClipboard' = 'export.noTextClipboard',
): Promise<string> {
  if (!navigator.clipboard?.writeText) {
    throw new ExportProblem(refused, { text });
  }
  await navigator.clipboard.writeText(text);
  return text;
}
