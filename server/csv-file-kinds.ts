import type { z } from 'zod';
import { maxYear, minYear } from '../src/contract/observations-query';
import { periodYear } from '../src/contract/periods';
import {
  indicatorSchema,
  type PolicyEvent,
  periodSchema,
  policyEventSchema,
  type Region,
  regionSchema,
  type Source,
  sourceSchema,
  statusSchema,
  targetSchema,
} from '../src/contract/schemas';
import {
  type IndicatorFields,
  type ObservationRow,
  observationRow,
  type TargetRow,
  targetRow,
} from './table-rows';

/**
 * What each kind of import file holds: its columns, which of them a header must have, and how one
 * of its rows is checked against the contract and becomes a record. The import reads and checks
 * every kind by this table, so each kind is described once, here.
 */

/** A row's cells by column name. A column the header does not have is missing. */
export type Cells = Record<string, string>;

/** A header must have every required column of a kind; it may leave out the others. */
export interface Column {
  name: string;
  required: boolean;
}

/** Why a row cannot be imported, and the column at fault, or null when it is the whole row. */
export interface Reason {
  column: string | null;
  text: string;
}

/** What the contract makes of a row: the record it stands for, or null and the reasons why not. */
export interface Checked<R> {
  record: R | null;
  reasons: Reason[];
}

export interface FileKind<R> {
  /**
   * Every column the kind reads, in the order that a row's problems are listed. The file itself
   * may have them in any order, and columns of its own besides, which are ignored.
   */
  columns: readonly Column[];
  /** Checks one row against the contract. Null means the row holds nothing to store. */
  check: (cells: Cells) => Checked<R> | null;
}

/** What a row of each kind becomes once it has passed the contract's checks. */
export interface KindRecords {
  sources: Source;
  regions: Region;
  indicators: IndicatorFields;
  events: PolicyEvent;
  targets: TargetRow;
  observations: ObservationRow;
}

export type Kind = keyof KindRecords;

const required = (name: string): Column => ({ name, required: true });
const optional = (name: string): Column => ({ name, required: false });

/** An empty cell of an optional field means the field is absent, as if the column were missing. */
const absentIfEmpty = (text: string | undefined) => (text ? text : undefined);

/** Turns every issue the schema found into one reason, each issue named by its field. */
function zodReason(error: Pick<z.ZodError, 'issues'>): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`)
    .join('; ');
}

/** A check that gathers a row's cells into the fields of a contract schema and parses them. */
function bySchema<R>(schema: z.ZodType<R>, fields: (cells: Cells) => unknown) {
  return (cells: Cells): Checked<R> => {
    const parsed = schema.safeParse(fields(cells));
    if (parsed.success) return { record: parsed.data, reasons: [] };
    return { record: null, reasons: [{ column: null, text: zodReason(parsed.error) }] };
  };
}

/** The indicator's own fields; the ones the server derives from its observations are left out. */
const indicatorFieldsSchema = indicatorSchema.pick({
  id: true,
  name: true,
  description: true,
  unit: true,
  measure: true,
  direction: true,
  frequency: true,
  topic: true,
  publishedGrowthIndicatorId: true,
});

/**
 * The ids of a list cell, separated by semicolons, which a comma-separated file leaves alone. An id
 * listed twice is one concern of the event, and its table holds it once.
 */
const listCell = (text: string | undefined) => [
  ...new Set(
    (text ?? '')
      .split(';')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  ),
];

/** Plain decimal numbers only, so that a cell such as "1,5" or "0x10" is refused, not misread. */
const numberPattern = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * The panel export puts a quote before text that a spreadsheet would run as a formula. The import
 * takes that quote off again, so that a note comes back as it was written.
 */
function unneutralise(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * Checks the parts of an observation that need nothing but the row itself. Whether its ids exist
 * and whether it fits its indicator are left to the cross-check, which sees every file.
 */
function checkObservation(cells: Cells): Checked<ObservationRow> | null {
  const value = cells.value?.trim() ?? '';
  const status = cells.status?.trim() ?? '';
  // The panel export writes a period without a figure as a row with no value and no status, so
  // that its table keeps one row per period. Such a gap has nothing to store.
  if (value === '' && status === '') return null;
  const reasons: Reason[] = [];
  const period = periodSchema.safeParse(cells.period);
  if (!period.success) {
    reasons.push({
      column: 'period',
      text: `period: expected e.g. "2016", "2017-H1", "2016-03" or "2019-01-01T00:00", got "${cells.period}"`,
    });
  } else if (periodYear(period.data) < minYear || periodYear(period.data) > maxYear) {
    // The API answers only these years, and the database counts a period's start in minutes,
    // which an INTEGER holds only until the year 6053.
    reasons.push({
      column: 'period',
      text: `period: the year must be from ${minYear} to ${maxYear}, got "${cells.period}"`,
    });
  }
  const valueIsNumber = value === '' || numberPattern.test(value);
  if (!valueIsNumber) {
    reasons.push({
      column: 'value',
      text: `value: expected a number, got "${value.slice(0, 40)}"`,
    });
  }
  const parsedStatus = statusSchema.safeParse(status);
  if (!parsedStatus.success) {
    reasons.push({
      column: 'status',
      text: `status: expected reported, estimated or derived, got "${status}"`,
    });
  }
  if (reasons.length > 0 || !period.success || !parsedStatus.success)
    return { record: null, reasons };
  const note = cells.note ? unneutralise(cells.note) : undefined;
  const point = {
    period: period.data,
    value: value === '' ? null : Number(value),
    status: parsedStatus.data,
    sourceId: cells.source_id ?? '',
    ...(note ? { note } : {}),
  };
  return {
    record: observationRow(cells.indicator_id ?? '', cells.region_id ?? '', point),
    reasons: [],
  };
}

/**
 * Checks a target against the contract, its value as strictly as an observation's: a value that
 * is not a plain number is said so, with the row's other problems. As for an observation, whether
 * its ids exist and its period fits its indicator is left to the cross-check.
 */
function checkTarget(cells: Cells): Checked<TargetRow> {
  const value = cells.value?.trim() ?? '';
  const valueIsNumber = numberPattern.test(value);
  const parsed = targetSchema.safeParse({
    regionId: cells.region_id,
    period: cells.period,
    value: valueIsNumber ? Number(value) : value,
    sourceId: cells.source_id,
    note: cells.note ? unneutralise(cells.note) : undefined,
  });
  const reasons: Reason[] = valueIsNumber
    ? []
    : [{ column: 'value', text: `value: expected a number, got "${value.slice(0, 40)}"` }];
  if (parsed.success && reasons.length === 0) {
    return { record: targetRow(cells.indicator_id ?? '', parsed.data), reasons };
  }
  const others = parsed.error?.issues.filter((issue) => valueIsNumber || issue.path[0] !== 'value');
  if (others && others.length > 0)
    reasons.push({ column: null, text: zodReason({ issues: others }) });
  return { record: null, reasons };
}

/** The table itself: one entry for each kind of file. */
export const fileKinds: { [K in Kind]: FileKind<KindRecords[K]> } = {
  sources: {
    columns: [
      required('id'),
      required('publisher'),
      optional('title'),
      optional('date'),
      optional('url'),
      optional('note'),
    ],
    check: bySchema(sourceSchema, (cells) => ({
      id: cells.id,
      publisher: cells.publisher,
      title: absentIfEmpty(cells.title),
      date: absentIfEmpty(cells.date),
      url: absentIfEmpty(cells.url),
      note: absentIfEmpty(cells.note),
    })),
  },
  regions: {
    columns: [
      required('id'),
      required('name_en'),
      required('name_zh'),
      required('level'),
      required('parent_id'),
    ],
    // A region without a parent, such as a country, has an empty parent_id cell.
    check: bySchema(regionSchema, (cells) => ({
      id: cells.id,
      name: { en: cells.name_en, zh: cells.name_zh },
      level: cells.level,
      parentId: cells.parent_id || null,
    })),
  },
  indicators: {
    columns: [
      required('id'),
      required('name_en'),
      required('name_zh'),
      required('description_en'),
      required('description_zh'),
      required('unit'),
      required('measure'),
      required('direction'),
      required('frequency'),
      required('topic'),
      optional('published_growth_indicator_id'),
    ],
    check: bySchema(indicatorFieldsSchema, (cells) => ({
      id: cells.id,
      name: { en: cells.name_en, zh: cells.name_zh },
      description: { en: cells.description_en, zh: cells.description_zh },
      unit: cells.unit,
      measure: cells.measure,
      direction: cells.direction,
      frequency: cells.frequency,
      topic: cells.topic,
      publishedGrowthIndicatorId: absentIfEmpty(cells.published_growth_indicator_id),
    })),
  },
  // An event may concern several regions, indicators and topics; each of those cells lists them,
  // and the indicators or the topics may be left empty, but not both.
  events: {
    columns: [
      required('id'),
      required('date'),
      required('title_en'),
      required('title_zh'),
      required('description_en'),
      required('description_zh'),
      required('source_id'),
      required('region_ids'),
      required('indicator_ids'),
      required('topics'),
    ],
    check: bySchema(policyEventSchema, (cells) => ({
      id: cells.id,
      date: cells.date,
      title: { en: cells.title_en, zh: cells.title_zh },
      description: { en: cells.description_en, zh: cells.description_zh },
      sourceId: cells.source_id,
      regionIds: listCell(cells.region_ids),
      indicatorIds: listCell(cells.indicator_ids),
      topics: listCell(cells.topics),
    })),
  },
  targets: {
    columns: [
      required('indicator_id'),
      required('region_id'),
      required('period'),
      required('value'),
      required('source_id'),
      optional('note'),
    ],
    check: checkTarget,
  },
  // These are the panel CSV export's columns, so that an exported panel can be imported as it is.
  // A unit or measure, when given, must be the indicator's: the cross-check compares them.
  observations: {
    columns: [
      required('indicator_id'),
      required('region_id'),
      required('period'),
      required('value'),
      required('status'),
      optional('unit'),
      optional('measure'),
      required('source_id'),
      optional('note'),
    ],
    check: checkObservation,
  },
};

/** The columns a header must have for its file to be of the kind. */
export function requiredColumns(kind: Kind): string[] {
  return fileKinds[kind].columns.filter((column) => column.required).map((column) => column.name);
}

/**
 * A header may have columns besides a kind's, so it could have the required columns of two kinds.
 * It is then taken as the first of them in this order, which puts observations first: a panel
 * export stays an observations file whatever else it holds. Every observations header has the
 * columns of a targets file too, so targets come after observations; likewise the kinds that need
 * many columns come before sources, which need only an id and a publisher.
 */
const recognitionOrder: readonly Kind[] = [
  'observations',
  'targets',
  'events',
  'indicators',
  'regions',
  'sources',
];

/** The kind a header makes its file, or null when it has the required columns of none. */
export function kindOf(header: readonly string[]): Kind | null {
  for (const kind of recognitionOrder) {
    if (!requiredColumns(kind).every((column) => header.includes(column))) continue;
    // An observations file that lost a required column (status, say) still has the columns of a
    // targets file; it is a broken observations file, not a targets file, so it is no kind.
    if (kind === 'targets' && header.some((column) => observationOnlyColumns.has(column)))
      return null;
    return kind;
  }
  return null;
}

/** The columns of an observations file that a targets file does not have. */
const observationOnlyColumns = new Set(
  fileKinds.observations.columns
    .map((column) => column.name)
    .filter((name) => !fileKinds.targets.columns.some((column) => column.name === name)),
);

/** A row's reasons in the order of its kind's columns, with those about the whole row last. */
export function inColumnOrder(kind: Kind, reasons: readonly Reason[]): Reason[] {
  const names = fileKinds[kind].columns.map((column) => column.name);
  const rank = (reason: Reason) => {
    const index = reason.column === null ? -1 : names.indexOf(reason.column);
    return index === -1 ? names.length : index;
  };
  return [...reasons].sort((a, b) => rank(a) - rank(b));
}
