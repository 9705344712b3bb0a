import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/datasets';
import { datasetJson } from './dataset-records';
import { IMAGE_LIMITS, parseImageParams } from './image-params';
import { openApiDocument } from './openapi';
import { CHART_OPTION_PARAMS } from './chart-options';
import { DECK_PARAMS } from './deck';

const d = getDataset();
const doc = openApiDocument(d, '0.1.0');
const paths = doc.paths as Record<string, { get: { parameters: { $ref: string }[] } }>;
type Param = { name: string; schema: { minimum?: number; maximum?: number; enum?: string[] } };
const parameters = (doc.components as { parameters: Record<string, Param> }).parameters;

/** Every route.ts under app/api as the URL path it serves (`[id]` → `{id}`). */
function apiRouteFiles(dir = join(process.cwd(), 'app', 'api')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return apiRouteFiles(p);
    if (e.name !== 'route.ts') return [];
    const route = relative(join(process.cwd(), 'app'), dir).split(sep).join('/');
    return [`/${route.replace(/\[(\w+)\]/g, '{$1}')}`];
  });
}

describe('the OpenAPI description', () => {
  it('is a valid OpenAPI 3.1 document for an independent validator', async () => {
    const validator = new Validator();
    const res = await validator.validate(structuredClone(doc));
    expect(res.errors ?? []).toEqual([]);
    expect(res.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every /api route handler, and only those; the catch-all is the JSON 404', () => {
    const routes = apiRouteFiles().filter((p) => p !== '/api/[[...path]]');
    expect(apiRouteFiles()).toContain('/api/[[...path]]');
    expect(Object.keys(paths).sort()).toEqual(routes.sort());
  });

  it('has schemas that compile as JSON Schema 2020-12 and match the data export', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema(doc, 'openapi.json');
    const validate = ajv.getSchema('openapi.json#/components/schemas/Data')!;
    expect(
      validate(JSON.parse(JSON.stringify(datasetJson(d)))),
      ajv.errorsText(validate.errors),
    ).toBe(true);
    // Closed schemas: an extra field is caught, so a new field must be documented.
    const extra = { ...datasetJson(d), extra: 1 };
    expect(validate(JSON.parse(JSON.stringify(extra)))).toBe(false);
  });

  it.each([
    ['width', 'width'],
    ['height', 'height'],
  ] as const)('gives the %s bounds the parser enforces', (_name, key) => {
    const { minimum, maximum } = parameters[key]!.schema;
    expect([minimum, maximum]).toEqual([IMAGE_LIMITS.minSidePx, IMAGE_LIMITS.maxSidePx]);
    const other = key === 'width' ? 'height' : 'width';
    const at = (v: number) =>
      parseImageParams(new URLSearchParams({ [key]: String(v), [other]: String(v) })).ok;
    expect([at(minimum! - 1), at(minimum!), at(maximum!), at(maximum! + 1)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it.each(['preset', 'theme', 'scale'] as const)('lists every %s the parser accepts', (key) => {
    const s = parameters[key]!.schema;
    const values =
      s.enum ??
      Array.from({ length: s.maximum! - s.minimum! + 1 }, (_, i) => String(s.minimum! + i));
    // scale is checked at a size where every documented value fits the pixel cap.
    const size: Record<string, string> = key === 'scale' ? { width: '800', height: '800' } : {};
    for (const v of values) {
      expect(parseImageParams(new URLSearchParams({ ...size, [key]: v })).ok, v).toBe(true);
    }
    expect(parseImageParams(new URLSearchParams({ ...size, [key]: 'x' })).ok).toBe(false);
  });

  it('gives each image route every parameter its parser reads', () => {
    const names = (p: string) =>
      paths[p]!.get.parameters.map((r) => parameters[r.$ref.split('/').pop()!]!.name).sort();
    const view = [...CHART_OPTION_PARAMS];
    const image = ['download', 'height', 'id', 'preset', 'scale', 'theme', 'width'];
    expect(names('/api/charts/{id}/png')).toEqual([...image, ...view].sort());
    expect(names('/api/charts/{id}/svg')).toEqual([...image, ...view].sort());
    expect(names('/api/charts/{id}/pptx')).toEqual(['download', 'id', ...view].sort());
    expect(names('/api/charts/{id}/csv')).toEqual(['download', 'id', ...view].sort());
    expect(names('/api/deck.pptx')).toEqual([...DECK_PARAMS, 'download'].sort());
    expect(names('/api/deck.zip')).toEqual([...DECK_PARAMS, 'download'].sort());
  });
});
