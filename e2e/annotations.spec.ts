import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { escapeXml, roundForDisplay, type ChartSpec } from 'chart-render';
import { getChartView, type ChartOptions } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { cagrPct, variance } from '@/lib/growth';
import { mirrorGaps } from '@/lib/mirror';
import { annualBySide } from '@/lib/side-series';
import { chartCsvRows, toCsv } from '@/lib/export/csv';
import { expect, test } from './fixtures';
import { pngSize } from './png';

const d = getDataset();
const ID = 'projections';
const TITLE = 'Trade beat the $12bn goal for 2008';
const DIFF = 'actual-kz:2008,target-2008-12bn-nazarbayev:2008';
const CAGR = 'actual-cn:2021-2024';
const OPTIONS: ChartOptions = {
  from: 2005,
  to: 2024,
  stat: ['cn', 'kz'],
  title: TITLE,
  highlight: 'actual-kz',
  period: { from: 2007, to: 2008 },
  diff: {
    to: { series: 'actual-kz', period: '2008' },
    from: { series: 'target-2008-12bn-nazarbayev', period: '2008' },
  },
  cagr: { series: 'actual-cn', from: 2021, to: 2024 },
};

function viewOf(o: ChartOptions): ChartSpec {
  const r = getChartView(d, ID, o);
  if (!r.ok) throw new Error(r.error.error);
  return r.value;
}

/** The figures from data/, by the lib functions the labels name. */
const side = (s: 'CN' | 'KZ', year: number) =>
  annualBySide(d, 'trade-turnover', s).find((o) => o.period.year === year)!.value;
const target = d.targets.find(
  (t) => t.value === 12 && t.period?.type === 'year' && t.period.year === 2008,
)!;
const gap = variance(side('KZ', 2008), target.value);
const cagr = cagrPct(side('CN', 2021), side('CN', 2024), 3)!;
const DIFF_LABEL = `+$${gap.absolute}bn · +${gap.pct!.toFixed(1)}%`;
const CAGR_LABEL = `+${cagr.toFixed(1)}%/yr 2021–24`;

async function download(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return readFileSync(await file.path());
}

test.describe('annotations', () => {
  test('a view with a period, a difference and a CAGR arrow, from the form without JavaScript, in every export', async ({
    browser,
  }) => {
    expect(DIFF_LABEL).toBe('+$5.5bn · +45.8%');
    expect(CAGR_LABEL).toBe('+20.6%/yr 2021–24');
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`/charts/${ID}`);
    const form = page.getByTestId('chart-options-form');
    await form.getByLabel('From').fill('2005');
    await form.getByLabel('To').fill('2024');
    await form.getByRole('checkbox', { name: 'Statistics unstated' }).uncheck();
    await form.getByLabel('Highlight').selectOption('actual-kz');
    await form.getByLabel('Shade years').fill('2007-2008');
    await form.getByLabel('Difference arrow').fill(DIFF);
    await form.getByLabel('CAGR arrow').fill(CAGR);
    await form.getByLabel('Your title').fill(TITLE);
    await form.getByRole('button', { name: 'Show this view' }).click();
    await expect(page).toHaveURL(/period=2007-2008&diff=actual-kz%3A2008/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    const view = viewOf(OPTIONS);

    // Both drawings of the page carry the arrows, their labels and the shaded period.
    for (const drawing of ['.chart-wide svg', '.chart-phone svg']) {
      const svg = page.locator(drawing).first();
      await expect(svg.locator('.chart-annotation-difference .chart-annotation-label')).toHaveText(
        DIFF_LABEL,
      );
      await expect(svg.locator('.chart-annotation-cagr .chart-annotation-label')).toHaveText(
        CAGR_LABEL,
      );
      await expect(svg.locator('rect.chart-period')).toHaveCount(1);
      await expect(svg.locator('desc')).toContainText('Difference arrow:');
      await expect(svg.locator('desc')).toContainText('CAGR arrow:');
    }

    // CSV: the plotted values and one row per annotation stating its figure.
    const csv = (await download(page, 'download-csv')).toString('utf8');
    expect(csv).toBe(toCsv(chartCsvRows(view)));
    expect(csv).toContain(`projections,2008,difference:actual-kz:target-2008-12bn-nazarbayev,`);
    expect(csv).toContain(`,difference,,${gap.absolute},usd-bn,`);
    expect(csv).toContain(`,cagr,,${Math.round(cagr * 100) / 100},pct,`);
    expect(csv).toContain('projections,2007–2008,period,Shaded period,period');
    expect(csv).not.toMatch(/^projections,2004,/m);

    // PNG at the 16:9 preset.
    const png = await download(page, 'download-png-slide-16x9-light');
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });

    // SVG: the same view, with the labels drawn.
    const svg = (await download(page, 'download-svg-slide-16x9-light')).toString('utf8');
    expect(svg).toContain(escapeXml(DIFF_LABEL));
    expect(svg).toContain(escapeXml(CAGR_LABEL));
    expect(svg).toContain('class="chart-period');
    expect(svg).toContain(`${escapeXml(TITLE)}</title>`);
    expect(svg).not.toContain('>2004</text>');

    // PPTX: the view's values in the chart, the difference label in the chart XML, the arrows
    // as lines on the slide, the figures as formulas in the sheet.
    const zip = await JSZip.loadAsync(await download(page, 'download-pptx'));
    const chartName = Object.keys(zip.files).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))!;
    const chart = await zip.file(chartName)!.async('string');
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
    // Each label is a data label of the chart, or (no free mark near it) a text box on the slide.
    expect(chart + slide).toContain(DIFF_LABEL);
    expect(chart + slide).toContain(CAGR_LABEL);
    expect(slide.match(/<a:(tail|head)End type="triangle"/g)).toHaveLength(2);
    const numbers = [...chart.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) =>
      Number(m[1]),
    );
    for (const s of view.series) {
      for (const v of s.values) {
        if (v !== null) expect(numbers).toContain(roundForDisplay(v, view.valueFormat));
      }
    }
    const xlsx = Object.keys(zip.files).find((n) => n.endsWith('.xlsx'))!;
    const book = await JSZip.loadAsync(await zip.file(xlsx)!.async('uint8array'));
    const sheet = await book.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toMatch(/<f>[A-Z]+\d+-[A-Z]+\d+<\/f>/);
    expect(sheet).toMatch(/<f>\(\([A-Z]+\d+\/[A-Z]+\d+\)\^\(1\/3\)-1\)\*100<\/f>/);
    await context.close();
  });

  test('the mirror gap as a difference arrow: its label a data label in the PPTX chart XML', async ({
    request,
  }) => {
    const g = mirrorGaps(d).find((x) => x.year === 2021)!;
    const label = `+$${g.gapAbsolute}bn · +${g.gapPctOfKz!.toFixed(1)}%`;
    expect(label).toBe('+$7bn · +38.9%');
    const q = 'diff=mirror-cn:2021,mirror-kz:2021&cagr=mirror-kz:2021-2024&period=2021';
    const r = await request.get(`/api/charts/mirror-gap/pptx?${q}`);
    expect(r.status()).toBe(200);
    const zip = await JSZip.loadAsync(await r.body());
    const chart = await zip.file('ppt/charts/chart1.xml')!.async('string');
    expect(chart).toContain(`<a:t>${label}</a:t>`);
    const svg = await (await request.get(`/api/charts/mirror-gap/svg?${q}`)).text();
    expect(svg).toContain(escapeXml(label));
    expect(svg).toContain(
      `+${cagrPct(side('KZ', 2021), side('KZ', 2024), 3)!.toFixed(1)}%/yr 2021–24`,
    );
  });

  test('refuses an annotation between marks that do not exist with 400 naming the option', async ({
    request,
  }) => {
    const cases: [string, string, string][] = [
      ['diff=nope:2008,actual-kz:2008', 'diff', 'actual-kz'],
      ['diff=actual-kz:2007,actual-cn:2010', 'diff', 'periods of actual-kz: 2008'],
      ['from=2010&diff=actual-kz:2008,actual-cn:2010', 'diff', 'periods of actual-kz: 2010'],
      ['diff=actual-kz', 'diff', 'series:period,series:period'],
      ['cagr=actual-cn:2020-2024', 'cagr', '2021, 2022, 2023, 2024'],
      ['cagr=actual-cn:2024-2021', 'cagr', 'series:from-to'],
      ['period=2031-2040', 'period', 'years 2000–2030'],
      ['period=20x', 'period', 'a year or a span'],
    ];
    for (const path of [
      `/api/charts/${ID}/svg`,
      `/api/charts/${ID}/png`,
      `/api/charts/${ID}/pptx`,
      `/api/charts/${ID}/csv`,
      `/embed/${ID}`,
    ]) {
      for (const [query, parameter, allowed] of cases) {
        const r = await request.get(`${path}?${query}`);
        expect(r.status(), `${path}?${query}`).toBe(400);
        const json = (await r.json()) as { error: string; parameter: string; allowed: string };
        expect(json.parameter, `${path}?${query}`).toBe(parameter);
        expect(json.allowed, `${path}?${query}`).toContain(allowed);
      }
    }
    const ok = await request.get(
      `/api/charts/${ID}/svg?diff=${encodeURIComponent(DIFF)}&cagr=${CAGR}`,
    );
    expect(ok.status()).toBe(200);
    const plain = await request.get(`/api/charts/${ID}/svg`);
    expect(ok.headers().etag).not.toBe(plain.headers().etag);
  });
});
