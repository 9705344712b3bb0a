import { chartIds, getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { expect, test } from './fixtures';

// Issue 9: bars at least 12 px wide at 1280 px, or points and lines where bars would be thinner.
const d = getDataset();
const withBars = chartIds.filter((id) => getChartSpec(d, id).series.some((s) => s.mark === 'bar'));

test.describe('readable marks at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const id of withBars) {
    test(`${id}: every bar is at least 12 px wide`, async ({ page }) => {
      await page.goto(`/charts/${id}`);
      const widths = await page
        .locator('.chart-wide svg .chart-bar')
        .evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
      const plotted = getChartSpec(d, id)
        .series.filter((s) => s.mark === 'bar')
        .reduce((n, s) => n + s.values.filter((v) => typeof v === 'number').length, 0);
      expect(widths).toHaveLength(plotted);
      expect(Math.min(...widths)).toBeGreaterThanOrEqual(12);
    });
  }
});
