import AxeBuilder from '@axe-core/playwright';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { expect, test } from './fixtures';

const tradeCount = d.observations.filter((o) => o.series === 'trade-turnover').length;

test.describe('trade', () => {
  test('serves both charts as SVG in the server HTML', async ({ request }) => {
    const res = await request.get('/trade');
    expect(res.status()).toBe(200);
    const html = await res.text();
    for (const id of ['trade-series', 'mirror-gap']) {
      const chart = html.slice(html.indexOf(`data-testid="chart-${id}"`));
      expect(chart.indexOf('<svg')).toBeGreaterThan(0);
    }
    expect(html.slice(html.indexOf('data-testid="chart-trade-series"'))).toMatch(
      /class="chart-tick[^"]*"[^>]*>2024</,
    );
  });

  test('lists every trade figure with growth computed against the same side only', async ({
    page,
  }) => {
    await page.goto('/trade');
    const table = page.getByTestId('trade-table');
    await expect(table.locator('tbody tr')).toHaveCount(tradeCount);
    // 2007: 13.8 / 8.36 − 1 = +65.1% computed, +66% stated.
    const y2007 = table.locator('[data-row-id="trade-2007-unstated"]');
    await expect(y2007.locator('td').nth(2)).toContainText('+65.1%');
    await expect(y2007.locator('td').nth(2)).toContainText('on 2006');
    await expect(y2007.locator('td').nth(3)).toHaveText('+66.0%');
    // 2008 is a Kazakh figure and 2007 is unstated: no growth is computed across them.
    await expect(table.locator('[data-row-id="trade-2008-kz-official"] td').nth(2)).toHaveText('—');
    // 2012: "more than 12%", and no 2011 figure of unstated statistics.
    await expect(table.locator('[data-row-id="trade-2012-unstated"] td').nth(3)).toHaveText(
      'more than +12.0%',
    );
  });

  test('shows the mirror-statistics gap in US$ and percent', async ({ page }) => {
    await page.goto('/trade');
    const table = page.getByTestId('mirror-table');
    // 28.5 − 22.53 = 5.97 (+26.5%); 25 − 18 = 7 (+38.9%); 31.2 − 24.1 = 7.1 (+29.5%).
    const rows = [
      ['2013', '$5.97bn', '+26.5%'],
      ['2021', '$7bn', '+38.9%'],
      ['2022', '$7.1bn', '+29.5%'],
    ];
    await expect(table.locator('tbody tr')).toHaveCount(rows.length);
    for (const [year, gap, pct] of rows) {
      const row = table.locator(`[data-year="${year}"]`);
      await expect(row.locator('td').nth(2)).toHaveText(gap!);
      await expect(row.locator('td').nth(3)).toHaveText(pct!);
    }
  });

  test('checks each stated growth rate against the levels', async ({ page }) => {
    await page.goto('/trade');
    const table = page.getByTestId('consistency-table');
    const y2007 = table.locator('[data-row-id="trade-2007-unstated"]');
    // 65.07% − 66% = −0.93 pp; the rounded levels allow 64.37%–65.77%, which reaches 65.5%.
    await expect(y2007.locator('td').nth(3)).toHaveText('+65.1%');
    await expect(y2007.locator('td').nth(4)).toHaveText('−0.9 pp');
    await expect(y2007.getByTestId('verdict')).toHaveText('consistent');
    // 2022 KZ: 24.1 / 18 − 1 = +33.9% against +34.1%.
    const kz2022 = table.locator('[data-row-id="trade-2022-kz-official"]');
    await expect(kz2022.locator('td').nth(3)).toHaveText('+33.9%');
    await expect(kz2022.locator('td').nth(4)).toHaveText('−0.2 pp');
    // 2013 CN customs: no 2012 Chinese figure, so the +11.3% cannot be checked.
    await expect(
      table.locator('[data-row-id="trade-2013-cn-customs"]').getByTestId('verdict'),
    ).toHaveText('cannot check');
  });

  test('lists the dated events, and each chart numbers those it marks as its badges do', async ({
    page,
  }) => {
    await page.goto('/trade');
    await expect(page.locator('#event-tien-shan-2006')).toContainText('24–26 Aug 2006');
    await expect(page.locator('#event-seed-article-published')).toContainText('5 Sep 2007');
    const chart = page.getByTestId('chart-trade-series');
    const key = chart.getByRole('list', { name: 'Events marked on the time axis' }).locator('li');
    const badges = await chart.locator('svg text.chart-event').allTextContents();
    const numbers = badges.flatMap((b) => {
      const [a, z = a] = b.split('–').map(Number);
      return Array.from({ length: z! - a! + 1 }, (_, k) => a! + k);
    });
    await expect(key).toHaveCount(numbers.length);
    expect(numbers).toEqual(numbers.map((_, k) => k + 1));
    await expect(key.first()).toContainText('24–26 Aug 2006');
  });

  test('hides the events through a plain link', async ({ page }) => {
    await page.goto('/trade');
    const events = page
      .getByTestId('chart-trade-series')
      .getByRole('list', { name: 'Events marked on the time axis' });
    await expect(events).toBeVisible();
    await page.getByRole('link', { name: 'Hide events' }).click();
    await expect(page).toHaveURL(/\/trade\?events=off$/);
    await expect(events).toHaveCount(0);
  });

  test('names a bad events value and keeps the default', async ({ page }) => {
    await page.goto('/trade?events=%3Cscript%3E');
    await expect(page.getByRole('alert').and(page.getByTestId('param-errors'))).toContainText(
      'Parameter “events”: unknown value; allowed: on, off',
    );
    await expect(page.getByRole('alert').and(page.getByTestId('param-errors'))).not.toContainText(
      'script',
    );
    await expect(
      page
        .getByTestId('chart-trade-series')
        .getByRole('list', { name: 'Events marked on the time axis' }),
    ).toBeVisible();
  });

  test('links every figure to its source', async ({ page, request }) => {
    await page.goto('/trade');
    const hrefs = await page
      .getByTestId('trade-table')
      .locator('a[href^="/sources#"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toHaveLength(tradeCount);
    const sources = await (await request.get('/sources')).text();
    for (const href of new Set(hrefs)) expect(sources).toContain(`id="${href?.split('#')[1]}"`);
  });

  test('has no detectable accessibility violations', async ({ page }) => {
    await page.goto('/trade');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('trade without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('renders the charts and tables and toggles events', async ({ page }) => {
    await page.goto('/trade');
    await expect(page.getByTestId('chart-trade-series').locator('svg').first()).toBeVisible();
    await expect(page.getByTestId('mirror-table').locator('tbody tr')).toHaveCount(3);
    await page.getByRole('link', { name: 'Hide events' }).click();
    await expect(page).toHaveURL(/events=off/);
    await expect(page.getByRole('link', { name: 'Show events' })).toBeVisible();
  });
});
