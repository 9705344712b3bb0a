import { test as baseTest, type APIResponse } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { chartIds } from '@/lib/charts/registry';
import { expect, test } from './fixtures';

const ID = chartIds[0]!;

type MediaTypes = Record<string, { schema: { $ref?: string; contentMediaType?: string } }>;
type Responses = Record<string, { content?: MediaTypes; headers?: Record<string, unknown> }>;
type Doc = { openapi: string; paths: Record<string, { get: { responses: Responses } }> };

/** A request giving each documented (path, status); 304s send the 200's ETag back. */
const EXAMPLES: Record<string, string> = {
  '/api/charts 200': '/api/charts',
  '/api/charts/{id}/svg 200': `/api/charts/${ID}/svg?theme=dark`,
  '/api/charts/{id}/svg 400': `/api/charts/${ID}/svg?width=1`,
  '/api/charts/{id}/svg 404': '/api/charts/nope/svg',
  '/api/charts/{id}/png 200': `/api/charts/${ID}/png?preset=og&events=off`,
  '/api/charts/{id}/png 400': `/api/charts/${ID}/png?scale=9`,
  '/api/charts/{id}/png 404': '/api/charts/nope/png',
  '/api/charts/{id}/pptx 200': `/api/charts/${ID}/pptx`,
  '/api/charts/{id}/pptx 400': `/api/charts/${ID}/pptx?events=nope`,
  '/api/charts/{id}/pptx 404': '/api/charts/nope/pptx',
  '/api/charts/{id}/csv 200': `/api/charts/${ID}/csv`,
  '/api/charts/{id}/csv 400': `/api/charts/${ID}/csv?download=maybe`,
  '/api/charts/{id}/csv 404': '/api/charts/nope/csv',
  '/api/deck.pptx 200': '/api/deck.pptx',
  '/api/deck.pptx 400': '/api/deck.pptx?download=2',
  '/api/deck.zip 200': '/api/deck.zip?c=mirror-gap%3Fevents%3Doff',
  '/api/deck.zip 400': '/api/deck.zip?c=nope',
  '/api/data.csv 200': '/api/data.csv',
  '/api/data.csv 400': '/api/data.csv?download=yes',
  '/api/data.json 200': '/api/data.json',
  '/api/data.json 400': '/api/data.json?download=x&download=y',
  '/api/openapi.json 200': '/api/openapi.json',
};

// A 503 needs a saturated renderer (e2e/saturation.spec.ts); its body is the 400's Error schema.
const NOT_EXERCISED = new Set(['503']);

/** The first bytes each binary media type starts with. */
const MAGIC: Record<string, string> = {
  'image/png': '\x89PNG\r\n\x1a\n',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PK\x03\x04',
  'application/zip': 'PK\x03\x04',
};

const mediaType = (res: APIResponse) => (res.headers()['content-type'] ?? '').split(';')[0]!;

test.describe('the OpenAPI description against real responses', () => {
  let doc: Doc;
  let ajv: Ajv2020;

  test.beforeAll(async ({ request }) => {
    const res = await request.get('/api/openapi.json');
    expect(res.status()).toBe(200);
    doc = (await res.json()) as Doc;
    ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema(doc, 'openapi.json');
  });

  test('has an example request for every documented path and status', () => {
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item.get.responses)
        .filter((status) => !NOT_EXERCISED.has(status) && status !== '304')
        .map((status) => `${path} ${status}`),
    );
    expect(documented.sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  for (const [key, url] of Object.entries(EXAMPLES)) {
    const [path, status] = key.split(' ') as [string, string];
    test(`${url} answers ${status} in a documented shape`, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBe(Number(status));
      const documented = doc.paths[path]!.get.responses[status]!;
      const content = documented.content!;
      expect(Object.keys(content)).toContain(mediaType(res));
      const { schema } = content[mediaType(res)]!;
      const body = await res.body();
      if (schema.$ref) {
        const validate = ajv.getSchema(`openapi.json${schema.$ref}`)!;
        const ok = validate(JSON.parse(body.toString('utf8')));
        expect(ok, ajv.errorsText(validate.errors)).toBe(true);
      } else if (schema.contentMediaType) {
        const magic = MAGIC[schema.contentMediaType];
        if (magic) expect(body.subarray(0, magic.length).toString('latin1')).toBe(magic);
        else expect(body.toString('utf8')).toMatch(/^(?:<\?xml[^>]*>\s*)?<svg[\s>]/);
      } else {
        expect(body.toString('utf8').length).toBeGreaterThan(0);
        expect(body.toString('utf8')).not.toContain('\uFFFD');
      }
      for (const name of Object.keys(documented.headers ?? {})) {
        expect(res.headers()[name.toLowerCase()], name).toBeTruthy();
      }
      if (status !== '200') return;
      // The documented 304: the same URL with the ETag just received.
      const again = await request.get(url, { headers: { 'If-None-Match': res.headers().etag! } });
      expect(again.status()).toBe(304);
      expect(doc.paths[path]!.get.responses['304']).toBeDefined();
      expect(again.headers().etag).toBe(res.headers().etag);
      expect((await again.body()).byteLength).toBe(0);
    });
  }
});

test.describe('unknown API paths', () => {
  for (const path of ['/api', '/api/nope', `/api/charts/${ID}/gif`, `/api/charts/${ID}/png/x`]) {
    test(`${path} answers a JSON 404 naming the documented paths`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(404);
      expect(mediaType(res)).toBe('application/json');
      expect(res.headers()['cache-control']).toBe('no-store');
      const body = await res.json();
      expect(Object.keys(body).sort()).toEqual(['allowed', 'error', 'parameter']);
      expect(body.parameter).toBe('path');
      expect(body.allowed).toContain('/api/charts/{id}/png');
      expect(body.error).toContain('/api/openapi.json');
    });
  }
});

test.describe('the 404 page', () => {
  for (const path of ['/nope', '/charts/nope', '/trade/nope']) {
    test(`${path} answers 404 with the designed page and the site's navigation`, async ({
      request,
    }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(404);
      const html = await res.text();
      expect(html).toContain('data-testid="not-found"');
      expect(html).toContain('Page not found');
      expect(html).toContain('aria-label="Main"');
      expect(html).not.toMatch(/at \S+ \(|webpack|node_modules/);
    });
  }
});

// Outside the fixture: Chromium logs the document's own 404 as a console error.
baseTest(
  'the 404 page in Chromium offers the overview, the charts and the sources',
  async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto('/nope');
    expect(res?.status()).toBe(404);
    const main = page.getByTestId('not-found');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(main.getByRole('link')).toHaveText([
      'Go to the overview',
      'Go to every chart',
      'Go to every source',
    ]);
    await main.getByRole('link', { name: 'Go to every chart' }).click();
    await expect(page).toHaveURL(/\/charts$/);
    expect(errors).toEqual([]);
  },
);
