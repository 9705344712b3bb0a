import { readFileSync } from 'node:fs';
import { test as baseTest, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { roundForDisplay, type ChartSpec } from 'chart-render';
import { getChartSpec, getChartView, type ChartOptions } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { parseChartOptions } from '@/lib/export/chart-options';
import { chartCsvRows, toCsv } from '@/lib/export/csv';
import { expect, test } from './fixtures';
import { pngSize } from './png';

const d = getDataset();
const ID = 'trade-trend';
const TARGET = 'target-2008-12bn-nazarbayev';
const TITLE = 'Kazakhstan’s trade with China beat the $12bn goal in 2008';
const OPTIONS: ChartOptions = {
  from: 2005,
  to: 2010,
  stat: ['kz'],
  title: TITLE,
  highlight: TARGET,
};
const base = getChartSpec(d, ID);

function viewOf(o: ChartOptions): ChartSpec {
  const r = getChartView(d, ID, o);
  if (!r.ok) throw new Error(r.error.error);
  return r.value;
}

async function download(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return readFileSync(await file.path());
}

/** Every cached number of a PPTX's chart parts. */
async function chartNumbers(bytes: Uint8Array): Promise<number[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
  const xml = (await Promise.all(names.map((n) => zip.file(n)!.async('string')))).join('');
  return [...xml.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => Number(m[1]));
}

test.describe('chart options', () => {
  test('builds a view with the form, without JavaScript, and every export holds it', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`/charts/${ID}`);
    const form = page.getByTestId('chart-options-form');
    await form.getByLabel('From').fill('2005');
    await form.getByLabel('To').fill('2010');
    await form.getByRole('checkbox', { name: 'Chinese statistics' }).uncheck();
    await form.getByRole('checkbox', { name: 'Statistics unstated' }).uncheck();
    await form.getByLabel('Highlight').selectOption(TARGET);
    await form.getByLabel('Your title').fill(TITLE);
    await form.getByRole('button', { name: 'Show this view' }).click();
    await expect(page).toHaveURL(/from=2005&to=2010&stat=kz/);

    const view = viewOf(OPTIONS);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByTestId('chart-credit')).toHaveText(` Chart: ${base.title}.`);
    await expect(page.getByTestId('source-line')).toContainText(base.sourceLine);
    const ticks = await page
      .locator(`[data-testid="chart-${ID}"] text.chart-tick`)
      .allTextContents();
    expect(ticks).toEqual(expect.arrayContaining(view.categories));
    expect(ticks).not.toContain('2004');
    expect(ticks).not.toContain('2011');

    // CSV: exactly the plotted values, byte for byte.
    expect((await download(page, 'download-csv')).toString('utf8')).toBe(toCsv(chartCsvRows(view)));
    // PNG at the preset size, and not the default chart's image.
    const png = await download(page, 'download-png-slide-16x9-light');
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    // PPTX: the chart holds the view's values and none of the years left out.
    const numbers = await chartNumbers(await download(page, 'download-pptx'));
    for (const s of view.series) {
      for (const v of s.values)
        if (v !== null) expect(numbers).toContain(roundForDisplay(v, view.valueFormat));
    }
    const cn2024 = base.series.find((s) => s.id === 'annual-cn')!.values.at(-1)!;
    expect(numbers).not.toContain(roundForDisplay(cn2024, base.valueFormat));
    await context.close();
  });

  test('sends the same view to the SVG and the embed, with ETags of their own', async ({
    request,
  }) => {
    const view = viewOf(OPTIONS);
    const q = new URLSearchParams({
      from: '2005',
      to: '2010',
      stat: 'kz',
      title: TITLE,
      highlight: TARGET,
    });
    const svg = await request.get(`/api/charts/${ID}/svg?${q}`);
    expect(svg.status()).toBe(200);
    const body = await svg.text();
    expect(body).toContain(`<title id="trade-trend-image-title">${TITLE}</title>`);
    expect(body).toContain(`Chart: ${base.title}`);
    for (const c of view.categories) expect(body).toContain(`>${c}</text>`);
    expect(body).not.toContain('>2004</text>');
    const plain = await request.get(`/api/charts/${ID}/svg`);
    expect(svg.headers().etag).not.toBe(plain.headers().etag);
    q.set('from', '2006');
    const other = await request.get(`/api/charts/${ID}/svg?${q}`);
    expect(other.headers().etag).not.toBe(svg.headers().etag);
    q.set('from', '2005');
    const embed = await request.get(`/embed/${ID}?${q}`);
    expect(embed.status()).toBe(200);
    const html = await embed.text();
    expect(html).toContain(`<h1 id="t">${TITLE}</h1>`);
    expect(html).toContain(`Chart: ${base.title}`);
  });

  test('refuses a view it cannot draw with 400 naming the option on every route', async ({
    request,
  }) => {
    const cases: [string, string][] = [
      ['from=2026&to=2030', 'from'],
      ['stat=kz,ru', 'stat'],
      ['highlight=annual-cn&stat=kz', 'highlight'],
      [`title=${'x'.repeat(10_000)}`, 'title'],
      ['to=1999&from=2005', 'to'],
    ];
    for (const path of [
      `/api/charts/${ID}/svg`,
      `/api/charts/${ID}/png`,
      `/api/charts/${ID}/pptx`,
      `/api/charts/${ID}/csv`,
      `/embed/${ID}`,
    ]) {
      for (const [query, parameter] of cases) {
        const r = await request.get(`${path}?${query}`);
        expect(r.status(), `${path}?${query}`).toBe(400);
        const json = (await r.json()) as { error: string; parameter: string; allowed: string };
        expect(json.parameter).toBe(parameter);
        expect(json.allowed).not.toBe('');
        expect(JSON.stringify(json)).not.toContain('xxxx');
      }
    }
  });

  test('reports a bad option on the chart page and shows the dashboard’s chart', async ({
    page,
  }) => {
    await page.goto(`/charts/${ID}?from=2026&to=2030`);
    await expect(page.getByText('Parameter “from”')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(base.title);
  });

  test('previews the view live as fields change, without reloading the page', async ({ page }) => {
    await page.goto(`/charts/${ID}`);
    // A full load would drop this; a live preview keeps the same document.
    await page.evaluate(
      () => ((window as unknown as { sameDocument: boolean }).sameDocument = true),
    );
    const form = page.getByTestId('chart-options-form');
    const own = 'Trade since 2005, in my words';
    await form.getByLabel('From').fill('2005');
    await form.getByLabel('Your title').fill(own);
    const view = viewOf({ from: 2005, title: own });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(own);
    const ticks = page.locator(
      `[data-testid="chart-${ID}"] .chart-wide text.chart-tick[text-anchor="middle"]`,
    );
    await expect(ticks.first()).toHaveText(view.categories[0]!);
    expect(view.categories[0]).toBe('2005');
    expect(await ticks.allTextContents()).not.toContain('2004');
    await expect(page).toHaveURL(/[?&]from=2005(&|$)/);
    await expect(page).toHaveURL(/[?&]title=Trade\+since\+2005/);
    expect(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
  });
});

// Outside the fixture: the refused preview request is a 400, which Chromium logs as a console
// error; the test checks it is the only one.
baseTest(
  'the live preview shows the route’s 400 message for a refused view and keeps the last one',
  async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.goto(`/charts/${ID}`);
    const form = page.getByTestId('chart-options-form');
    const own = 'A view of my own';
    await form.getByLabel('Your title').fill(own);
    await form.getByLabel('From').fill('2005');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(own);
    await expect(page).toHaveURL(/[?&]from=2005(&|$)/);
    await form.getByLabel('To').fill('2003');
    const refused = parseChartOptions(new URLSearchParams('from=2005&to=2003'), d);
    if (refused.ok) throw new Error('from=2005&to=2003 should be refused');
    await expect(page.getByTestId('options-preview-status')).toHaveText(
      `Parameter “${refused.error.parameter}”: ${refused.error.error}; allowed: ${refused.error.allowed}`,
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(own);
    await expect(page).not.toHaveURL(/to=2003/);
    // Back to a view it can draw: the message goes, the URL follows.
    await form.getByLabel('To').fill('2010');
    await expect(page).toHaveURL(/[?&]to=2010(&|$)/);
    await expect(page.getByTestId('options-preview-status')).toHaveText('');
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toContain('status of 400');
  },
);
