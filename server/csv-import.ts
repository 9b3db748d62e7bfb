import type { z } from 'zod';
import { periodFrequency } from '../src/contract/periods';
import {
  directionSchema,
  frequencySchema,
  indicatorSchema,
  measureSchema,
  periodSchema,
  regionSchema,
  sourceSchema,
  statusSchema,
  unitSchema,
} from '../src/contract/schemas';
import { columns, type Kind, kindOf, type Row, readRows, unneutralise } from './csv-rows';
import type { Db } from './database';

/**
 * Imports tidy CSV files into the reference server's database: observations in the columns of the
 * panel CSV export, and optionally new indicators, regions and sources. Everything is checked
 * first; a file with any bad row changes nothing, and the writes run in one transaction.
 */

export interface CsvInput {
  name: string;
  text: string;
}

export interface ImportProblem {
  file: string;
  line: number;
  reason: string;
}

export interface ImportResult {
  problems: ImportProblem[];
  observations: number;
  gapsSkipped: number;
  indicators: number;
  regions: number;
  sources: number;
}

const optional = (text: string | undefined) => (text ? text : undefined);
const numberPattern = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

const indicatorRowSchema = indicatorSchema.pick({ id: true }).extend({
  name: indicatorSchema.shape.name,
  description: indicatorSchema.shape.description,
  unit: unitSchema,
  measure: measureSchema,
  direction: directionSchema,
  frequency: frequencySchema,
  topic: indicatorSchema.shape.topic,
});

function zodReason(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`)
    .join('; ');
}

export function importCsv(
  db: Db,
  inputs: readonly CsvInput[],
  options: { replace: boolean },
): ImportResult {
  const problems: ImportProblem[] = [];
  const byKind: Record<Kind, { file: string; rows: Row[] }[]> = {
    observations: [],
    indicators: [],
    regions: [],
    sources: [],
  };
  for (const input of inputs) {
    const { header, rows } = readRows(input.text);
    const kind = kindOf(header);
    if (!kind) {
      problems.push({
        file: input.name,
        line: 1,
        reason: `unrecognised header; observations need ${columns.observations.join(', ')}`,
      });
      continue;
    }
    byKind[kind].push({ file: input.name, rows });
  }

  const existing = (table: string) =>
    new Set((db.prepare(`SELECT id FROM ${table}`).all() as { id: string }[]).map((row) => row.id));
  const existingIndicators = existing('indicators');
  const existingRegions = existing('regions');
  const existingSources = existing('sources');
  const units = new Map(
    (
      db.prepare('SELECT id, unit, frequency, measure FROM indicators').all() as {
        id: string;
        unit: string;
        frequency: string;
        measure: string;
      }[]
    ).map((row) => [row.id, { unit: row.unit, frequency: row.frequency, measure: row.measure }]),
  );

  const refuseExisting = (
    file: string,
    line: number,
    what: string,
    id: string,
    known: Set<string>,
  ) => {
    if (known.has(id) && !options.replace) {
      problems.push({
        file,
        line,
        reason: `${what} "${id}" already exists; pass --replace to overwrite it`,
      });
    }
  };

  const sources: z.infer<typeof sourceSchema>[] = [];
  for (const { file, rows } of byKind.sources) {
    for (const { line, cells } of rows) {
      const parsed = sourceSchema.safeParse({
        id: cells.id,
        publisher: cells.publisher,
        title: optional(cells.title),
        date: optional(cells.date),
        url: optional(cells.url),
        note: optional(cells.note),
      });
      if (!parsed.success) problems.push({ file, line, reason: zodReason(parsed.error) });
      else {
        refuseExisting(file, line, 'source', parsed.data.id, existingSources);
        sources.push(parsed.data);
      }
    }
  }
  const regions: (z.infer<typeof regionSchema> & { file: string; line: number })[] = [];
  for (const { file, rows } of byKind.regions) {
    for (const { line, cells } of rows) {
      const parsed = regionSchema.safeParse({
        id: cells.id,
        name: { en: cells.name_en, zh: cells.name_zh },
        level: cells.level,
        parentId: cells.parent_id || null,
      });
      if (!parsed.success) problems.push({ file, line, reason: zodReason(parsed.error) });
      else {
        refuseExisting(file, line, 'region', parsed.data.id, existingRegions);
        regions.push({ ...parsed.data, file, line });
      }
    }
  }
  const indicators: z.infer<typeof indicatorRowSchema>[] = [];
  for (const { file, rows } of byKind.indicators) {
    for (const { line, cells } of rows) {
      const parsed = indicatorRowSchema.safeParse({
        id: cells.id,
        name: { en: cells.name_en, zh: cells.name_zh },
        description: { en: cells.description_en, zh: cells.description_zh },
        unit: cells.unit,
        measure: cells.measure,
        direction: cells.direction,
        frequency: cells.frequency,
        topic: cells.topic,
      });
      if (!parsed.success) problems.push({ file, line, reason: zodReason(parsed.error) });
      else {
        refuseExisting(file, line, 'indicator', parsed.data.id, existingIndicators);
        indicators.push(parsed.data);
        units.set(parsed.data.id, {
          unit: parsed.data.unit,
          frequency: parsed.data.frequency,
          measure: parsed.data.measure,
        });
      }
    }
  }
  const knownRegions = new Set([...existingRegions, ...regions.map((region) => region.id)]);
  const knownSources = new Set([...existingSources, ...sources.map((source) => source.id)]);
  for (const region of regions) {
    if (region.parentId && !knownRegions.has(region.parentId)) {
      problems.push({
        file: region.file,
        line: region.line,
        reason: `unknown parent region "${region.parentId}"`,
      });
    }
  }

  const exists = db.prepare(
    'SELECT 1 FROM observations WHERE indicator_id = ? AND region_id = ? AND period = ?',
  );
  const seen = new Map<string, string>();
  const observations: {
    indicator_id: string;
    region_id: string;
    period: string;
    year: number;
    value: number | null;
    status: string;
    source_id: string;
    note: string | null;
  }[] = [];
  let gapsSkipped = 0;
  for (const { file, rows } of byKind.observations) {
    for (const { line, cells } of rows) {
      const reasons: string[] = [];
      const value = cells.value?.trim() ?? '';
      const status = cells.status?.trim() ?? '';
      if (value === '' && status === '') {
        gapsSkipped += 1; // a gap row, as the export writes one: nothing to store
        continue;
      }
      const indicator = units.get(cells.indicator_id ?? '');
      if (!indicator)
        reasons.push(`unknown indicator "${cells.indicator_id}" (add it in an indicators file)`);
      if (!knownRegions.has(cells.region_id ?? ''))
        reasons.push(`unknown region "${cells.region_id}" (add it in a regions file)`);
      const period = periodSchema.safeParse(cells.period);
      if (!period.success)
        reasons.push(
          `period: expected e.g. "2016", "2017-H1", "2016-03" or "2019-01-01T00:00", got "${cells.period}"`,
        );
      else if (indicator && periodFrequency(period.data) !== indicator.frequency) {
        reasons.push(
          `period "${cells.period}" does not fit the indicator's ${indicator.frequency} frequency`,
        );
      }
      if (value !== '' && !numberPattern.test(value))
        reasons.push(`value: expected a number, got "${value.slice(0, 40)}"`);
      if (!statusSchema.safeParse(status).success)
        reasons.push(`status: expected reported, estimated or derived, got "${status}"`);
      if (cells.unit && indicator && cells.unit !== indicator.unit) {
        reasons.push(`unit "${cells.unit}" differs from the indicator's unit "${indicator.unit}"`);
      }
      if (cells.measure && indicator && cells.measure !== indicator.measure) {
        reasons.push(
          `values re-expressed as ${cells.measure} by the dashboard, not the indicator's ${indicator.measure} figures; export the panel as published to import it`,
        );
      }
      if (!knownSources.has(cells.source_id ?? ''))
        reasons.push(`unknown source "${cells.source_id}" (add it in a sources file)`);
      const key = `${cells.indicator_id}|${cells.region_id}|${cells.period}`;
      const earlier = seen.get(key);
      if (earlier)
        reasons.push(
          `repeats ${cells.indicator_id}, ${cells.region_id}, ${cells.period} from ${earlier}`,
        );
      else if (exists.get(cells.indicator_id, cells.region_id, cells.period) && !options.replace) {
        reasons.push(
          `${cells.indicator_id}, ${cells.region_id}, ${cells.period} is already in the database; pass --replace to overwrite it`,
        );
      }
      seen.set(key, `${file} line ${line}`);
      if (reasons.length > 0) {
        for (const reason of reasons) problems.push({ file, line, reason });
        continue;
      }
      observations.push({
        indicator_id: cells.indicator_id ?? '',
        region_id: cells.region_id ?? '',
        period: cells.period ?? '',
        year: Number(cells.period?.slice(0, 4)),
        value: value === '' ? null : Number(value),
        status,
        source_id: cells.source_id ?? '',
        note: cells.note ? unneutralise(cells.note) : null,
      });
    }
  }

  const result = { problems, observations: 0, gapsSkipped, indicators: 0, regions: 0, sources: 0 };
  if (problems.length > 0) return result;

  const verb = options.replace ? 'INSERT OR REPLACE' : 'INSERT';
  db.transaction(() => {
    const insertSource = db.prepare(
      `${verb} INTO sources (id, publisher, title, date, url, note) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const source of sources) {
      insertSource.run(
        source.id,
        source.publisher,
        source.title ?? null,
        source.date ?? null,
        source.url ?? null,
        source.note ?? null,
      );
    }
    const position = (
      db.prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM regions').get() as {
        next: number;
      }
    ).next;
    const insertRegion = db.prepare(
      `${verb} INTO regions (id, position, name_en, name_zh, level, parent_id) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    regions.forEach((region, index) => {
      insertRegion.run(
        region.id,
        position + index,
        region.name.en,
        region.name.zh,
        region.level,
        region.parentId,
      );
    });
    const next = (
      db.prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM indicators').get() as {
        next: number;
      }
    ).next;
    const insertIndicator = db.prepare(`${verb} INTO indicators
      (id, position, name_en, name_zh, description_en, description_zh, unit, measure, direction, frequency, topic)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    indicators.forEach((indicator, index) => {
      insertIndicator.run(
        indicator.id,
        next + index,
        indicator.name.en,
        indicator.name.zh,
        indicator.description.en,
        indicator.description.zh,
        indicator.unit,
        indicator.measure,
        indicator.direction,
        indicator.frequency,
        indicator.topic,
      );
    });
    const insertObservation = db.prepare(`${verb} INTO observations
      (indicator_id, region_id, period, year, value, status, source_id, note)
      VALUES (@indicator_id, @region_id, @period, @year, @value, @status, @source_id, @note)`);
    for (const observation of observations) insertObservation.run(observation);
  })();
  return {
    ...result,
    observations: observations.length,
    indicators: indicators.length,
    regions: regions.length,
    sources: sources.length,
  };
}
