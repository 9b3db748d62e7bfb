import { type ZodType, z } from 'zod';
import { fileLanguages, maxPointsRange } from '../src/contract/observations-query';
import {
  eventsResponseSchema,
  indicatorSchema,
  indicatorsResponseSchema,
  observationsResponseSchema,
  pointSchema,
  policyEventSchema,
  problemSchema,
  regionSchema,
  regionsResponseSchema,
  seriesSchema,
  sourceSchema,
  targetSchema,
} from '../src/contract/schemas';

/**
 * The OpenAPI 3.1 description of contract v1, generated from the zod schemas that the app parses
 * responses with. `npm run openapi` writes it to openapi.json; a test fails when that file is stale.
 */

/**
 * The JSON Schema of a zod schema as the client reads it. Extra members are allowed (and ignored),
 * so that a backend may add fields.
 */
function jsonSchema(schema: ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    unrepresentable: 'any',
    io: 'input',
  });
  return allowExtraMembers(rest) as Record<string, unknown>;
}

function allowExtraMembers(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(allowExtraMembers);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, allowExtraMembers(value)]),
  );
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schemaName: string) => ({ 'application/json': { schema: ref(schemaName) } });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const idList = (description: string) => ({
  type: 'string',
  pattern: '^[A-Za-z0-9-]+(,[A-Za-z0-9-]+)*$',
  description,
});
const year = (description: string) => ({ type: 'string', pattern: '^\\d{4}$', description });
const invalidParameter = problem(
  'A parameter is missing, malformed or out of range (type /problems/invalid-parameter, with invalidParams)',
);
const unknownId = problem(
  'An indicator or region id does not exist (type /problems/unknown-id, with unknownIds)',
);
const minute = (description: string) => ({
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$',
  example: '2019-03-01T00:00',
  description,
});

/** The parameters /observations and /observations.csv share: all but maxPoints. */
const observationsParameters = [
  {
    name: 'indicator',
    in: 'query',
    required: true,
    schema: idList('Indicator ids, comma-separated (at most 100)'),
  },
  {
    name: 'region',
    in: 'query',
    required: false,
    schema: idList('Region ids, comma-separated; every region with data when absent'),
  },
  {
    name: 'from',
    in: 'query',
    required: false,
    schema: year('First year, 1900 to 2100, inclusive'),
  },
  {
    name: 'to',
    in: 'query',
    required: false,
    schema: year('Last year, 1900 to 2100, inclusive; not before from'),
  },
  {
    name: 'start',
    in: 'query',
    required: false,
    schema: minute(
      'Only points whose period begins at or after this minute (UTC, years 1900 to 2100), e.g. where a chart is zoomed from; not after end',
    ),
  },
  {
    name: 'end',
    in: 'query',
    required: false,
    schema: minute(
      'Only points whose period begins at or before this minute (UTC, years 1900 to 2100), e.g. where a chart is zoomed to; not before start',
    ),
  },
];

export function buildOpenApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Poverty-alleviation indicators API',
      version: '1.0.0',
      description:
        'Contract v1 of the poverty dashboard: indicators with their targets, regions, observations (each with its status and source) and dated policy events. Errors are RFC 9457 problem details. See docs/api.md.',
    },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/indicators': {
        get: {
          operationId: 'listIndicators',
          summary:
            'Every indicator, with its unit, measure, targets, sources and coverage, and where its growth rates are published',
          responses: {
            '200': { description: 'The indicators', content: json('IndicatorsResponse') },
          },
        },
      },
      '/regions': {
        get: {
          operationId: 'listRegions',
          summary: 'China, Guizhou and its prefectures',
          responses: { '200': { description: 'The regions', content: json('RegionsResponse') } },
        },
      },
      '/observations': {
        get: {
          operationId: 'listObservations',
          summary: 'A series per indicator and region asked for, points in period order',
          parameters: [
            ...observationsParameters.slice(0, 4),
            {
              name: 'maxPoints',
              in: 'query',
              required: false,
              schema: {
                type: 'integer',
                minimum: maxPointsRange.min,
                maximum: maxPointsRange.max,
                description:
                  'At most this many points per series, thinned by min-max sampling: both ends, and the lowest, highest and first gap of each equal interval; the series then says so in `sampling`',
              },
            },
            ...observationsParameters.slice(4),
          ],
          responses: {
            '200': { description: 'The series', content: json('ObservationsResponse') },
            '400': invalidParameter,
            '404': unknownId,
          },
        },
      },
      '/observations.csv': {
        get: {
          operationId: 'downloadObservationsCsv',
          summary:
            'Every observation of the indicators and regions asked for as a CSV file, streamed: UTF-8 with a byte-order mark, one row per region and period with its status, source and note; formula-like text cells are prefixed with a quote. Takes the parameters of /observations but maxPoints',
          parameters: [
            ...observationsParameters,
            {
              name: 'lang',
              in: 'query',
              required: false,
              schema: {
                type: 'string',
                enum: [...fileLanguages],
                default: 'en',
                description: 'The language of the header row and of the indicator and region names',
              },
            },
          ],
          responses: {
            '200': {
              description:
                'The file. X-Total-Count holds the number of rows after the header; Content-Disposition names the file',
              headers: {
                'X-Total-Count': {
                  description: 'The number of rows after the header',
                  schema: { type: 'integer', minimum: 0 },
                },
              },
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
            '400': invalidParameter,
            '404': unknownId,
          },
        },
      },
      '/events': {
        get: {
          operationId: 'listEvents',
          summary:
            'The policy events that concern the indicators, regions and years asked for, in date order, with the sources they cite',
          parameters: [
            {
              name: 'indicator',
              in: 'query',
              required: false,
              schema: idList(
                'Indicator ids, comma-separated (at most 100): events that name one of them or its topic; every indicator when absent',
              ),
            },
            {
              name: 'region',
              in: 'query',
              required: false,
              schema: idList(
                'Region ids, comma-separated (at most 100): events that name one of them or a region it lies within; every region when absent',
              ),
            },
            {
              name: 'from',
              in: 'query',
              required: false,
              schema: year('First year of the event dates, 1900 to 2100, inclusive'),
            },
            {
              name: 'to',
              in: 'query',
              required: false,
              schema: year(
                'Last year of the event dates, 1900 to 2100, inclusive; not before from',
              ),
            },
          ],
          responses: {
            '200': {
              description: 'The events, and exactly the sources they cite, in id order',
              content: json('EventsResponse'),
            },
            '400': invalidParameter,
            '404': unknownId,
          },
        },
      },
    },
    components: {
      schemas: {
        Indicator: jsonSchema(indicatorSchema),
        Region: jsonSchema(regionSchema),
        Series: jsonSchema(seriesSchema),
        Point: jsonSchema(pointSchema),
        Source: jsonSchema(sourceSchema),
        Target: jsonSchema(targetSchema),
        PolicyEvent: jsonSchema(policyEventSchema),
        Problem: jsonSchema(problemSchema),
        IndicatorsResponse: jsonSchema(indicatorsResponseSchema),
        RegionsResponse: jsonSchema(regionsResponseSchema),
        ObservationsResponse: jsonSchema(observationsResponseSchema),
        EventsResponse: jsonSchema(eventsResponseSchema),
      },
    },
  };
}

export function openApiText(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
