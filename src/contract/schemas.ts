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

export const topicSchema = z.enum(['poverty', 'e-commerce', 'big-data']);
export type Topic = z.infer<typeof topicSchema>;

/**
 * A goal set for an indicator in one region: the value it was to reach by the end of a period
 * (China's rural poverty rate: 0 by 2020).
 */
export const targetSchema = z.object({
  regionId: z.string().min(1),
  period: periodSchema,
  value: z.number().finite(),
  sourceId: kebabId,
  note: z.string().min(1).optional(),
});
export type Target = z.infer<typeof targetSchema>;

export const indicatorSchema = z.object({
  id: kebabId,
  name: localizedTextSchema,
  description: localizedTextSchema,
  unit: unitSchema,
  measure: measureSchema,
  direction: directionSchema,
  frequency: frequencySchema,
  topic: topicSchema,
  /**
   * The indicator that holds the growth rates published for this series, when they must not be
   * recomputed from its levels (the coverage changed between years). A panel then shows no
   * relative change, annual rate or year-on-year percentage of these levels.
   */
  publishedGrowthIndicatorId: kebabId.optional(),
  /** Goals set for it; none when it has no target. Each target's source is among `sources`. */
  targets: z.array(targetSchema).default([]),
  /** Regions with at least one observation, so that filters offer only what has data. */
  regionIds: z.array(z.string().min(1)),
  /** First and last periods with data, null when there is none yet. */
  firstPeriod: periodSchema.nullable(),
  lastPeriod: periodSchema.nullable(),
  /** The publications its observations and targets cite; empty while it has none. */
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

/** A day, a month or a year: "2015-11-29", "2016-02" or "2014", as precisely as it is known. */
export const eventDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'expected a date such as "2015-11-29", "2016-02" or "2014"',
  )
  .refine((date) => {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (!day) return true;
    const parsed = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return parsed.getUTCDate() === Number(day[3]);
  }, 'expected a day that exists in its month');

/**
 * A dated policy event, drawn on the charts it concerns. It concerns the regions it names and the
 * regions within them (a national decision concerns every province), and the indicators it names
 * or every indicator of the topics it names.
 */
export const policyEventSchema = z
  .object({
    id: kebabId,
    date: eventDateSchema,
    title: localizedTextSchema,
    description: localizedTextSchema,
    sourceId: kebabId,
    regionIds: z.array(z.string().min(1)).min(1),
    indicatorIds: z.array(kebabId),
    topics: z.array(topicSchema),
  })
  .refine((event) => event.indicatorIds.length + event.topics.length > 0, {
    message: 'expected at least one indicator or topic that the event concerns',
    path: ['indicatorIds'],
  });
export type PolicyEvent = z.infer<typeof policyEventSchema>;

export const indicatorsResponseSchema = z.object({ data: z.array(indicatorSchema) });
export const regionsResponseSchema = z.object({ data: z.array(regionSchema) });
export const observationsResponseSchema = z.object({ data: z.array(seriesSchema) });
/** The events, in date order, and the publications they cite. */
export const eventsResponseSchema = z.object({
  data: z.array(policyEventSchema),
  sources: z.array(sourceSchema),
});
export type EventsResponse = z.infer<typeof eventsResponseSchema>;

/** RFC 9457 problem details. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;
