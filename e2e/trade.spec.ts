import AxeBuilder from '@axe-core/playwright';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { datedEvents, formatEventDates } from '@/lib/charts/events';
import { tradeSeriesSpec } from '@/lib/charts/trade-series';
import { partialYearRows } from '@/lib/partial-periods';
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
    await expect(y2007.locator('td').nth(3)).toHaveText('+66%');
    // 2008 is a Kazakh figure and 2007 is unstated: no growth is computed across them.
    await expect(table.locator('[data-row-id="trade-2008-kz-official"] td').nth(2)).toHaveText('—');
    // 2012: "more than 12%", and no 2011 figure of unstated statistics.
    await expect(table.locator('[data-row-id="trade-2012-unstated"] td').nth(3)).toHaveText(
      'more than +12%',
    );
    // The qualifier stays with the figure: "nearly USD 14.5 bln", "exceeded $31 billion".
    await expect(table.locator('[data-row-id="trade-2019-kz-official"] td').nth(1)).toHaveText(
      'nearly $14.5bn',
    );
    await expect(table.locator('[data-row-id="trade-2022-cn-official"] td').nth(1)).toHaveText(
      '>$31bn',
    );
  });

  test('shows the mirror-statistics gap in US$ and percent', async ({ page }) => {
    await page.goto('/trade');
    const table = page.getByTestId('mirror-table');
    // 20.4 − 20.3 = 0.1 (+0.5%); 28.5 − 22.53 = 5.97 (+26.5%); 19.88 − 11.7 = 8.18 (+69.9%);
    // 25 − 18 = 7 (+38.9%); 31.2 − 24 = 7.2 (+30.0%); 41 − 31.5 = 9.5 (+30.2%);
    // 43.82 − 44 = −0.18 (−0.4%).
    const rows = [
      ['2010', '$0.1bn', '+0.5%'],
      ['2013', '$5.97bn', '+26.5%'],
      ['2018', '$8.18bn', '+69.9%'],
      ['2021', '$7bn', '+38.9%'],
      ['2022', '$7.2bn', '+30.0%'],
      ['2023', '$9.5bn', '+30.2%'],
      ['2024', '−$0.18bn', '−0.4%'],
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

  test('sets each partial-year figure against the same period a year earlier', async ({ page }) => {
    await page.goto('/trade');
    const table = page.getByTestId('partial-table');
    await expect(table.locator('tbody tr')).toHaveCount(partialYearRows(d).length);
    // Jan–Oct 2023, Kazakh media 24.3 against the Kazakh 19.7 of Jan–Oct 2022: +23.4%.
    const oct = table.locator('[data-row-id="trade-2023m01-10-kz-media"]');
    await expect(oct.locator('th')).toHaveText('Jan–Oct 2023');
    await expect(oct.locator('td').nth(3)).toContainText('Jan–Oct 2022: $19.7bn');
    await expect(oct.locator('td').nth(3)).toContainText('+23.4%');
    // Jan–Apr 2022, Chinese customs 13.2 at +23.3%: Jan–Apr 2021 implied at 13.2 / 1.233 = 10.71.
    await expect(table.locator('[data-row-id="trade-2022m01-04-cn-customs"] td').nth(4)).toHaveText(
      '13.2 / (1 + 23.3%) = $10.71bn',
    );
    await expect(page.getByTestId('growth-only').locator('li')).toHaveCount(3);
  });

  test('shows trade by direction, the balance, the mirror gap by direction and products', async ({
    page,
  }) => {
    await page.goto('/trade');
    const direction = page.getByTestId('direction-table').locator('tbody tr');
    await expect(direction).toHaveCount(
      d.observations.filter((o) => o.series === 'trade-kz-to-cn' || o.series === 'trade-cn-to-kz')
        .length,
    );
    await expect(page.locator('[data-row-id="kz-to-cn-2013-kz-ministry"] td').nth(2)).toHaveText(
      '>$14.334bn',
    );
    // 14.334 − 8.193 = +6.141 (Kazakh ministry); 16.3 − 24.7 = −8.4 (Chinese customs).
    const balance = page.getByTestId('balance-table');
    await expect(balance.locator('[data-year="2013"][data-side="KZ"] td').nth(3)).toHaveText(
      '+$6.14bn',
    );
    await expect(balance.locator('[data-year="2023"][data-side="CN"] td').nth(3)).toHaveText(
      '−$8.4bn',
    );
    // "China says it shipped $14bn, Kazakhstan says it received $8.2bn": 5.8 (+70.7%).
    const mirror = page.getByTestId('direction-mirror-table');
    await expect(mirror.locator('tbody tr')).toHaveCount(3);
    await expect(mirror.locator('[data-year="2021"] td').nth(3)).toHaveText('$5.8bn (+70.7%)');
    await expect(page.getByTestId('products-table').locator('tbody tr')).toHaveCount(
      d.products?.length ?? 0,
    );
    await expect(page.locator('[data-row-id="product-2022-uranium"] td').nth(2)).toHaveText(
      '$0.817bn',
    );
  });

  test('lists the dated events, and each chart numbers those it marks as its badges do', async ({
    page,
  }) => {
    await page.goto('/trade');
    // The trade charts mark trade events; the list holds them, dated as the charts date them.
    const trade = datedEvents(d).filter((e) => e.category === 'trade');
    await expect(page.locator('.events-list li')).toHaveCount(trade.length);
    for (const e of trade)
      await expect(page.locator(`#${e.id}`)).toContainText(formatEventDates(e));
    const chart = page.getByTestId('chart-trade-series');
    const key = chart.getByRole('list', { name: 'Events marked on the time axis' }).locator('li');
    const badges = await chart.locator('.chart-wide svg text.chart-event').allTextContents();
    const numbers = badges.flatMap((b) => {
      const [a, z = a] = b.split('–').map(Number);
      return Array.from({ length: z! - a! + 1 }, (_, k) => a! + k);
    });
    await expect(key).toHaveCount(numbers.length);
    expect(numbers).toEqual(numbers.map((_, k) => k + 1));
    const onAxis = tradeSeriesSpec(d).events.sort((a, b) => a.start - b.start);
    await expect(key.first()).toContainText(onAxis[0]!.when);
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
    // Axe walks every node; the long tables of v2 take it past 30 s on a loaded machine.
    test.setTimeout(120_000);
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
    await expect(page.getByTestId('mirror-table').locator('tbody tr')).toHaveCount(7);
    await expect(page.getByTestId('chart-trade-kz-to-cn').locator('svg').first()).toBeVisible();
    await page.getByRole('link', { name: 'Hide events' }).click();
    await expect(page).toHaveURL(/events=off/);
    await expect(page.getByRole('link', { name: 'Show events' })).toBeVisible();
  });
});
