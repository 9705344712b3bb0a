import AxeBuilder from '@axe-core/playwright';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { citationsBySource } from '@/lib/citations';
import { formatPublished, formatPublisher } from '@/lib/source-names';
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
    // Every record once per source it names (lib/citations, unit-tested record by record).
    const expected = citationsBySource(d).reduce((n, s) => n + s.citations.length, 0);
    expect(hrefs).toHaveLength(expected);
    const pages = new Map<string, string>();
    for (const href of hrefs) {
      const [path, id] = href.split('#');
      if (!pages.has(path!)) pages.set(path!, await (await request.get(path!)).text());
      expect(pages.get(path!), href).toContain(`id="${id}"`);
    }
  });

  test('shows no placeholder title, and no title that is only its URL', async ({ page }) => {
    await page.goto('/sources');
    const names = await page
      .getByTestId('source-name')
      .evaluateAll((hs) => hs.map((h) => h.textContent ?? ''));
    expect(names).toHaveLength(d.sources.length);
    const placeholders = [
      /journal \d+, item \d+/i,
      /\bitem \d+/i,
      /\bitem [a-z]?_?\d{5,}/i,
      /site named by the reference/i,
      /\bnode \d+/i,
      /\barticle \d+/i,
      /named after the URL/i,
    ];
    for (const name of names) {
      for (const p of placeholders) expect(name, name).not.toMatch(p);
    }
    d.sources.forEach((s, i) => {
      expect(names[i]).not.toBe(s.url);
      if (s.title !== null) {
        expect(s.title).not.toBe(s.url);
        expect(names[i]).toBe(s.title);
      } else {
        // No title found: publisher and date, nothing that reads as a title.
        expect(names[i]).toBe(`${formatPublisher(s)}, ${formatPublished(s)}`);
      }
    });
  });

  test('names a copy by its original publisher and the site it was read on', async ({ page }) => {
    await page.goto('/sources#hongxingpaper-cnpc-2011-01-26');
    await expect(page.locator('#hongxingpaper-cnpc-2011-01-26')).toContainText(
      'CNPC (copy at en.hongxingpaper.com)',
    );
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
    // Axe walks every node; the long tables of v2 take it past 30 s on a loaded machine.
    test.setTimeout(120_000);
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
