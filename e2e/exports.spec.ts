import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import JSZip from 'jszip';
import { PALETTES, kindKey, roundForDisplay, type ChartSpec } from 'chart-render';
import { chartIds, getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';

/** XML text as a reader sees it: the five predefined entities and numeric references decoded. */
function decodeXml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1))
      : named[e]!,
  );
}
import { chartCsvRows } from '@/lib/export/csv';
import { deckSlideCount } from '@/lib/export/pptx';
import { excelFormat, pptxSeriesName } from '@/lib/export/pptx-chart';
import { expect, test } from './fixtures';
import { decodePng, inkPixels, pngSize, type DecodedPng } from './png';
import { deckSlide } from './pptx';

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

/** Every non-null value of a spec, rounded to display precision as the chart XML holds them. */
function specValues(s: ChartSpec = spec) {
  return s.series.flatMap((x) =>
    x.values.flatMap((v) => (v === null ? [] : [roundForDisplay(v, s.valueFormat)])),
  );
}

async function chartXmls(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

/** The `<c:ser>` elements of a chart part. */
const seriesOf = (xml: string) => xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? [];
/** The cached numbers of one `<c:xVal>` or `<c:yVal>` of a series, gaps as null. */
function cached(ser: string, tag: 'c:xVal' | 'c:yVal' | 'c:val'): (number | null)[] {
  const block = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(ser)?.[1] ?? '';
  const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(block)?.[1] ?? 0);
  const out: (number | null)[] = Array(count).fill(null);
  for (const m of block.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) {
    out[Number(m[1])] = Number(m[2]);
  }
  return out;
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

  test('downloads a PPTX whose native chart holds the chart values, rounded and formatted', async ({
    page,
  }) => {
    const { name, bytes } = await download(page, 'download-pptx');
    expect(name).toBe(`china-kazakhstan-${ID}.pptx`);
    const xmls = await chartXmls(bytes);
    expect(xmls).toHaveLength(1);
    for (const v of specValues()) {
      expect(xmls[0]).toContain(`<c:v>${roundForDisplay(v, spec.valueFormat)}</c:v>`);
    }
    expect(xmls[0]).not.toContain('<c:v></c:v>');
    expect(xmls[0]).toContain(
      `<c:formatCode>${excelFormat(spec.valueFormat).replace(/"/g, '&quot;')}</c:formatCode>`,
    );
  });

  test('downloads the deck: per chart a native chart with formats, labels, steps and connectors', async ({
    page,
  }) => {
    const { name, bytes } = await download(page, 'download-deck');
    expect(name).toBe('china-kazakhstan-charts.pptx');
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const d = getDataset();
    const specs = chartIds.map((id) => getChartSpec(d, id));
    expect(slides).toHaveLength(deckSlideCount(specs));
    expect(await chartXmls(bytes)).toHaveLength(chartIds.length);
    for (const [k, s] of specs.entries()) {
      const { chart } = await deckSlide(zip, k + 2);
      expect(chart, s.id).not.toBeNull();
      const xml = chart!;
      const fmt = excelFormat(s.valueFormat).replace(/"/g, '&quot;');
      const sers = seriesOf(xml);
      for (const ser of sers) {
        expect(ser, s.id).toContain(`<c:formatCode>${fmt}</c:formatCode>`);
        expect(ser, s.id).toContain(`<c:numFmt formatCode="${fmt}" sourceLinked="0"/>`);
      }
      // No binary-float noise: every cached number has at most 4 decimals (years: 2007.25).
      for (const m of xml.matchAll(/<c:v>(-?[\d.]+)<\/c:v>/g))
        expect(m[1]).toMatch(/^-?\d+(\.\d{1,4})?$/);
      for (const v of specValues(s)) expect(xml, s.id).toContain(`<c:v>${v}</c:v>`);
      // Direct labels: every series label and target label is a data label's text; no legend.
      expect(xml).not.toContain('<c:legend>');
      for (const x of s.series) {
        // Text runs as PowerPoint reads them (entities decoded).
        const runs = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1]!));
        if (x.label) expect(runs, x.label).toContain(x.label);
        // A target's label may be wrapped into lines (one <a:t> each): its words, in order.
        for (const t of x.pointLabels ?? []) {
          if (t) expect(runs.join(' ')).toContain(t.replace(/\n/g, ' '));
        }
      }
      // A step series: each value held from its band's start to its end (x repeats at each riser).
      for (const x of s.series.filter((x) => x.mark === 'step')) {
        const ser = sers.find((e) => e.includes(`<c:v>${pptxSeriesName(s, x)}</c:v>`))!;
        const xs = cached(ser, 'c:xVal');
        expect(xs[0]).toBe(s.bands[0]!.start);
        expect(xs.at(-1)).toBe(s.bands.at(-1)!.end);
        expect(new Set(xs).size).toBe(s.bands.length + 1);
      }
      // A connector series per connectGaps series, dashed, from announcement to target year.
      for (const x of s.series.filter((x) => x.connectGaps)) {
        const ser = sers.find((e) => e.includes(`<c:v>${pptxSeriesName(s, x)}</c:v>`))!;
        expect(ser).toContain('<a:prstDash val="dash"/>');
        const years = x.values.flatMap((v, i) => (v === null ? [] : [s.bands[i]!]));
        const xs = cached(ser, 'c:xVal').filter((v): v is number => v !== null);
        expect(xs[0]).toBe((years[0]!.start + years[0]!.end) / 2);
        // It stops at the edge of the target's diamond.
        const target = (years.at(-1)!.start + years.at(-1)!.end) / 2;
        expect(xs.at(-1)).toBeLessThan(target);
        expect(xs.at(-1)).toBeGreaterThan(target - 0.5);
      }
    }
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
    test.setTimeout(90_000);
    await page.goto(`/charts/${ID}`);
    await page.getByTestId('copy-image').click();
    // A hang guard: a 1920×1080 render and the clipboard's re-encoding take seconds under load.
    await expect(page.getByText('Image copied')).toBeVisible({ timeout: 30_000 });
    const png = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((i) => i.types.includes('image/png'));
      if (!item) return null;
      return Array.from(new Uint8Array(await (await item.getType('image/png')).arrayBuffer()));
    });
    expect(png).not.toBeNull();
    expect(pngSize(Uint8Array.from(png!))).toEqual({ width: 1920, height: 1080 });
  });

  test('copies the image at the size and theme selected in the form', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/charts/${ID}`);
    const form = page.getByTestId('custom-size-form');
    await form.getByLabel('Width (px)').fill('1200');
    await form.getByLabel('Height (px)').fill('630');
    await form.getByLabel('Theme').selectOption('dark');
    await page.getByTestId('copy-image').click();
    await expect(page.getByText('Image copied (1200×630, dark)')).toBeVisible({ timeout: 30_000 });
    const png = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((i) => i.types.includes('image/png'));
      if (!item) return null;
      return Array.from(new Uint8Array(await (await item.getType('image/png')).arrayBuffer()));
    });
    const img = decodePng(Uint8Array.from(png!));
    expect({ width: img.width, height: img.height }).toEqual({ width: 1200, height: 630 });
    // The dark theme's background in the top-left pixel.
    const bg = PALETTES.dark.background!;
    const want = [1, 3, 5].map((k) => parseInt(bg.slice(k, k + 2), 16));
    expect(Array.from(img.pixels.subarray(0, 3))).toEqual(want);
  });

  test('copies the permalink of the current view', async ({ page, baseURL }) => {
    await page.goto(`/charts/${ID}?events=off`);
    await page.getByTestId('copy-link').click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/charts/${ID}?events=off`,
    );
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
    await expect(page.getByTestId('copy-link')).toBeDisabled();
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

/** A Python 3 with openpyxl, to read embedded workbooks as a spreadsheet program would. */
function openpyxlPython(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    if (spawnSync(py, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0) return py;
  }
  return null;
}

/** Slide size of pptxgenjs's LAYOUT_WIDE, EMU. */
const SLIDE_EMU = { w: 12192000, h: 6858000 };

/**
 * Maps data coordinates of an XY chart on a slide to pixels of that slide's rendered page: the
 * chart frame from the slide, the plot area and axis ranges from the chart part.
 */
function plotToPixels(slideXml: string, chartXml: string, page: { width: number; height: number }) {
  const frame =
    /<p:graphicFrame>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(
      slideXml,
    )!;
  const [fx, fy, fw, fh] = frame.slice(1, 5).map(Number) as [number, number, number, number];
  const layout =
    /<c:layoutTarget val="inner"\/><c:xMode val="edge"\/><c:yMode val="edge"\/><c:x val="([\d.]+)"\/><c:y val="([\d.]+)"\/><c:w val="([\d.]+)"\/><c:h val="([\d.]+)"\/>/.exec(
      chartXml,
    )!;
  const [lx, ly, lw, lh] = layout.slice(1, 5).map(Number) as [number, number, number, number];
  const axis = (id: number) => {
    const m = new RegExp(
      `<c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/><c:max val="(-?[\\d.]+)"/><c:min val="(-?[\\d.]+)"/>`,
    ).exec(chartXml)!;
    return { max: Number(m[1]), min: Number(m[2]) };
  };
  const xa = axis(1);
  const ya = axis(2);
  const sx = page.width / SLIDE_EMU.w;
  const sy = page.height / SLIDE_EMU.h;
  return (x: number, y: number) => ({
    x: (fx + fw * (lx + (lw * (x - xa.min)) / (xa.max - xa.min))) * sx,
    y: (fy + fh * (ly + (lh * (ya.max - y)) / (ya.max - ya.min))) * sy,
  });
}

/** The RGB of a pixel of a decoded page. */
function rgb(img: DecodedPng, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * img.width + Math.round(x)) * img.channels;
  return [img.pixels[i]!, img.pixels[i + 1]!, img.pixels[i + 2]!];
}
const isWhite = ([r, g, b]: number[]) => r! > 230 && g! > 230 && b! > 230;
/** Near the light theme's amber, #b45309, antialiased edges included. */
const isAmber = ([r, g, b]: number[]) =>
  r! > 150 && g! > 50 && g! < 150 && b! < 110 && r! - b! > 90;
/** Pixels within `r` of (x, y) that pass `test`. */
function around(
  img: DecodedPng,
  at: { x: number; y: number },
  r: number,
  test: (c: number[]) => boolean,
) {
  let n = 0;
  for (let dy = -r; dy <= r; dy++)
    for (let dx = -r; dx <= r; dx++) if (test(rgb(img, at.x + dx, at.y + dy))) n++;
  return n;
}

test.describe('LibreOffice', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(180_000);
  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
  const d = getDataset();
  const specs = chartIds.map((id) => getChartSpec(d, id));
  let dir = '';
  let deck: JSZip;
  let slideCount = 0;

  test.beforeAll(async ({}, testInfo) => {
    if (!soffice) return;
    dir = mkdtempSync(join(tmpdir(), 'deck-'));
    const res = await fetch(new URL('/api/deck.pptx', testInfo.project.use.baseURL));
    const bytes = new Uint8Array(await res.arrayBuffer());
    writeFileSync(join(dir, 'deck.pptx'), bytes);
    deck = await JSZip.loadAsync(bytes);
    slideCount = Object.keys(deck.files).filter((n) =>
      /^ppt\/slides\/slide\d+\.xml$/.test(n),
    ).length;
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'deck.pptx'),
      ],
      { timeout: 150_000, stdio: 'pipe' },
    );
  });

  test.afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.beforeEach(() => {
    test.skip(
      !soffice,
      'LibreOffice is not installed (no soffice): install libreoffice-impress to run this test',
    );
  });

  test('converts the deck to a PDF with one page per slide', () => {
    const pdf = readFileSync(join(dir, 'deck.pdf')).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
    expect(slideCount).toBeGreaterThan(2);
    expect(pages).toBe(slideCount);
  });

  test('renders each chart slide with its direct labels, kind key and only its own events', () => {
    for (const [k, s] of specs.entries()) {
      const page = k + 2;
      const text = execFileSync('pdftotext', [
        '-f',
        `${page}`,
        '-l',
        `${page}`,
        join(dir, 'deck.pdf'),
        '-',
      ])
        .toString('utf8')
        .replace(/\s+/g, ' ');
      for (const item of kindKey(s)) expect(text, `${s.id}: ${item.text}`).toContain(item.text);
      for (const x of s.series) {
        if (x.label && x.values.some((v) => v !== null)) expect(text, s.id).toContain(x.label);
        for (const t of x.pointLabels ?? []) if (t) expect(text, s.id).toContain(t.split('\n')[0]!);
      }
      if (s.events.length === 0) expect(text, s.id).not.toContain('Events:');
      for (const e of s.events) expect(text, s.id).toContain(e.title);
    }
  });

  test('draws hollow target diamonds, connectors to them and a real step', async () => {
    const render = (page: number) => {
      execFileSync('pdftoppm', [
        '-r',
        '100',
        '-png',
        '-f',
        `${page}`,
        '-l',
        `${page}`,
        '-singlefile',
        join(dir, 'deck.pdf'),
        join(dir, `p${page}`),
      ]);
      return decodePng(readFileSync(join(dir, `p${page}.png`)));
    };
    const slideOf = async (s: ChartSpec) => {
      const page = specs.indexOf(s) + 2;
      const img = render(page);
      const { slide, chart } = await deckSlide(deck, page);
      return { img, at: plotToPixels(slide, chart!, img) };
    };
    const centre = (s: ChartSpec, i: number) => (s.bands[i]!.start + s.bands[i]!.end) / 2;

    const targets = specs.find((s) => s.id === 'projections')!;
    const t = await slideOf(targets);
    for (const x of targets.series.filter((x) => x.mark === 'point' && x.kind === 'projection')) {
      const i = x.values.findIndex((v) => v !== null);
      const p = t.at(centre(targets, i), x.values[i]!);
      expect(isWhite(rgb(t.img, p.x, p.y)), `${x.id}: hollow centre`).toBe(true);
      expect(around(t.img, p, 7, isAmber), `${x.id}: amber ring`).toBeGreaterThan(6);
    }
    for (const x of targets.series.filter((x) => x.connectGaps)) {
      const present = x.values.flatMap((v, i) => (v === null ? [] : [i]));
      const mid = (centre(targets, present[0]!) + centre(targets, present.at(-1)!)) / 2;
      const p = t.at(mid, x.values[present[0]!]!);
      expect(around(t.img, p, 10, isAmber), `${x.id}: dashed connector`).toBeGreaterThan(5);
    }

    // The capacity steps up at the start of a year; a sloped line would be halfway there.
    const pipeline = specs.find((s) => s.id === 'pipeline-capacity')!;
    const step = pipeline.series.find((x) => x.mark === 'step')!;
    const rise = step.values.findIndex((v, i) => i > 0 && v !== step.values[i - 1]);
    const pl = await slideOf(pipeline);
    const before = pipeline.bands[rise]!.start - 0.15;
    const low = pl.at(before, step.values[rise - 1]!);
    const half = pl.at(before, (step.values[rise - 1]! + step.values[rise]!) / 2);
    const ink = (c: number[]) => !isWhite(c);
    expect(around(pl.img, low, 4, ink), 'the step before it rises').toBeGreaterThan(2);
    expect(around(pl.img, half, 4, ink), 'no slope').toBe(0);
  });
});

test.describe('embedded sheets', () => {
  test('open in openpyxl with the rounded values, one column per series', async ({ request }) => {
    const py = openpyxlPython();
    test.skip(!py, 'no python3 with openpyxl: install python3-openpyxl to run this test');
    const d = getDataset();
    const specs = chartIds.map((id) => getChartSpec(d, id));
    const zip = await JSZip.loadAsync(await (await request.get('/api/deck.pptx')).body());
    const dir = mkdtempSync(join(tmpdir(), 'sheets-'));
    try {
      for (const [k, s] of specs.entries()) {
        const { sheet } = await deckSlide(zip, k + 2);
        const file = join(dir, `${s.id}.xlsx`);
        writeFileSync(file, await zip.file(sheet!)!.async('uint8array'));
        const read = execFileSync(py!, [
          '-c',
          'import json, sys, openpyxl\n' +
            'ws = openpyxl.load_workbook(sys.argv[1])["Sheet1"]\n' +
            'cols = {}\n' +
            'for col in ws.iter_cols(values_only=True):\n' +
            '    if col[0] is not None: cols[col[0]] = list(col[1:])\n' +
            'print(json.dumps({"cols": cols, "format": ws["C2"].number_format}))',
          file,
        ]).toString('utf8');
        const { cols } = JSON.parse(read) as { cols: Record<string, (number | string | null)[]> };
        expect(cols[s.xLabel]?.slice(0, s.categories.length), s.id).toEqual(s.categories);
        for (const x of s.series) {
          const col = cols[pptxSeriesName(s, x)];
          expect(col?.slice(0, s.categories.length), x.id).toEqual(
            x.values.map((v) => (v === null ? null : roundForDisplay(v, s.valueFormat))),
          );
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
