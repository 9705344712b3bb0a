import type { Dataset } from '@/data/types';
import { chartIds } from '../charts/registry';
import { MARK_KINDS } from 'chart-render';
import { VIEW_STATISTICS, VIEW_TEXT_LIMITS } from '../charts/view';
import {
  CAGR_ALLOWED,
  CHART_OPTION_PARAMS,
  DIFF_ALLOWED,
  MAX_EVENTS_PARAM,
  PERIOD_ALLOWED,
  YEAR_LIMITS,
} from './chart-options';
import { DATASET_RECORD_FIELDS } from './dataset-records';
import { DECK_LIMITS } from './deck';
import { IMAGE_LIMITS, IMAGE_PRESETS, IMAGE_PRESET_IDS, IMAGE_THEMES } from './image-params';
import { PREBUILT_EXTS } from './urls';

/** A JSON Schema (2020-12, the dialect of OpenAPI 3.1) or an OpenAPI object: plain JSON. */
type Json = { [key: string]: unknown };

const L = IMAGE_LIMITS;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string) => ({ type: [type, 'null'] });
const strings = { type: 'array', items: { type: 'string' } };

/** An object schema whose every property is required and no other is allowed. */
function closed(properties: Record<string, unknown>): Json {
  return {
    type: 'object',
    required: Object.keys(properties),
    properties,
    additionalProperties: false,
  };
}

const PARAMETERS: Record<string, Json> = {
  id: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'The chart id.',
    schema: { type: 'string', enum: chartIds },
  },
  preset: {
    name: 'preset',
    in: 'query',
    description: `Named size: ${IMAGE_PRESET_IDS.map((p) => `\`${p}\` (${IMAGE_PRESETS[p].width}×${IMAGE_PRESETS[p].height})`).join(', ')}.`,
    schema: { type: 'string', enum: IMAGE_PRESET_IDS, default: 'slide-16x9' },
  },
  width: {
    name: 'width',
    in: 'query',
    description:
      "Layout width in px; alone, the height keeps the preset's aspect ratio. Aspect ratio " +
      `width/height ${L.minAspect}–${L.maxAspect}.`,
    schema: { type: 'integer', minimum: L.minSidePx, maximum: L.maxSidePx },
  },
  height: {
    name: 'height',
    in: 'query',
    description: "Layout height in px; alone, the width keeps the preset's aspect ratio.",
    schema: { type: 'integer', minimum: L.minSidePx, maximum: L.maxSidePx },
  },
  scale: {
    name: 'scale',
    in: 'query',
    description: `PNG pixel multiplier; width × height × scale² ≤ ${L.maxPixels / 1e6} MP. The SVG ignores it.`,
    schema: { type: 'integer', minimum: L.minScale, maximum: L.maxScale, default: 1 },
  },
  theme: {
    name: 'theme',
    in: 'query',
    schema: { type: 'string', enum: IMAGE_THEMES, default: 'light' },
  },
  download: {
    name: 'download',
    in: 'query',
    description: '`1`: Content-Disposition attachment; `0`: inline.',
    schema: { type: 'string', enum: ['0', '1'] },
  },
  events: {
    name: 'events',
    in: 'query',
    description:
      '`on` (default: the events relevant to the chart), `off`, or a comma-separated list of event ids.',
    schema: { type: 'string', maxLength: MAX_EVENTS_PARAM },
  },
  from: {
    name: 'from',
    in: 'query',
    description: 'First year shown (inclusive); a range with no data is a 400.',
    schema: { type: 'integer', minimum: YEAR_LIMITS.min, maximum: YEAR_LIMITS.max },
  },
  to: {
    name: 'to',
    in: 'query',
    description: 'Last year shown (inclusive), not before `from`.',
    schema: { type: 'integer', minimum: YEAR_LIMITS.min, maximum: YEAR_LIMITS.max },
  },
  stat: {
    name: 'stat',
    in: 'query',
    description: `Whose statistics: a comma-separated list of ${VIEW_STATISTICS.join(', ')}; a series of no side (a target) always stays.`,
    schema: { type: 'string' },
  },
  kind: {
    name: 'kind',
    in: 'query',
    description: `Which kinds of figure: a comma-separated list of ${MARK_KINDS.join(', ')}.`,
    schema: { type: 'string' },
  },
  title: {
    name: 'title',
    in: 'query',
    description: "The reader's own title; the footer keeps the dashboard's title as “Chart: …”.",
    schema: { type: 'string', maxLength: VIEW_TEXT_LIMITS.title },
  },
  subtitle: {
    name: 'subtitle',
    in: 'query',
    schema: { type: 'string', maxLength: VIEW_TEXT_LIMITS.subtitle },
  },
  note: {
    name: 'note',
    in: 'query',
    schema: { type: 'string', maxLength: VIEW_TEXT_LIMITS.note },
  },
  highlight: {
    name: 'highlight',
    in: 'query',
    description: 'The id of a coloured series or target to highlight; the rest is greyed.',
    schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' },
  },
  deckTitle: {
    name: 'title',
    in: 'query',
    description: "The title slide's title (default: the dataset's title).",
    schema: { type: 'string', maxLength: DECK_LIMITS.title },
  },
  deckSubtitle: {
    name: 'subtitle',
    in: 'query',
    description: "A line under the title slide's title.",
    schema: { type: 'string', maxLength: DECK_LIMITS.subtitle },
  },
  deckChart: {
    name: 'c',
    in: 'query',
    description:
      'One chart slide per value, in slide order: a chart id, optionally followed by `?` and ' +
      'its chart options as the chart routes take them (`trade-trend?from=2005&to=2010`, ' +
      'percent-encoded). An error in chart n names `c[n]` or `c[n].{option}`. Without `c`: ' +
      'every chart; without any deck parameter, the PPTX is the fixed deck of every chart.',
    style: 'form',
    explode: true,
    schema: {
      type: 'array',
      maxItems: DECK_LIMITS.charts,
      items: { type: 'string', maxLength: DECK_LIMITS.chartParam },
    },
  },
  period: {
    name: 'period',
    in: 'query',
    description: `A period shaded behind the marks: ${PERIOD_ALLOWED}. Outside the years shown: 400.`,
    schema: { type: 'string', pattern: '^\\d{4}(\\s*[-–]\\s*\\d{4})?$' },
    example: '2005-2008',
  },
  diff: {
    name: 'diff',
    in: 'query',
    description:
      `A difference arrow: ${DIFF_ALLOWED}. A period is written as the chart writes it ` +
      '(2008, H1 2007). The label is computed by variance (lib/growth.ts) from the two plotted ' +
      'values: the difference in the unit and as a percentage of the second mark ("+$5.5bn · ' +
      '+45.8%"; percentages differ in points). Two CN and KZ figures of one year give the mirror ' +
      'gap. A series not drawn or a period without its value: 400 listing what is allowed.',
    schema: { type: 'string', maxLength: 200 },
    example: 'actual-kz:2008,target-2008-12bn-nazarbayev:2008',
  },
  cagr: {
    name: 'cagr',
    in: 'query',
    description:
      `A CAGR arrow over one series: ${CAGR_ALLOWED}. The label ("+20.6%/yr 2021–24") is ` +
      'cagrPct (lib/growth.ts) of the values plotted at the two years. Not on charts of ' +
      'percentages; a year without a value: 400 listing the years allowed.',
    schema: { type: 'string', maxLength: 200 },
    example: 'actual-cn:2021-2024',
  },
};

/** The deck's parameters (`readDeck`). */
const DECK_PARAMETERS = ['deckTitle', 'deckSubtitle', 'deckChart', 'download'] as const;

/** The view options every chart surface takes (`parseChartOptions`). */
const VIEW_PARAMETERS = CHART_OPTION_PARAMS;

const param = (name: keyof typeof PARAMETERS) => ({ $ref: `#/components/parameters/${name}` });

/** Headers of every 200 and 304 of an export: it never changes for the same ETag. */
const EXPORT_HEADERS = {
  ETag: {
    description: 'A hash of the chart spec or data, the render parameters and the code version.',
    schema: { type: 'string' },
  },
  'Cache-Control': {
    description: 'Shared caches may keep the answer; revalidate with If-None-Match.',
    schema: { type: 'string' },
  },
};

const ERROR = { 'application/json': { schema: ref('Error') } };

const responses = {
  notModified: { description: 'If-None-Match named the current ETag.', headers: EXPORT_HEADERS },
  badRequest: {
    description: 'A query parameter is malformed, repeated or out of range.',
    content: ERROR,
  },
  unknownChart: { description: 'No chart has this id.', content: ERROR },
  busy: {
    description: 'The image renderer is saturated; retry after Retry-After seconds.',
    headers: { 'Retry-After': { schema: { type: 'string' } } },
    content: ERROR,
  },
};

/** A 200 answer of an export route in one media type, with its ETag and Content-Disposition. */
function file(description: string, mediaType: string, schema: Json): Json {
  return {
    description,
    headers: {
      ...EXPORT_HEADERS,
      'Content-Disposition': { schema: { type: 'string' } },
    },
    content: { [mediaType]: { schema } },
  };
}

const BINARY = (mediaType: string) => ({ type: 'string', contentMediaType: mediaType });
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

function imagePath(format: 'svg' | 'png'): Json {
  const mediaType = format === 'svg' ? 'image/svg+xml' : 'image/png';
  return {
    get: {
      operationId: `getChart${format.toUpperCase()}`,
      summary: `A chart as ${format.toUpperCase()}: title, key, chart, notes and sources`,
      parameters: [
        'id',
        'preset',
        'width',
        'height',
        'scale',
        'theme',
        'download',
        ...VIEW_PARAMETERS,
      ].map(param),
      responses: {
        '200': file(`The ${format.toUpperCase()} image.`, mediaType, BINARY(mediaType)),
        '304': responses.notModified,
        '400': responses.badRequest,
        '404': responses.unknownChart,
        '503': responses.busy,
      },
    },
  };
}

function documentPath(format: 'pptx' | 'csv'): Json {
  const [mediaType, schema, summary] =
    format === 'pptx'
      ? [PPTX, BINARY(PPTX), 'One slide with the chart as a native, editable PowerPoint chart']
      : ['text/csv', { type: 'string' }, "The chart's data, one row per value"];
  return {
    get: {
      operationId: `getChart${format.toUpperCase()}`,
      summary,
      parameters: ['id', ...VIEW_PARAMETERS, 'download'].map(param),
      responses: {
        '200': file(summary, mediaType, schema),
        '304': responses.notModified,
        '400': responses.badRequest,
        '404': responses.unknownChart,
      },
    },
  };
}

function sitePath(o: {
  operationId: string;
  summary: string;
  mediaType: string;
  schema: Json;
  download: boolean;
}): Json {
  return {
    get: {
      operationId: o.operationId,
      summary: o.summary,
      parameters: o.download ? [param('download')] : [],
      responses: {
        '200': file(o.summary, o.mediaType, o.schema),
        '304': responses.notModified,
        ...(o.download ? { '400': responses.badRequest } : {}),
      },
    },
  };
}

function deckPath(o: { operationId: string; summary: string; mediaType: string }): Json {
  return {
    get: {
      operationId: o.operationId,
      summary: o.summary,
      parameters: DECK_PARAMETERS.map(param),
      responses: {
        '200': file(o.summary, o.mediaType, BINARY(o.mediaType)),
        '304': responses.notModified,
        '400': responses.badRequest,
        ...(o.mediaType === PPTX ? {} : { '503': responses.busy }),
      },
    },
  };
}

const chartUrlsSchema = closed({
  page: { type: 'string' },
  embed: { type: 'string' },
  svg: { type: 'string' },
  png: { type: 'string' },
  pptx: { type: 'string' },
  csv: { type: 'string' },
  prebuilt: closed(
    Object.fromEntries(
      IMAGE_PRESET_IDS.map((preset) => [
        preset,
        closed(
          Object.fromEntries(
            IMAGE_THEMES.map((theme) => [
              theme,
              closed(Object.fromEntries(PREBUILT_EXTS.map((ext) => [ext, { type: 'string' }]))),
            ]),
          ),
        ),
      ]),
    ),
  ),
});

// Types of the records' fields (lib/export/dataset-records.ts DatasetRecord); `required` and the
// property list come from DATASET_RECORD_FIELDS, the CSV's columns.
const RECORD_FIELD_TYPES: Record<(typeof DATASET_RECORD_FIELDS)[number], Json> = {
  recordType: {
    type: 'string',
    enum: ['observation', 'growth-statement', 'product', 'checkpoint', 'target'],
  },
  id: { type: 'string' },
  series: { type: 'string' },
  period: nullable('string'),
  periodKey: nullable('string'),
  through: nullable('string'),
  product: nullable('string'),
  value: nullable('number'),
  qualifier: nullable('string'),
  unit: nullable('string'),
  kind: { type: 'string', enum: ['reported', 'projection', 'target'] },
  statistic: nullable('string'),
  statisticLabel: nullable('string'),
  reportedBy: { type: 'string' },
  announced: nullable('string'),
  statedGrowthPct: nullable('number'),
  statedGrowthBasis: nullable('string'),
  statedGrowthQualifier: nullable('string'),
  sourceId: { type: 'string' },
  sourcePublisher: { type: 'string' },
  sourceCopyAt: nullable('string'),
  sourceTitle: nullable('string'),
  sourceUrl: { type: 'string' },
  sourcePublished: nullable('string'),
  quote: { type: 'string' },
  note: nullable('string'),
};

const mirrorGapSchema = closed({
  series: { type: 'string' },
  year: { type: 'integer' },
  cnId: { type: 'string' },
  kzId: { type: 'string' },
  gapUsdBn: { type: 'number' },
  gapPctOfKz: nullable('number'),
});

const SCHEMAS: Record<string, Json> = {
  Error: {
    description: 'What is wrong, which parameter, what is allowed; never the input.',
    ...closed({
      error: { type: 'string' },
      parameter: { type: 'string' },
      allowed: { type: 'string' },
    }),
  },
  ChartList: closed({
    charts: {
      type: 'array',
      items: closed({
        id: { type: 'string', enum: chartIds },
        title: { type: 'string' },
        subtitle: { type: 'string' },
        urls: chartUrlsSchema,
      }),
    },
    deck: { type: 'string' },
    data: closed({ csv: { type: 'string' }, json: { type: 'string' } }),
  }),
  DatasetRecord: closed(RECORD_FIELD_TYPES),
  Data: closed({
    dataset: closed({ id: { type: 'string' }, title: { type: 'string' }, partners: strings }),
    fields: { type: 'array', items: { type: 'string', enum: DATASET_RECORD_FIELDS } },
    records: { type: 'array', items: ref('DatasetRecord') },
    sources: {
      type: 'array',
      items: closed({
        id: { type: 'string' },
        publisher: { type: 'string' },
        copyAt: nullable('string'),
        title: nullable('string'),
        url: { type: 'string' },
        published: nullable('string'),
      }),
    },
    events: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'start', 'title', 'category', 'sourceIds'],
        properties: {
          id: { type: 'string' },
          start: { type: 'string' },
          end: { type: 'string' },
          title: { type: 'string' },
          category: { type: 'string' },
          sourceIds: strings,
          quote: { type: 'string' },
          note: { type: 'string' },
        },
        additionalProperties: false,
      },
    },
    conflicts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'topic', 'kind', 'claims', 'note', 'foundBy'],
        properties: {
          id: { type: 'string' },
          topic: { type: 'string' },
          kind: { type: 'string' },
          claims: { type: 'array', items: { type: 'object' } },
          note: { type: 'string' },
          foundBy: { type: 'string', enum: ['reference', 'validator'] },
        },
        additionalProperties: false,
      },
    },
    derived: closed({
      precision: { type: 'string' },
      mirrorGaps: { type: 'array', items: mirrorGapSchema },
      directionBalances: {
        type: 'array',
        items: closed({
          year: { type: 'integer' },
          side: { type: 'string' },
          kzToCnId: { type: 'string' },
          cnToKzId: { type: 'string' },
          balanceUsdBn: { type: 'number' },
        }),
      },
      cumulativeChecks: {
        type: 'array',
        items: closed({
          series: { type: 'string' },
          at: { type: 'string' },
          atLabel: { type: 'string' },
          agree: { type: 'boolean' },
          checkpointIds: strings,
          estimates: {
            type: 'array',
            items: closed({
              kind: { type: 'string' },
              checkpointId: nullable('string'),
              flowIds: strings,
              formula: { type: 'string' },
              value: { type: 'number' },
              low: nullable('number'),
              high: nullable('number'),
            }),
          },
        }),
      },
    }),
  }),
  OpenApi: {
    type: 'object',
    required: ['openapi', 'info', 'paths'],
    properties: { openapi: { type: 'string', pattern: '^3\\.1\\.' } },
  },
};

/** The root-relative path of the description itself. */
export const OPENAPI_PATH = '/api/openapi.json';

/**
 * The OpenAPI 3.1 description of every `/api` route, built from the definitions the routes
 * parse with (image limits, presets, themes, chart ids, the record fields), so a changed limit
 * changes the document. `version` is the package version. Any other `/api` path answers 404
 * with an Error body.
 *
 * @example Object.keys(openApiDocument(d, '0.1.0').paths)[0] // → "/api/charts"
 */
export function openApiDocument(d: Dataset, version: string): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: `${d.title}: export API`,
      version,
      description:
        'Read-only: GET and HEAD (OPTIONS answers 204 with Allow; any other method 405). Every ' +
        'answer of a route below carries an ETag and answers If-None-Match with 304; bad input ' +
        'is a 400 with an Error body, an unknown chart or any other /api path a 404 with one.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: {
      '/api/charts': sitePath({
        operationId: 'listCharts',
        summary: 'Every chart with the URL of every format, the deck and the data files',
        mediaType: 'application/json',
        schema: ref('ChartList'),
        download: false,
      }),
      '/api/charts/{id}/svg': imagePath('svg'),
      '/api/charts/{id}/png': imagePath('png'),
      '/api/charts/{id}/pptx': documentPath('pptx'),
      '/api/charts/{id}/csv': documentPath('csv'),
      '/api/deck.pptx': deckPath({
        operationId: 'getDeck',
        summary:
          'A title slide, each chart of the deck (every chart without `c`) as a native PowerPoint chart, and the sources',
        mediaType: PPTX,
      }),
      '/api/deck.zip': deckPath({
        operationId: 'getDeckZip',
        summary:
          "The deck's slides as 1920×1080 PNG images in a ZIP: the title slide, then each chart as its PNG route draws it",
        mediaType: 'application/zip',
      }),
      '/api/data.csv': sitePath({
        operationId: 'getDataCsv',
        summary: 'Every sourced record, one row each',
        mediaType: 'text/csv',
        schema: { type: 'string' },
        download: true,
      }),
      '/api/data.json': sitePath({
        operationId: 'getDataJson',
        summary: 'Every sourced record, source, event and conflict, and the derived figures',
        mediaType: 'application/json',
        schema: ref('Data'),
        download: true,
      }),
      [OPENAPI_PATH]: sitePath({
        operationId: 'getOpenApi',
        summary: 'This description',
        mediaType: 'application/json',
        schema: ref('OpenApi'),
        download: false,
      }),
    },
    components: { parameters: PARAMETERS, schemas: SCHEMAS },
  };
}
