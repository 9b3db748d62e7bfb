/// <reference lib="webworker" />
import { setApiBaseUrl } from '../../api/client';
import { panelCsv } from '../../domain/csv';
import type { PanelView } from '../../domain/panel-view';
import type { Locale } from '../../i18n/locale';
import { wholeViewModel } from './whole-panel-model';

/**
 * Makes the CSV of a thinned panel off the page's main thread. Asking for a million observations,
 * checking them against the contract, building the model and writing the file take seconds, and
 * the page stays usable meanwhile. Each worker handles one request; the page ends it afterwards.
 */
export interface WholeCsvRequest {
  /** The thinned panel's view, which the worker asks for in full. */
  view: PanelView;
  locale: Locale;
  apiBaseUrl: string;
}

export type WholeCsvResponse = { ok: true; csv: Blob } | { ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<WholeCsvRequest>) => {
  const { view, locale, apiBaseUrl } = event.data;
  let response: WholeCsvResponse;
  try {
    setApiBaseUrl(apiBaseUrl);
    const whole = await wholeViewModel(view, locale);
    response = { ok: true, csv: new Blob([panelCsv(whole, locale)], { type: csvType }) };
  } catch (error) {
    response = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};

const csvType = 'text/csv;charset=utf-8';
