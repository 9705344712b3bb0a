import AxeBuilder from '@axe-core/playwright';
import { markDetail, type ChartSpec } from 'chart-render';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { getChartSpec } from '@/lib/charts/registry';
import { expect, test } from './fixtures';

const trend = getChartSpec(d, 'trade-trend');
const capacity = getChartSpec(d, 'pipeline-capacity');

/** Every value of a chart as (series, category), in the order the arrow keys walk them. */
function walkOrder(spec: ChartSpec): { j: number; i: number }[] {
  return spec.categories.flatMap((_, i) =>
    spec.series.flatMap((s, j) =>
      // Connectors (a target's line from its announcement) carry no marks of their own.
      s.values[i] !== null && !s.connectGaps ? [{ j, i }] : [],
    ),
  );
}

test.describe('chart details on hover and focus', () => {
  test('shows period, value, whose statistics and reporter when a bar is hovered', async ({
    page,
  }) => {
    await page.goto('/');
    const j = trend.series.findIndex((s) => s.id === 'annual-kz');
    const i = trend.series[j]!.values.findIndex((v) => v !== null);
    const bar = page
      .getByTestId('chart-trade-trend')
      .locator(`.chart-wide rect.chart-bar[data-series="${j}"][data-category="${i}"]`);
    await bar.hover();
    const tip = page.getByTestId('chart-tip');
    await expect(tip).toBeVisible();
    const want = markDetail(trend, j, i)!;
    expect(want).toContain(trend.categories[i]!);
    expect(want).toContain('Kazakh statistics');
    await expect(tip).toHaveText(want);
  });

  test('makes each chart one tab stop whose arrow keys walk the marks, announced', async ({
    page,
  }) => {
    await page.goto('/');
    const chart = page.getByTestId('chart-trade-trend').locator('.chart-svg');
    await expect(chart).toHaveAttribute('tabindex', '0');
    await expect(chart).toHaveAttribute('role', 'group');
    // No mark inside is a tab stop of its own.
    await expect(chart.locator('[tabindex]')).toHaveCount(0);
    const order = walkOrder(trend);
    const live = page.getByTestId('chart-live');
    const said = (k: number) => markDetail(trend, order[k]!.j, order[k]!.i)!.replace(/\n/g, '. ');

    await chart.focus();
    await expect(live).toHaveText(said(0));
    await page.keyboard.press('ArrowRight');
    await expect(live).toHaveText(said(1));
    await page.keyboard.press('End');
    await expect(live).toHaveText(said(order.length - 1));
    await expect(page.getByTestId('chart-tip')).toHaveText(
      markDetail(trend, order.at(-1)!.j, order.at(-1)!.i)!,
    );
    await page.keyboard.press('ArrowLeft');
    await expect(live).toHaveText(said(order.length - 2));
    // Tab leaves the chart for the next control, and the tooltip goes.
    await page.keyboard.press('Tab');
    await expect(chart).not.toBeFocused();
    await expect(page.getByTestId('chart-tip')).toBeHidden();
  });

  test('gives a step chart a detail per step', async ({ page }) => {
    await page.goto('/energy');
    const chart = page.getByTestId('chart-pipeline-capacity');
    const order = walkOrder(capacity);
    await expect(chart.locator('.chart-wide [data-tip]')).toHaveCount(order.length);
    await expect(chart.locator('.chart-svg')).toHaveAttribute('tabindex', '0');
    await chart.locator('.chart-svg').focus();
    await page.keyboard.press('Home');
    await expect(page.getByTestId('chart-live')).toHaveText(
      markDetail(capacity, order[0]!.j, order[0]!.i)!.replace(/\n/g, '. '),
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations with a detail open, ${colorScheme}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.goto('/projections');
      const chart = page.getByTestId('chart-projections').locator('.chart-svg');
      await expect(chart).toHaveAttribute('tabindex', '0');
      await chart.focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('chart-tip')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});

test.describe('chart details without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('adds no tab stop, and the data table still holds every figure', async ({ page }) => {
    await page.goto('/');
    const figure = page.getByTestId('chart-trade-trend');
    await expect(figure.locator('.chart-svg')).not.toHaveAttribute('tabindex', /.*/);
    const table = page.getByTestId('chart-data-trade-trend');
    const cells = await table.locator('tbody td').allTextContents();
    expect(cells.filter((c) => c !== '')).toHaveLength(walkOrder(trend).length);
  });
});
