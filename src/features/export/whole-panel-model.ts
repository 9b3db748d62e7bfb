import { getObservations } from '../../api/get-observations';
import { buildPanelModel, type PanelModel } from '../../domain/panel-model';
import { type PanelView, wholeRequest } from '../../domain/panel-view';
import type { Locale } from '../../i18n/locale';

/**
 * A million observations take longer to send than a panel's thinned view, so this request is
 * allowed more than the usual timeout.
 */
const wholeTimeoutMs = 120_000;

/** The view's panel with every observation, asked for without thinning. */
export async function wholeViewModel(view: PanelView, locale: Locale): Promise<PanelModel> {
  const series = await getObservations(wholeRequest(view), undefined, wholeTimeoutMs);
  return buildPanelModel(view, series, locale);
}

/**
 * The panel with every observation, for a file that must not drop data: a panel whose series the
 * API thinned for drawing asks again for its whole view. A panel that was not thinned already
 * holds every observation and is returned as it is.
 */
export async function wholePanelModel(model: PanelModel, locale: Locale): Promise<PanelModel> {
  return model.thinned ? wholeViewModel(model.view, locale) : model;
}
