import AxeBuilder from '@axe-core/playwright';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { tradeTrendSpec } from '@/lib/charts/trade-trend';
import { deriveSeedFigures } from '@/lib/derived';
import { formatUsdBn } from '@/lib/format';
import { metricRows } from '@/lib/metrics-table';
import { expect, test } from './fixtures';

const allRows = metricRows(d, deriveSeedFigures(d));
const reported = allRows.filter((r) => r.kind === 'reported');

async function tableValues(page: import('@playwright/test').Page): Promise<number[]> {
  return page
    .getByTestId('metrics-table')
    .locator('tbody td[data-value]')
    .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
}

test.describe('overview', () => {
  test('serves the charts as SVG in the server HTML', async ({ request }) => {
    const res = await request.get('/');
    expect(res.status()).toBe(200);
    const html = await res.text();
    const trend = html.slice(html.indexOf('data-testid="chart-trade-trend"'));
    expect(trend).toContain('<svg');
    expect(trend).toMatch(/class="chart-bar[ "]/);
    // Axis tick labels: the first and last year of the data.
    expect(trend).toMatch(/class="chart-tick[^"]*"[^>]*>2000</);
    expect(trend).toMatch(/class="chart-tick[^"]*"[^>]*>2024</);
    expect(html).toContain('data-testid="chart-growth-rates"');
  });

  test('shows the seed headline figures and what 2008 reached', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('card-2006')).toContainText('$8.36bn');
    await expect(page.getByTestId('card-2006')).toContainText('+22.8%');
    await expect(page.getByTestId('card-h1-2007')).toContainText('$5.97bn');
    await expect(page.getByTestId('card-h1-2007')).toContainText('+60.4%');
    await expect(page.getByTestId('card-projection-2008')).toContainText('$12bn');
    await expect(page.getByTestId('card-projection-2008')).toContainText('18 Aug 2007');
    const actual = d.observations.find(
      (o) => o.period.type === 'year' && o.period.year === 2008 && o.series === 'trade-turnover',
    );
    await expect(page.getByTestId('card-actual-2008')).toContainText(formatUsdBn(actual!.value));
    // 17.5 − 12 = 5.5, and 5.5 / 12 = 45.8%.
    await expect(page.getByTestId('card-actual-2008')).toContainText('+$5.5bn (+45.8%)');
  });

  test('shows each derived figure with its formula', async ({ page }) => {
    await page.goto('/');
    const derived = page.getByTestId('derived-figures');
    // 8.36 / 1.228 = 6.808; 5.97 / 1.604 = 3.722; 3.722 / 8.36 = 44.5%; 5.97 / 0.4452 = 13.41.
    await expect(derived.locator('[data-derived-id="derived-2005-implied"]')).toContainText(
      '$6.81bn',
    );
    await expect(derived.locator('[data-derived-id="derived-2006-h1-implied"]')).toContainText(
      '$3.72bn',
    );
    await expect(derived.locator('[data-derived-id="derived-2006-h1-share"]')).toContainText(
      '44.5%',
    );
    await expect(
      derived.locator('[data-derived-id="derived-2007-annualised-naive"]'),
    ).toContainText('$11.94bn');
    await expect(
      derived.locator('[data-derived-id="derived-2007-annualised-seasonal"]'),
    ).toContainText('5.97 / 44.5% = $13.41bn');
  });

  test('draws one bar per year and side, and the derived estimates hollow', async ({ page }) => {
    await page.goto('/');
    const spec = tradeTrendSpec(d);
    const chart = page.getByTestId('chart-trade-trend');
    for (const s of spec.series.filter((x) => x.mark === 'bar')) {
      const j = spec.series.indexOf(s);
      const n = s.values.filter((v) => v !== null).length;
      await expect(chart.locator(`.chart-wide rect.chart-bar[data-series="${j}"]`)).toHaveCount(n);
      await expect(
        chart.locator(`.chart-wide rect.chart-bar[data-series="${j}"]`).first(),
      ).toHaveAttribute('data-kind', s.kind);
    }
    // Each side is named on the plot, and the kind key says how estimates are drawn.
    for (const name of ['Chinese statistics', 'Kazakh statistics']) {
      await expect(
        chart.locator('.chart-wide svg text.chart-label', { hasText: name }),
      ).toHaveCount(1);
    }
    await expect(chart.getByRole('list', { name: 'How figures are drawn' })).toContainText(
      'derived estimate',
    );
  });

  test('puts a source line under every chart', async ({ page }) => {
    await page.goto('/');
    const lines = page.getByTestId('source-line');
    await expect(lines).toHaveCount(2);
    await expect(lines.first()).toContainText('CACI Analyst (2007)');
  });

  test('sorts the table by value through the URL', async ({ page }) => {
    await page.goto('/?sort=value&dir=desc');
    const values = await tableValues(page);
    expect(values).toHaveLength(allRows.length);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBe(Math.max(...allRows.map((r) => r.value)));
  });

  test('sorts the table by value when the header is clicked', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /^Value/ }).click();
    await expect(page).toHaveURL(/sort=value/);
    const asc = await tableValues(page);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await page.getByRole('link', { name: /^Value/ }).click();
    await expect(page).toHaveURL(/dir=desc/);
    const desc = await tableValues(page);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
  });

  test('filters the table by kind through the URL', async ({ page }) => {
    await page.goto('/?sort=value&dir=desc&kind=reported');
    const values = await tableValues(page);
    expect(values).toHaveLength(reported.length);
    expect(values[0]).toBe(Math.max(...reported.map((r) => r.value)));
    await expect(page.getByTestId('metrics-table').locator('.kind-badge')).toHaveText(
      reported.map(() => 'Reported'),
    );
  });

  test('filters the table by statistic with the form', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('checkbox', { name: 'Chinese customs' }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/statistic=cn-customs/);
    const expected = allRows.filter((r) => r.statistic === 'cn-customs');
    expect(await tableValues(page)).toHaveLength(expected.length);
  });

  test('explains a bad query parameter without echoing it', async ({ page }) => {
    await page.goto('/?sort=%3Cscript%3Ex%3C%2Fscript%3E&kind=nonsense');
    // Next's route announcer also has role=alert, so target ours by test id.
    const alert = page.getByTestId('param-errors');
    await expect(alert).toContainText('sort');
    await expect(alert).toContainText('kind');
    expect(await page.content()).not.toContain('<script>x</script>');
    expect(await tableValues(page)).toHaveLength(allRows.length);
  });

  test('has no accessibility violations', async ({ page }) => {
    // Axe walks every node; the long tables of v2 take it past 30 s on a loaded machine.
    test.setTimeout(120_000);
    await page.goto('/');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

test.describe('overview without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is complete: charts, figures and a filterable table', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('chart-trade-trend').locator('svg').first()).toBeVisible();
    await expect(page.getByTestId('chart-growth-rates').locator('svg').first()).toBeVisible();
    await expect(page.getByTestId('card-2006')).toContainText('$8.36bn');
    await page.getByRole('checkbox', { name: 'Reported' }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/kind=reported/);
    expect(await tableValues(page)).toHaveLength(reported.length);
  });
});
