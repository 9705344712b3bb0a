import AxeBuilder from '@axe-core/playwright';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { expect, test } from './fixtures';

test.describe('sources', () => {
  test('lists every source with an anchor', async ({ request }) => {
    const res = await request.get('/sources');
    expect(res.status()).toBe(200);
    const html = await res.text();
    for (const s of d.sources) expect(html).toContain(`id="${s.id}"`);
  });

  test('shows the seed article with its passage and the figures citing it', async ({ page }) => {
    await page.goto('/sources#caci-2007-09-05');
    const seed = page.locator('#caci-2007-09-05');
    await expect(seed.getByRole('heading', { level: 2 })).toHaveText(
      "Kazakhstan's emerging security ties with China",
    );
    await expect(seed).toContainText('CACI Analyst · 5 Sep 2007');
    await expect(seed.locator('blockquote')).toContainText('$8.36 billion');
    const citations = seed.getByTestId('citations');
    await expect(
      citations.getByRole('link', { name: 'Trade turnover 2006: $8.36bn (Unstated)' }),
    ).toHaveAttribute('href', '/trade#trade-2006-unstated');
    await expect(citations).toContainText(
      'Projection: $12bn for 2008 (Nursultan Nazarbayev, announced 18 Aug 2007)',
    );
    await expect(citations).toContainText('Event, 16 Aug 2007: SCO summit, Bishkek');
    await expect(citations).toContainText('Oil pipeline section Kenkiyak–Kumkol');
  });

  test('links each citation to a record shown on its page', async ({ page, request }) => {
    await page.goto('/sources');
    const hrefs = await page
      .getByTestId('sources-list')
      .locator('[data-testid="citations"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    // Every observation, target, gas fact, and each event and pipeline once per source it names.
    const expected =
      d.observations.length +
      d.targets.length +
      d.gasPipeline.length +
      d.events.reduce((n, e) => n + new Set(e.sourceIds).size, 0) +
      d.pipelines.reduce((n, p) => n + new Set(p.sourceIds).size, 0);
    expect(hrefs).toHaveLength(expected);
    const pages = new Map<string, string>();
    for (const href of hrefs) {
      const [path, id] = href.split('#');
      if (!pages.has(path!)) pages.set(path!, await (await request.get(path!)).text());
      expect(pages.get(path!), href).toContain(`id="${id}"`);
    }
  });

  test('follows a citation back to the figure', async ({ page }) => {
    await page.goto('/sources#newsline-kz-592946');
    await page
      .locator('#newsline-kz-592946')
      .getByRole('link', { name: /Trade turnover 2008/ })
      .click();
    await expect(page).toHaveURL(/\/trade#trade-2008-kz-official$/);
    await expect(page.locator('#trade-2008-kz-official')).toContainText('$17.5bn');
  });

  test('has no detectable accessibility violations', async ({ page }) => {
    await page.goto('/sources');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('sources without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('renders every source', async ({ page }) => {
    await page.goto('/sources');
    await expect(page.getByTestId('sources-list').locator(':scope > li')).toHaveCount(
      d.sources.length,
    );
  });
});
