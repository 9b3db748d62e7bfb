import type { FileLanguage, ObservationsQuery } from '../contract/observations-query';
import type { Indicator, Point, Region } from '../contract/schemas';
import { localized } from '../i18n/locale';
import {
  csvHeaderLine,
  csvLines,
  observationCellContext,
  observationCells,
  observationColumnCount,
} from './csv';

/**
 * The data file of GET /observations.csv: the observations as stored, one row per region and
 * period, with the columns of the panel CSV that describe an observation (status, source and note
 * on each), its header row and names in the language asked for. The mock and the reference server both write it with these functions, a batch of
 * points at a time, so that neither holds a long series' file in memory.
 */

/** The byte-order mark and the header row, in the file's language. */
export const observationsCsvHeader = (lang: FileLanguage): string =>
  csvHeaderLine(lang, observationColumnCount);

/** The lines of a batch of one region's points of an indicator, as published. */
export function observationsCsvLines(
  indicator: Indicator,
  region: Region,
  points: readonly Point[],
  lang: FileLanguage,
): string {
  const context = observationCellContext(indicator, indicator.measure, lang);
  const named = { id: region.id, name: localized(region.name, lang) };
  return csvLines(points.map((point) => observationCells(context, named, point.period, point)));
}

/** The years of a file's name: "2012-2016", "from-2012", "to-2016" or "all-years". */
function yearsInName({ fromYear, toYear }: ObservationsQuery): string {
  if (fromYear !== undefined && toYear !== undefined) return `${fromYear}-${toYear}`;
  if (fromYear !== undefined) return `from-${fromYear}`;
  if (toYear !== undefined) return `to-${toYear}`;
  return 'all-years';
}

/** The file name offered for a query's file: "poverty-rate_CN-GZ_2012-2016.csv". */
export function observationsCsvFileName(query: ObservationsQuery): string {
  const years = yearsInName(query);
  const regions = query.regionIds.length > 0 ? query.regionIds.join('+') : 'all-regions';
  return `${query.indicatorIds.join('+')}_${regions}_${years}.csv`;
}

/**
 * The headers of the file's answer: its name, and its number of rows in X-Total-Count, so that a
 * reader can show how far a download has come and refuse a file that ends short.
 */
export function observationsCsvHeaders(
  query: ObservationsQuery,
  total: number,
): Record<string, string> {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${observationsCsvFileName(query)}"`,
    'X-Total-Count': String(total),
  };
}
