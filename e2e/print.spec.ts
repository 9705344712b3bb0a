import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { getChartSpec, type ChartId } from '@/lib/charts/registry';
import { expect, test } from './fixtures';

/** The text of each page of a PDF, by poppler's pdftotext. */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const file = join(dir, 'page.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  // pdftotext ends each page with a form feed.
  return text.split('\f').slice(0, -1);
}

const squash = (s: string) => s.replace(/\s+/g, '');

const PRINTS: { path: string; charts: ChartId[] }[] = [
  { path: '/', charts: ['trade-trend', 'growth-rates'] },
  { path: '/projections', charts: ['projections'] },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { path, charts } of PRINTS) {
    test(`prints ${path} without navigation or controls, each chart whole on a page, ${colorScheme}`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const pages = pdfPages(await page.pdf({ preferCSSPageSize: true }));
      const all = pages.join('\n');
      expect(pages.length).toBeGreaterThan(0);
      for (const gone of [
        'Skip to content',
        'Apply filters',
        'Clear filters',
        'Export this chart',
      ]) {
        expect(all, gone).not.toContain(gone);
      }
      // The site name heads the nav bar only.
      expect(all).not.toContain('Trade & Energy Metrics');
      for (const id of charts) {
        const spec = getChartSpec(d, id);
        // The chart's title, every direct label and both ends of its time axis on one page.
        const at = pages.findIndex((p) => squash(p).includes(squash(spec.title)));
        expect(at, `${id} title printed`).toBeGreaterThanOrEqual(0);
        const onPage = squash(pages[at]!);
        for (const s of spec.series.filter((x) => x.label !== null)) {
          expect(onPage, `${id}: label ${s.label}`).toContain(squash(s.label!));
        }
        const axis = await page
          .getByTestId(`chart-${id}`)
          .locator('.chart-wide text.chart-tick[text-anchor="middle"]')
          .allTextContents();
        expect(axis.length).toBeGreaterThan(1);
        for (const year of [axis[0]!, axis.at(-1)!])
          expect(onPage, `${id}: ${year}`).toContain(year);
        // Every source of the chart with its URL.
        for (const s of spec.sources) expect(squash(all), s.url).toContain(squash(s.url));
      }
    });
  }
}

test.describe('on A4 landscape paper', () => {
  // 297 mm less two 12 mm margins, at 96 px per inch.
  test.use({ viewport: { width: Math.floor(((297 - 24) / 25.4) * 96), height: 700 } });

  test('prints the metrics table within the page width', async ({ page, viewport }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/');
    const table = page.getByTestId('metrics-table');
    const { table: w, body } = await table.evaluate((t) => ({
      table: t.getBoundingClientRect().right,
      body: document.documentElement.scrollWidth,
    }));
    expect(w).toBeLessThanOrEqual(viewport!.width + 1);
    expect(body).toBeLessThanOrEqual(viewport!.width);
  });
});
