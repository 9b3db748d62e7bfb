import { getObservations } from '../../api/get-observations';
import { modelQuery, type PanelModel, rebuildPanelModel } from '../../domain/panel-model';
import type { Locale } from '../../i18n/locale';

/** A million observations take longer to send than a panel's view: more than the usual timeout. */
const wholeTimeoutMs = 120_000;

/**
 * The panel with every observation, for a file that must not drop data: a panel whose series the
 * API thinned for drawing asks again without maxPoints, for the same indicator, regions, years,
 * statuses and count view. A panel that was not thinned is returned as it is.
 */
export async function wholePanelModel(model: PanelModel, locale: Locale): Promise<PanelModel> {
  if (!model.series.some((series) => series.sampling)) return model;
  const series = await getObservations(modelQuery(model, true), undefined, wholeTimeoutMs);
  return rebuildPanelModel(model, series, locale);
}
