import { getObservations } from '../../api/get-observations';
import type { ObservationStatus } from '../../api/schemas';
import type { Locale } from '../../domain/locale';
import { buildPanelModel, type PanelModel, panelQuery } from '../../domain/panel-model';

const optionalStatuses: ObservationStatus[] = ['estimated', 'derived'];

/** A million observations take longer to send than a panel's view: more than the usual timeout. */
const wholeTimeoutMs = 120_000;

/**
 * The panel with every observation, for a file that must not drop data: a panel whose series the
 * API thinned for drawing asks again without maxPoints, for the same indicator, regions, years,
 * statuses and count view. A panel that was not thinned is returned as it is.
 */
export async function wholePanelModel(model: PanelModel, locale: Locale): Promise<PanelModel> {
  if (!model.series.some((series) => series.sampling)) return model;
  const regions = model.series.map((series) => series.region);
  const { fromYear, toYear, countView } = model;
  const series = await getObservations(
    panelQuery(
      model.indicator,
      regions.map((region) => region.id),
      fromYear,
      toYear,
      countView,
      true,
    ),
    undefined,
    wholeTimeoutMs,
  );
  return buildPanelModel(model.indicator, regions, series, {
    fromYear,
    toYear,
    shownStatuses: new Set(
      optionalStatuses.filter((status) => !model.hiddenStatuses.includes(status)),
    ),
    countView,
    locale,
  });
}
