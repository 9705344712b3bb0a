import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { roundForDisplay, type ChartSpec } from 'chart-render';
import { getChartSpec, getChartView, type ChartId, type ChartOptions } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { deckZipNames } from '@/lib/export/deck';
import { deckSlideCount } from '@/lib/export/pptx';
import { pptxSeriesName } from '@/lib/export/pptx-chart';
import { expect, test } from './fixtures';
import { decodePng, inkPixels, pngSize } from './png';
import { deckSlide } from './pptx';

const d = getDataset();
const TITLE = 'Kazakhstan and China: trade and oil';
const SUBTITLE = 'Five charts for the desk';
const OWN = 'Trade turnover, 2005–2010: my own title';

/** The mirror gap of 2010 as a difference arrow: CN's figure measured from KZ's. */
const DIFF = {
  to: { series: 'annual-cn', period: '2010' },
  from: { series: 'annual-kz', period: '2010' },
};

/** A chart as the reader set it, and the spec every export of it must hold. */
function view(id: ChartId, o: ChartOptions = {}): ChartSpec {
  const r = getChartView(d, id, o);
  if (!r.ok) throw new Error(`${id}: ${r.error.error}`);
  return r.value;
}

/** The deck the test builds, in its final order (trade-series moved up one place). */
const SPECS = [
  view('projections'),
  view('trade-series', { stat: ['kz'] }),
  view('trade-trend', { from: 2005, to: 2010, title: OWN, diff: DIFF }),
  view('mirror-gap'),
  view('oil-flows', { from: 2010 }),
];

const XML: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1))
      : XML[e]!,
  );
const runs = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1]!));

async function download(page: Page, testId: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const slideTitles = (page: Page) => page.getByTestId('deck-slide-title').allTextContents();

function openpyxlPython(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    if (spawnSync(py, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0) return py;
  }
  return null;
}

/** Builds the five-chart deck through the page, as a reader would, and returns its URL. */
async function buildDeck(page: Page, baseURL: string): Promise<string> {
  await page.goto('/deck');
  await expect(page.getByTestId('deck-empty')).toBeVisible();
  const titleForm = page.getByTestId('deck-title-form');
  await titleForm.getByLabel('Title', { exact: true }).fill(TITLE);
  await titleForm.getByLabel('Subtitle').fill(SUBTITLE);
  await titleForm.getByRole('button').click();
  await expect(page.getByTestId('deck-title')).toHaveText(TITLE);

  const add = page.getByTestId('deck-add-form');
  await add
    .getByLabel('Chart', { exact: true })
    .selectOption({ label: getChartSpec(d, 'projections').title });
  await add.getByRole('button').click();
  await expect(page.getByTestId('deck-slide')).toHaveCount(1);

  // Pasted links: a path with options, and a full URL of the site's embed.
  const q = new URLSearchParams({
    from: '2005',
    to: '2010',
    title: OWN,
    diff: 'annual-cn:2010,annual-kz:2010',
  });
  await page
    .getByTestId('deck-add-form')
    .getByLabel('Or paste chart links, one a line')
    .fill(`/charts/trade-trend?${q}\n\n${baseURL}/embed/trade-series?stat=kz\n`);
  await page.getByTestId('deck-add-form').getByRole('button').click();
  await expect(page.getByTestId('deck-slide')).toHaveCount(3);

  // From a chart page, as it is: "Add to deck" appends it.
  await page.getByRole('link', { name: getChartSpec(d, 'mirror-gap').title }).click();
  await expect(page).toHaveURL(/\/charts\/mirror-gap\?deck=/);
  await page.getByTestId('add-to-deck').click();
  await expect(page.getByTestId('deck-slide')).toHaveCount(4);

  // From a chart page with a view set in its options form, which keeps the deck.
  await page.getByRole('link', { name: getChartSpec(d, 'oil-flows').title }).click();
  const options = page.getByTestId('chart-options-form');
  await options.getByLabel('From').fill('2010');
  await options.getByRole('button', { name: 'Show this view' }).click();
  await expect(page).toHaveURL(/from=2010/);
  await expect(page.getByTestId('add-to-deck')).toHaveText('Add to your deck');
  await page.getByTestId('add-to-deck').click();
  await expect(page.getByTestId('deck-slide')).toHaveCount(5);

  // Reorder: the third chart (trade-series) up one place.
  await page.getByTestId('deck-slide').nth(2).getByTestId('move-up').click();
  await expect.poll(() => slideTitles(page)).toEqual(SPECS.map((s) => s.title));
  return page.url();
}

test.describe('the deck builder', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(180_000);
  let deckUrl = '';
  let pptx: Buffer;
  let zip: JSZip;

  test('builds a five-chart deck with options, reordered, and shows each slide', async ({
    page,
    baseURL,
  }) => {
    deckUrl = await buildDeck(page, baseURL!);
    await expect(page.getByTestId('deck-title')).toHaveText(TITLE);
    // Each preview is an image of that chart's view.
    const srcs = await page
      .getByTestId('deck-slide')
      .locator('img')
      .evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src')));
    expect(srcs[0]).toBe('/charts/projections/slide-16x9.svg');
    expect(srcs[2]).toBe(
      `/api/charts/trade-trend/svg?from=2005&to=2010&title=${encodeURIComponent(OWN).replace(/%20/g, '+')}&diff=annual-cn%3A2010%2Cannual-kz%3A2010`,
    );
    for (const src of srcs) expect((await page.request.get(src!)).status(), src!).toBe(200);
    const { name, bytes } = await download(page, 'deck-download-pptx');
    expect(name).toBe('china-kazakhstan-deck-kazakhstan-and-china-trade-and-oil.pptx');
    pptx = bytes;
    const z = await download(page, 'deck-download-zip');
    expect(z.name).toBe('china-kazakhstan-deck-kazakhstan-and-china-trade-and-oil.zip');
    zip = await JSZip.loadAsync(z.bytes);
  });

  test('downloads a PPTX with the title slide, the charts in order and their values', async () => {
    const deck = await JSZip.loadAsync(pptx);
    const slides = Object.keys(deck.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(deckSlideCount(SPECS));
    const first = runs((await deckSlide(deck, 1)).slide);
    expect(first.slice(0, 2)).toEqual([TITLE, SUBTITLE]);
    expect(first.slice(-5)).toEqual(SPECS.map((s) => s.title));
    for (const [k, s] of SPECS.entries()) {
      const { slide, chart } = await deckSlide(deck, k + 2);
      expect(runs(slide)[0], s.id).toBe(s.title);
      expect(chart, s.id).not.toBeNull();
      for (const x of s.series) {
        for (const v of x.values) {
          if (v !== null)
            expect(chart!, x.id).toContain(`<c:v>${roundForDisplay(v, s.valueFormat)}</c:v>`);
        }
      }
    }
    // The custom range: no category outside 2005–2010 in the trade chart's sheet.
    const trade = SPECS[2]!;
    expect(trade.categories).toEqual(['2005', '2006', '2007', '2008', '2009', '2010']);
    expect(runs((await deckSlide(deck, 4)).slide).join('\n')).toContain(
      `Chart: ${getChartSpec(d, 'trade-trend').title}`,
    );
  });

  test('embeds sheets that open in openpyxl with each view’s values', async () => {
    const py = openpyxlPython();
    test.skip(!py, 'no python3 with openpyxl: install python3-openpyxl to run this test');
    const deck = await JSZip.loadAsync(pptx);
    const dir = mkdtempSync(join(tmpdir(), 'deck-sheets-'));
    try {
      for (const [k, s] of SPECS.entries()) {
        const { sheet } = await deckSlide(deck, k + 2);
        const file = join(dir, `${k}.xlsx`);
        writeFileSync(file, await deck.file(sheet!)!.async('uint8array'));
        const read = execFileSync(py!, [
          '-c',
          'import json, sys, openpyxl\n' +
            'ws = openpyxl.load_workbook(sys.argv[1])["Sheet1"]\n' +
            'cols = {}\n' +
            'for col in ws.iter_cols(values_only=True):\n' +
            '    if col[0] is not None: cols[col[0]] = list(col[1:])\n' +
            'print(json.dumps(cols))',
          file,
        ]).toString('utf8');
        const cols = JSON.parse(read) as Record<string, (number | string | null)[]>;
        expect(cols[s.xLabel]?.slice(0, s.categories.length), s.id).toEqual(s.categories);
        for (const x of s.series) {
          expect(cols[pptxSeriesName(s, x)]?.slice(0, s.categories.length), x.id).toEqual(
            x.values.map((v) => (v === null ? null : roundForDisplay(v, s.valueFormat))),
          );
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('converts in LibreOffice to a PDF of every slide, each chart titled', () => {
    const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
    test.skip(!soffice, 'LibreOffice is not installed (no soffice): install libreoffice-impress');
    const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-'));
    try {
      writeFileSync(join(dir, 'deck.pptx'), pptx);
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
        { timeout: 150_000, stdio: 'pipe' },
      );
      const pdf = join(dir, 'deck.pdf');
      const pages = readFileSync(pdf)
        .toString('latin1')
        .match(/\/Type\s*\/Page(?![s\w])/g)?.length;
      expect(pages).toBe(deckSlideCount(SPECS));
      expect(pages).toBeGreaterThanOrEqual(6);
      const text = (page: number) =>
        execFileSync('pdftotext', ['-f', `${page}`, '-l', `${page}`, pdf, '-'])
          .toString('utf8')
          .replace(/\s+/g, ' ');
      expect(text(1)).toContain(TITLE);
      expect(text(1)).toContain(SUBTITLE);
      for (const [k, s] of SPECS.entries()) expect(text(k + 2), s.id).toContain(s.title);
      // The annotations are drawn on the slide: the difference arrow's label, from lib/.
      const annotated = SPECS.filter((s) => (s.annotations ?? []).length > 0);
      expect(annotated.length).toBeGreaterThan(0);
      for (const s of annotated) {
        for (const a of s.annotations!) {
          expect(text(SPECS.indexOf(s) + 2), s.id).toContain(a.label.replace(/\s+/g, ' '));
        }
      }
      // Each chart page is drawn: a 50 dpi render has ink across its plot.
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '2', '-l', '6', pdf, join(dir, 'p')]);
      for (let p = 2; p <= 6; p++) {
        const img = decodePng(readFileSync(join(dir, `p-${String(p).padStart(2, '0')}.png`)));
        expect(
          inkPixels(img, { x0: 0.05, y0: 0.25, x1: 0.95, y1: 0.75 }),
          `page ${p}`,
        ).toBeGreaterThan(500);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('downloads a ZIP of the title slide and each chart as 1920×1080 PNGs', async () => {
    const names = Object.keys(zip.files);
    expect(names).toEqual(deckZipNames(SPECS.map((s) => s.id)));
    for (const n of names) {
      const png = await zip.file(n)!.async('uint8array');
      expect(pngSize(png), n).toEqual({ width: 1920, height: 1080 });
      // The title band of each slide has ink.
      expect(inkPixels(decodePng(png), { x0: 0, y0: 0, x1: 0.5, y1: 0.09 }), n).toBeGreaterThan(
        500,
      );
    }
  });

  test('rebuilds the same deck from its link, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(deckUrl);
    expect(await slideTitles(page)).toEqual(SPECS.map((s) => s.title));
    await page.getByTestId('deck-slide').first().getByTestId('move-down').click();
    expect(await slideTitles(page)).toEqual(
      [SPECS[1], SPECS[0], ...SPECS.slice(2)].map((s) => s!.title),
    );
    await page.getByTestId('deck-slide').first().getByTestId('remove').click();
    expect(await slideTitles(page)).toEqual([SPECS[0], ...SPECS.slice(2)].map((s) => s!.title));
    await expect(page.getByTestId('deck-title')).toHaveText(TITLE);
    await context.close();
  });

  test('has no axe violations', async ({ page }) => {
    await page.goto(deckUrl);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

test.describe('deck input', () => {
  test('the routes refuse a bad deck with 400 naming the chart and option', async ({ request }) => {
    for (const [query, parameter, error] of [
      ['c=projections&c=nope', 'c[2]', 'c[2] names an unknown chart'],
      ['c=projections&c=trade-trend%3Ffrom%3D20x5', 'c[2].from', 'chart 2: from is not valid'],
      ['c=trade-trend%3Fhighlight%3Dnope', 'c[1].highlight', expect.stringMatching(/^chart 1: /)],
      [
        Array.from({ length: 13 }, () => 'c=projections').join('&'),
        'c',
        'a deck holds at most 12 charts',
      ],
      ['title=a%00b&c=projections', 'title', 'title is not valid'],
      ['c=projections&download=yes', 'download', expect.any(String)],
    ] as const) {
      for (const path of ['/api/deck.pptx', '/api/deck.zip']) {
        const res = await request.get(`${path}?${query}`);
        expect(res.status(), `${path}?${query}`).toBe(400);
        const body = await res.json();
        expect(Object.keys(body).sort()).toEqual(['allowed', 'error', 'parameter']);
        expect(body).toMatchObject({ parameter, error });
      }
    }
  });

  test('the page shows what it left out and keeps the rest of the deck', async ({ page }) => {
    await page.goto('/deck?title=T&c=projections&c=nope&c=trade-trend%3Ffrom%3D20x5&c=mirror-gap');
    await expect(page.getByTestId('param-errors')).toContainText('Parameter “c[2]”');
    await expect(page.getByTestId('param-errors')).toContainText('Parameter “c[3].from”');
    expect(await slideTitles(page)).toEqual(
      ['projections', 'mirror-gap'].map((id) => getChartSpec(d, id as ChartId).title),
    );
    await page.getByTestId('deck-clean-link').click();
    await expect(page).toHaveURL(/\/deck\?title=T&c=projections&c=mirror-gap$/);
    await expect(page.getByTestId('param-errors')).toHaveCount(0);
  });

  test('a pasted link of another site is refused and the deck kept', async ({ page }) => {
    await page.goto('/deck?c=projections');
    await page
      .getByTestId('deck-add-form')
      .getByLabel('Or paste chart links, one a line')
      .fill('/charts/mirror-gap\nhttps://evil.example/charts/oil-flows');
    await page.getByTestId('deck-add-form').getByRole('button').click();
    await expect(page.getByTestId('param-errors')).toContainText(
      'line 2 is not a chart link of this site',
    );
    expect(await slideTitles(page)).toEqual([getChartSpec(d, 'projections').title]);
  });

  test('without a deck parameter, the PPTX is still the fixed deck of every chart', async ({
    request,
  }) => {
    const a = await request.get('/api/deck.pptx');
    expect(a.headers()['content-disposition']).toBe(
      'attachment; filename="china-kazakhstan-charts.pptx"',
    );
    const b = await request.get('/api/deck.pptx?download=1');
    expect(b.headers()['etag']).toBe(a.headers()['etag']);
    expect(Buffer.compare(await a.body(), await b.body())).toBe(0);
  });
});
