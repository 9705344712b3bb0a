import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test.describe('energy', () => {
  test('serves both charts as SVG in the server HTML', async ({ request }) => {
    const res = await request.get('/energy');
    expect(res.status()).toBe(200);
    const html = await res.text();
    for (const id of ['pipeline-capacity', 'crude-shipped']) {
      const chart = html.slice(html.indexOf(`data-testid="chart-${id}"`));
      expect(chart.indexOf('<svg')).toBeGreaterThan(0);
    }
  });

  test('lists the three pipeline sections with their capacities', async ({ page }) => {
    await page.goto('/energy');
    const table = page.getByTestId('pipeline-table');
    const cells = (id: string) => table.locator(`[data-row-id="${id}"] td`);
    await expect(cells('pipeline-kenkiyak-atyrau').nth(0)).toHaveText('449 km');
    await expect(cells('pipeline-kenkiyak-atyrau').nth(4)).toHaveText('2003');
    await expect(cells('pipeline-atasu-alashankou').nth(1)).toHaveText('10 Mt/yr');
    await expect(cells('pipeline-atasu-alashankou').nth(2)).toHaveText('20 Mt/yr');
    await expect(cells('pipeline-atasu-alashankou').nth(4)).toHaveText('25 May 2006');
    await expect(cells('pipeline-kenkiyak-kumkol').nth(0)).toHaveText(
      '794 km (other sources: 761 km)',
    );
    await expect(cells('pipeline-kenkiyak-kumkol').nth(4)).toHaveText('1 Jul 2009');
  });

  test('steps the cumulative design capacity through 6, 26 and 46 Mt/yr', async ({ page }) => {
    await page.goto('/energy');
    const chart = page.getByTestId('chart-pipeline-capacity');
    await chart.locator('summary', { hasText: 'Data table' }).click();
    const data = chart.getByTestId('chart-data-pipeline-capacity');
    // 6 from 2003; + 20 (Atasu–Alashankou, 2006) = 26; + 20 (Kenkiyak–Kumkol, 2009) = 46.
    for (const [year, total] of [
      ['2003', '6 Mt/yr'],
      ['2006', '26 Mt/yr'],
      ['2009', '46 Mt/yr'],
    ]) {
      await expect(
        data
          .locator('tr', { has: page.locator(`th:text-is("${year}")`) })
          .locator('td')
          .first(),
      ).toHaveText(total!);
    }
  });

  test('shows crude shipped for the reported years only, naming the gaps', async ({ page }) => {
    await page.goto('/energy');
    const table = page.getByTestId('crude-table');
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expect(table.locator('[data-row-id="crude-2009-unstated"] td').nth(0)).toHaveText(
      '7.73 Mt',
    );
    await expect(table.locator('[data-row-id="crude-2009-unstated"] td').nth(1)).toHaveText(
      '+26.0%',
    );
    await expect(table.locator('caption')).toContainText(
      '2007, 2008, 2010, 2011, 2012, 2014, 2015, 2016, 2017, 2018',
    );
  });

  test('lists the gas pipeline facts, the 18 Aug 2007 agreement first', async ({ page }) => {
    await page.goto('/energy');
    const rows = page.getByTestId('gas-table').locator('tbody tr');
    await expect(rows).toHaveCount(10);
    await expect(rows.first()).toHaveAttribute('data-row-id', 'gas-agreement-signed');
    await expect(rows.first().locator('td').first()).toHaveText('18 Aug 2007');
    await expect(page.locator('[data-row-id="gas-design-capacity"] td').nth(1)).toHaveText(
      '60 bcm/yr',
    );
    await expect(page.locator('[data-row-id="gas-length"] td').nth(1)).toHaveText('1,833 km');
  });

  test('hides the events through a plain link', async ({ page }) => {
    await page.goto('/energy');
    const events = page.getByRole('list', { name: 'Events marked on the time axis' });
    await expect(events).toHaveCount(2);
    await page.getByRole('link', { name: 'Hide events' }).click();
    await expect(page).toHaveURL(/\/energy\?events=off$/);
    await expect(events).toHaveCount(0);
  });

  test('has no detectable accessibility violations', async ({ page }) => {
    await page.goto('/energy');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('energy without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('renders the charts and tables', async ({ page }) => {
    await page.goto('/energy?events=off');
    await expect(page.getByTestId('chart-crude-shipped').locator('svg').first()).toBeVisible();
    await expect(page.getByTestId('pipeline-table').locator('tbody tr')).toHaveCount(3);
    await expect(page.getByRole('link', { name: 'Show events' })).toBeVisible();
  });
});
