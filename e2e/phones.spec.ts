import AxeBuilder from '@axe-core/playwright';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { getChartSpec } from '@/lib/charts/registry';
import { expect, test } from './fixtures';

const PAGES = ['/', '/projections', '/trade', '/energy', '/events', '/charts', '/sources'];

/** Rendered size in CSS px of the smallest axis or label text of the charts on screen. */
async function smallestChartText(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(() => {
    let min = Infinity;
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart-render')) {
      if (svg.getClientRects().length === 0) continue;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
        min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * scale);
      }
    }
    return min;
  });
}

for (const width of [320, 390]) {
  test.describe(`a ${width} px phone`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const path of PAGES) {
      test(`does not scroll sideways on ${path}`, async ({ page }) => {
        await page.goto(path);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scroll).toBeLessThanOrEqual(width);
      });
    }

    test('draws each chart for the phone, its text at least 11 CSS px', async ({ page }) => {
      await page.goto('/');
      const chart = page.getByTestId('chart-trade-trend');
      await expect(chart.locator('.chart-phone svg')).toBeVisible();
      await expect(chart.locator('.chart-wide svg')).toBeHidden();
      expect(await smallestChartText(page)).toBeGreaterThanOrEqual(11);
      // Fewer ticks than the desktop drawing, and the series named under the plot.
      const ticks = (sel: string) => chart.locator(`${sel} text.chart-tick`).count();
      expect(await ticks('.chart-phone')).toBeLessThan(await ticks('.chart-wide'));
      const spec = getChartSpec(d, 'trade-trend');
      for (const s of spec.series.filter((x) => x.label !== null)) {
        await expect(
          chart.locator('.chart-phone text.chart-label-key', { hasText: s.label! }),
        ).toHaveCount(1);
      }
    });

    test('keeps the plot at least as tall as the key under it', async ({ page }) => {
      await page.goto('/');
      for (const id of ['trade-trend', 'growth-rates']) {
        const svg = page.getByTestId(`chart-${id}`).locator('.chart-phone svg');
        const { plot, key } = await svg.evaluate((s) => {
          const box = (sel: string) => {
            const r = [...s.querySelectorAll(sel)].map((e) => e.getBoundingClientRect());
            if (r.length === 0) return 0;
            return Math.max(...r.map((b) => b.bottom)) - Math.min(...r.map((b) => b.top));
          };
          return {
            plot: box('.chart-bar, .chart-point, path[stroke]'),
            key: box('.chart-label-key'),
          };
        });
        expect(plot, id).toBeGreaterThanOrEqual(key);
      }
    });

    test('says that the figures table scrolls sideways', async ({ page }) => {
      await page.goto('/');
      const table = page.getByTestId('metrics-table');
      await expect(table.locator('caption .scroll-hint')).toBeVisible();
      const scroller = table.locator('xpath=..');
      const { client, scroll } = await scroller.evaluate((e) => ({
        client: e.clientWidth,
        scroll: e.scrollWidth,
      }));
      expect(scroll).toBeGreaterThan(client);
    });
  });
}

test.describe('a phone in dark mode', () => {
  test.use({ viewport: { width: 390, height: 800 }, colorScheme: 'dark' });

  test('has no axe violations on /projections', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/projections');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
