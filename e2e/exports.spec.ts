import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import JSZip from 'jszip';
import { chartIds, getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { chartCsvRows } from '@/lib/export/csv';
import { deckSlideCount } from '@/lib/export/pptx';
import { roundChartValue } from '@/lib/export/round';
import { expect, test } from './fixtures';
import { decodePng, inkPixels, pngSize } from './png';

const ID = 'trade-trend';
const spec = getChartSpec(getDataset(), ID);

/** Clicks a download link and returns the file's name and bytes. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return read(file);
}

async function read(file: Download) {
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Every non-null value of the spec, as pptxgenjs writes numbers into chart XML. */
function specValues() {
  return spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
}

async function chartXmls(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

test.describe('chart page exports', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/charts/${ID}`);
  });

  test('downloads the 16:9 PNG at 1920×1080 with a title drawn in its top band', async ({
    page,
  }) => {
    const { name, bytes } = await download(page, 'download-png-slide-16x9-light');
    expect(name).toBe(`china-kazakhstan-${ID}-1920x1080.png`);
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
    const img = decodePng(bytes);
    expect(inkPixels(img, { x0: 0, y0: 0, x1: 0.6, y1: 0.08 })).toBeGreaterThan(1000);
  });

  test('downloads each preset PNG at its size, dark and transparent included', async ({ page }) => {
    for (const [testId, width, height] of [
      ['download-png-og-dark', 1200, 630],
      ['download-png-slide-4x3-transparent', 1600, 1200],
      ['download-png-square-light', 1080, 1080],
    ] as const) {
      const { bytes } = await download(page, testId);
      expect(pngSize(bytes)).toEqual({ width, height });
      expect(inkPixels(decodePng(bytes), { x0: 0, y0: 0, x1: 0.6, y1: 0.08 })).toBeGreaterThan(500);
    }
  });

  test('downloads a custom size at 2× from the form', async ({ page }) => {
    const form = page.getByTestId('custom-size-form');
    await form.getByLabel('Width (px)').fill('800');
    await form.getByLabel('Height (px)').fill('600');
    await form.getByLabel('Scale').selectOption('2');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('button', { name: 'PNG at this size' }).click(),
    ]);
    const { name, bytes } = await read(file);
    expect(name).toBe(`china-kazakhstan-${ID}-800x600@2x.png`);
    expect(pngSize(bytes)).toEqual({ width: 1600, height: 1200 });
  });

  test('downloads an SVG that parses, with the title and source line', async ({ page }) => {
    const { name, bytes } = await download(page, 'download-svg-slide-16x9-light');
    expect(name).toBe(`china-kazakhstan-${ID}-1920x1080.svg`);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.querySelector('parsererror')) return null;
      const root = doc.documentElement;
      return {
        name: root.localName,
        width: root.getAttribute('width'),
        title: doc.querySelector('title')?.textContent,
        text: root.textContent,
      };
    }, bytes.toString('utf8'));
    expect(parsed).not.toBeNull();
    expect(parsed).toMatchObject({ name: 'svg', width: '1920', title: spec.title });
    expect(parsed!.text).toContain('Sources:');
  });

  test('downloads a PPTX whose native chart holds the chart values', async ({ page }) => {
    const { name, bytes } = await download(page, 'download-pptx');
    expect(name).toBe(`china-kazakhstan-${ID}.pptx`);
    const xmls = await chartXmls(bytes);
    expect(xmls).toHaveLength(1);
    // The sheet is an export: values rounded at the edge (6.807818, not 6.807817589576547).
    for (const v of specValues()) {
      expect(xmls[0]).toContain(`<c:v>${roundChartValue(v, spec.valueFormat)}</c:v>`);
    }
    expect(xmls[0]).not.toContain('<c:v></c:v>');
  });

  test('downloads the deck with a slide per chart and the sources', async ({ page }) => {
    const { name, bytes } = await download(page, 'download-deck');
    expect(name).toBe('china-kazakhstan-charts.pptx');
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const d = getDataset();
    expect(slides).toHaveLength(deckSlideCount(chartIds.map((id) => getChartSpec(d, id))));
    expect(await chartXmls(bytes)).toHaveLength(chartIds.length);
  });

  test('downloads the chart CSV with one row per value', async ({ page }) => {
    const { name, bytes } = await download(page, 'download-csv');
    expect(name).toBe(`china-kazakhstan-${ID}.csv`);
    const lines = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('chart,category,series_id,series,kind,statistic,value,unit,note');
    expect(lines).toHaveLength(chartCsvRows(spec).length);
  });

  test('downloads every figure as CSV and JSON with source URLs', async ({ page }) => {
    const d = getDataset();
    const csv = await download(page, 'download-data-csv');
    expect(csv.name).toBe('china-kazakhstan-data.csv');
    expect(csv.bytes.toString('utf8')).toContain(d.sources[0]!.url);
    const json = await download(page, 'download-data-json');
    expect(json.name).toBe('china-kazakhstan-data.json');
    const body = JSON.parse(json.bytes.toString('utf8'));
    const count = (type: string) =>
      body.records.filter((r: { recordType: string }) => r.recordType === type).length;
    expect({
      observation: count('observation'),
      'growth-statement': count('growth-statement'),
      product: count('product'),
      checkpoint: count('checkpoint'),
      target: count('target'),
    }).toEqual({
      observation: d.observations.length,
      'growth-statement': d.growthStatements?.length ?? 0,
      product: d.products?.length ?? 0,
      checkpoint: d.cumulative?.length ?? 0,
      target: d.targets.length,
    });
    expect(body.records).toHaveLength(
      d.observations.length +
        (d.growthStatements?.length ?? 0) +
        (d.products?.length ?? 0) +
        (d.cumulative?.length ?? 0) +
        d.targets.length,
    );
    expect(body.records[0]).toMatchObject({
      value: d.observations[0]!.value,
      statistic: d.observations[0]!.statistic,
    });
  });
});

test.describe('copy to the clipboard', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  });

  test('copies the embed code with an absolute URL', async ({ page, baseURL }) => {
    await page.goto(`/charts/${ID}`);
    await page.getByTestId('copy-embed').click();
    await expect(page.getByText('Embed code copied.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByTestId('embed-snippet').inputValue());
    expect(copied).toMatch(new RegExp(`^<iframe src="${baseURL}/embed/${ID}" width="100%"`));
  });

  test('copies the 1920×1080 PNG as an image', async ({ page }) => {
    await page.goto(`/charts/${ID}`);
    await page.getByTestId('copy-image').click();
    await expect(page.getByText('Image copied')).toBeVisible();
    const png = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((i) => i.types.includes('image/png'));
      if (!item) return null;
      return Array.from(new Uint8Array(await (await item.getType('image/png')).arrayBuffer()));
    });
    expect(png).not.toBeNull();
    expect(pngSize(Uint8Array.from(png!))).toEqual({ width: 1920, height: 1080 });
  });
});

test.describe('without JavaScript', () => {
  test('still downloads from the links, and the copy buttons are disabled', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/charts/${ID}`);
    const { bytes } = await download(page, 'download-png-og-light');
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    await expect(page.getByTestId('copy-image')).toBeDisabled();
    await expect(page.getByTestId('copy-embed')).toBeDisabled();
    await expect(page.getByTestId('embed-snippet')).toHaveValue(/^<iframe src="\/embed\//);
    await context.close();
  });
});

test.describe('export routes', () => {
  test('list every chart with the URL of each format', async ({ request }) => {
    const res = await request.get('/api/charts');
    expect(res.headers()['content-type']).toContain('application/json');
    const body = await res.json();
    expect(body.charts.map((c: { id: string }) => c.id)).toEqual(chartIds);
    expect(body.charts[0].urls).toMatchObject({
      svg: `/api/charts/${chartIds[0]}/svg`,
      png: `/api/charts/${chartIds[0]}/png`,
      pptx: `/api/charts/${chartIds[0]}/pptx`,
      csv: `/api/charts/${chartIds[0]}/csv`,
      embed: `/embed/${chartIds[0]}`,
    });
    expect(body.deck).toBe('/api/deck.pptx');
  });

  test('answer a repeat from the cache and If-None-Match with 304', async ({ request }) => {
    const url = `/api/charts/${ID}/png?preset=square&theme=dark&scale=1`;
    const first = await request.get(url);
    expect(first.status()).toBe(200);
    const etag = first.headers()['etag']!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers()['cache-control']).toMatch(/public, max-age=\d+/);
    const again = await request.get(url);
    expect(again.headers()['x-export-cache']).toBe('hit');
    expect(again.headers()['etag']).toBe(etag);
    const notModified = await request.get(url, { headers: { 'If-None-Match': etag } });
    expect(notModified.status()).toBe(304);
  });

  test('refuse bad parameters with 400 JSON naming the limit, never the input', async ({
    request,
  }) => {
    for (const [query, parameter] of [
      ['width=319&height=320', 'width'],
      ['width=4001', 'width'],
      ['width=2001&height=1000', 'width'],
      ['width=4000&height=4000&scale=2', 'scale'],
      ['scale=5', 'scale'],
      ['theme=%3Cscript%3Ealert(1)%3C/script%3E', 'theme'],
      ['preset=..%2F..%2Fetc', 'preset'],
      ['width=800&width=900', 'width'],
    ] as const) {
      for (const format of ['png', 'svg']) {
        const res = await request.get(`/api/charts/${ID}/${format}?${query}`);
        expect(res.status(), `${format}?${query}`).toBe(400);
        const body = await res.json();
        expect(Object.keys(body).sort()).toEqual(['allowed', 'error', 'parameter']);
        expect(body.parameter).toBe(parameter);
        const text = JSON.stringify(body);
        expect(text).not.toContain('script');
        expect(text).not.toContain('etc');
      }
    }
  });

  test('answer an unknown chart with 404 on every format', async ({ request }) => {
    for (const format of ['png', 'svg', 'pptx', 'csv']) {
      const res = await request.get(`/api/charts/%3Cb%3Enope/${format}`);
      expect(res.status()).toBe(404);
      const body = await res.json();
      expect(body).toMatchObject({ error: 'unknown chart id', parameter: 'id' });
      expect(JSON.stringify(body)).not.toContain('nope');
    }
  });

  test('serve the build-time preset images as static files', async ({ request }) => {
    const png = await request.get(`/charts/${ID}/og-dark.png`);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(png.headers()['content-disposition']).toBe(
      `inline; filename="china-kazakhstan-${ID}-1200x630-dark.png"`,
    );
    expect(png.headers()['etag']).toMatch(/^"[\w-]{27}"$/);
    expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
    const svg = await request.get(`/charts/${ID}/square.svg`);
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
    expect((await request.get(`/charts/${ID}/og-light.png`)).status()).toBe(404);
  });

  test('show every chart in the gallery, each linking to its page', async ({ page }) => {
    await page.goto('/charts');
    const gallery = page.getByTestId('chart-gallery');
    await expect(gallery.getByRole('listitem')).toHaveCount(chartIds.length);
    await gallery.getByRole('link', { name: spec.title }).click();
    await expect(page).toHaveURL(new RegExp(`/charts/${ID}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(spec.title);
  });
});

test.describe('accessibility', () => {
  for (const path of ['/charts', `/charts/${ID}`, `/embed/${ID}`]) {
    test(`has no axe violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});

test.describe('LibreOffice', () => {
  test.setTimeout(120_000);

  test('converts the deck to a PDF with one page per slide', async ({ request }) => {
    const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
    test.skip(
      !soffice,
      'LibreOffice is not installed (no soffice): install libreoffice-impress to run this test',
    );
    const dir = mkdtempSync(join(tmpdir(), 'deck-'));
    try {
      const res = await request.get('/api/deck.pptx');
      const bytes = await res.body();
      writeFileSync(join(dir, 'deck.pptx'), bytes);
      execFileSync(
        soffice!,
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, 'deck.pptx'),
        ],
        { timeout: 100_000, stdio: 'pipe' },
      );
      const pdf = readFileSync(join(dir, 'deck.pdf')).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
      const zip = await JSZip.loadAsync(bytes);
      const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      expect(slides.length).toBeGreaterThan(2);
      expect(pages).toBe(slides.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
