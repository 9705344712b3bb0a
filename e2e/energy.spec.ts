import AxeBuilder from '@axe-core/playwright';
import { chinaKazakhstan } from '@/data/china-kazakhstan';
import { oilFlowsSpec } from '@/lib/charts/oil-flows';
import { cumulativeChecks } from '@/lib/cumulative';
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

  test('lists every crude figure through the pipeline, naming the years without one', async ({
    page,
  }) => {
    await page.goto('/energy');
    const table = page.getByTestId('crude-table');
    await expect(table.locator('tbody tr')).toHaveCount(
      chinaKazakhstan.observations.filter((o) => o.series === 'crude-oil-via-pipeline').length,
    );
    await expect(table.locator('[data-row-id="crude-2008-unstated"] td').nth(0)).toHaveText(
      '>6 Mt',
    );
    await expect(table.locator('[data-row-id="crude-2017-unstated"] td').nth(0)).toHaveText(
      '12.3082 Mt',
    );
    await expect(table.locator('[data-row-id="crude-2009-unstated"] td').nth(0)).toHaveText(
      '7.73 Mt',
    );
    await expect(table.locator('[data-row-id="crude-2009-unstated"] td').nth(1)).toHaveText('+26%');
    await expect(table.locator('caption')).toContainText(
      '2010, 2012, 2014, 2016, 2018, 2020, 2021, 2022, 2023',
    );
  });

  test('lists the gas pipeline facts, the 18 Aug 2007 agreement first', async ({ page }) => {
    await page.goto('/energy');
    const rows = page.getByTestId('gas-table').locator('tbody tr');
    await expect(rows).toHaveCount(chinaKazakhstan.gasPipeline?.length ?? 0);
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
    // The capacity, crude and oil-flows charts all span 2006–2007, where the six events are.
    await expect(events).toHaveCount(3);
    await page.getByRole('link', { name: 'Hide events' }).click();
    await expect(page).toHaveURL(/\/energy\?events=off$/);
    await expect(events).toHaveCount(0);
  });

  test('draws oil throughput, Kazakh exports and Russian transit as three series', async ({
    page,
  }) => {
    await page.goto('/energy');
    const figure = page.getByTestId('chart-oil-flows');
    await expect(figure.locator('svg').first()).toBeVisible();
    const spec = oilFlowsSpec(chinaKazakhstan);
    expect(spec.series).toHaveLength(3);
    for (const s of spec.series) await expect(figure).toContainText(s.name);
    const flows = page.getByTestId('oil-flows-table');
    await expect(flows.locator('[data-row-id="ru-transit-2023-unstated"] td').nth(2)).toHaveText(
      '9.989 Mt',
    );
    await expect(
      flows.locator('[data-row-id="kz-crude-2013-kz-official-nazarbayev"] td').nth(2),
    ).toHaveText('≈13 Mt');
  });

  test('lists the gas flows and every running total with its verdicts', async ({ page }) => {
    await page.goto('/energy');
    await expect(
      page.getByTestId('gas-flows-table').locator('[data-row-id="gas-2015-cn-official"] td').nth(2),
    ).toHaveText('≈31.5 bcm');
    const totals = page.getByTestId('cumulative-checkpoints').locator('tbody tr');
    await expect(totals).toHaveCount(chinaKazakhstan.cumulative?.length ?? 0);
    await expect(page.locator('[data-row-id="cum-crude-2009"] td').nth(0)).toContainText(
      'since 2006',
    );
    const checks = cumulativeChecks(chinaKazakhstan);
    await expect(page.locator('p.lede', { hasText: 'since the line opened' })).toContainText(
      `${checks.filter((c) => c.agree).length} agree, ${checks.filter((c) => !c.agree).length} disagree.`,
    );
  });

  test('has no detectable accessibility violations', async ({ page }) => {
    // Axe walks every node; the long tables of v2 take it past 30 s on a loaded machine.
    test.setTimeout(120_000);
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
