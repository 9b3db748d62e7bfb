import { z } from 'zod';

// No code generation: zod would otherwise probe `new Function`, which the app's
// Content-Security-Policy (no eval) reports as a violation.
z.config({ jitless: true });

/**
 * API contract v1. These schemas are the single source of truth: types are inferred from them,
 * every response is parsed by them, and the mock handlers serve data that satisfies them.
 */

export const localizedTextSchema = z.object({
  en: z.string().min(1),
  zh: z.string().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id');

/**
 * "2016" for a year, "2017-H1" / "2017-H2" for a half year, "2016-03" for a month,
 * "2019-01-01T00:00" for a minute (UTC). Within one frequency, string order is time order.
 */
export const periodSchema = z
  .string()
  .regex(
    /^\d{4}(?:-H[12]|-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d)?)?$/,
    'expected a period such as "2016", "2017-H1", "2016-03" or "2019-01-01T00:00"',
  )
  .refine((period) => {
    const day = /^(\d{4})-(\d{2})-(\d{2})T/.exec(period);
    if (!day) return true;
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return date.getUTCDate() === Number(day[3]);
  }, 'expected a day that exists in its month');

export const unitSchema = z.enum(['percent', '10k-persons', 'count', 'billion-yuan']);
export type Unit = z.infer<typeof unitSchema>;

export const measureSchema = z.enum([
  'rate',
  'level',
  'cumulative-count',
  'per-period-count',
  'growth-rate',
]);
export type Measure = z.infer<typeof measureSchema>;

export const directionSchema = z.enum(['lower-is-better', 'higher-is-better']);
export type Direction = z.infer<typeof directionSchema>;

export const frequencySchema = z.enum(['annual', 'half-yearly', 'monthly', 'minutely']);
export type Frequency = z.infer<typeof frequencySchema>;

export const statusSchema = z.enum(['reported', 'estimated', 'derived']);
export type ObservationStatus = z.infer<typeof statusSchema>;

export const sourceSchema = z.object({
  id: kebabId,
  publisher: z.string().min(1),
  /** The publication's own title, only where it is known. */
  title: z.string().min(1).optional(),
  /** ISO date, or a year or year-month when that is all the publication gives. */
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
    .optional(),
  /** Shown as a link only when it is http or https; anything else is shown as text, never followed. */
  url: z.string().min(1).optional(),
  /** Context for the citation, e.g. whose figures the article quotes. */
  note: z.string().min(1).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const indicatorSchema = z.object({
  id: kebabId,
  name: localizedTextSchema,
  description: localizedTextSchema,
  unit: unitSchema,
  measure: measureSchema,
  direction: directionSchema,
  frequency: frequencySchema,
  topic: z.enum(['poverty', 'e-commerce', 'big-data']),
  /** Regions with at least one observation, so that filters offer only what has data. */
  regionIds: z.array(z.string().min(1)),
  /** First and last periods with data, null when there is none yet. */
  firstPeriod: periodSchema.nullable(),
  lastPeriod: periodSchema.nullable(),
  /** The publications its observations cite; empty while it has none. */
  sources: z.array(sourceSchema),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const regionSchema = z.object({
  id: z.string().min(1),
  name: localizedTextSchema,
  level: z.enum(['country', 'province', 'prefecture']),
  parentId: z.string().min(1).nullable(),
});
export type Region = z.infer<typeof regionSchema>;

export const pointSchema = z.object({
  period: periodSchema,
  value: z.number().finite().nullable(),
  status: statusSchema,
  sourceId: kebabId,
  note: z.string().min(1).optional(),
});
export type Point = z.infer<typeof pointSchema>;

export const seriesSchema = z.object({
  indicatorId: kebabId,
  regionId: z.string().min(1),
  /** What the figures measure when it differs between regions (e.g. register vs survey). */
  basis: localizedTextSchema.optional(),
  /**
   * Present when the request's maxPoints thinned the series. It says how, and how many points the
   * series had before.
   */
  sampling: z
    .object({ method: z.literal('min-max'), pointCount: z.number().int().positive() })
    .optional(),
  points: z.array(pointSchema).superRefine((points, ctx) => {
    for (let i = 1; i < points.length; i++) {
      const previous = points[i - 1]?.period ?? '';
      const current = points[i]?.period ?? '';
      if (current <= previous) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'period'],
          message: `expected periods in increasing order, each once; "${current}" follows "${previous}"`,
        });
      }
    }
  }),
});
export type Series = z.infer<typeof seriesSchema>;

export const indicatorsResponseSchema = z.object({ data: z.array(indicatorSchema) });
export const regionsResponseSchema = z.object({ data: z.array(regionSchema) });
export const observationsResponseSchema = z.object({ data: z.array(seriesSchema) });

/** RFC 9457 problem details. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;
