import AxeBuilder from '@axe-core/playwright';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { cumulativeChecks } from '@/lib/cumulative';
import { sameSideDisagreements } from '@/lib/disagreements';
import { expect, test } from './fixtures';

test.describe('conflicts', () => {
  test('lists every conflict with both sides’ passages', async ({ page }) => {
    await page.goto('/sources/conflicts');
    const items = page.getByTestId('conflicts-list').locator(':scope > li');
    await expect(items).toHaveCount(d.conflicts?.length ?? 0);
    const c2013 = page.locator('#conflict-2013-mirror');
    await expect(c2013).toContainText('listed in the reference');
    await expect(c2013.locator('blockquote').first()).toContainText('US$ 22.53 billion');
    await expect(c2013).toContainText('A mirror gap of about $6bn');
    const idrisov = page.locator('#conflict-2012-turnover');
    await expect(idrisov.locator('blockquote')).toHaveCount(2);
    await expect(idrisov).toContainText('China accounts for 33 billion dollars of trade');
    await expect(page.locator('#conflict-2009-2010-kz')).toContainText(
      'found by the dataset validator',
    );
  });

  test('explains the mirror gap in one paragraph with the figures', async ({ page }) => {
    await page.goto('/sources/conflicts');
    const p = page.getByTestId('mirror-paragraph');
    await expect(p).toContainText('In the 7 years both sides report');
    await expect(p).toContainText('2013: $28.5bn against $22.53bn, $5.97bn or +26.5%');
  });

  test('shows the same-side disagreements, the contradicted rates and the running totals', async ({
    page,
  }) => {
    await page.goto('/sources/conflicts');
    await expect(page.getByTestId('disagreements-table').locator('tbody tr')).toHaveCount(
      sameSideDisagreements(d).length,
    );
    // 20.3 at "+45%" implies a 2009 of 20.3 / 1.45 = 14, against the Kazakh 9.4.
    await expect(
      page.getByTestId('contradictions-table').locator('[data-row-id="trade-2010-kz-stat"]'),
    ).toContainText('20.3 / (1 + 45%) = $14.00bn');
    const checks = page.getByTestId('cumulative-table').locator('tbody tr');
    await expect(checks).toHaveCount(cumulativeChecks(d).length);
    await expect(
      page.locator('[data-check="crude-oil-via-pipeline|end of 2005"]').getByTestId('verdict'),
    ).toHaveText('agree');
    await expect(page.locator('[data-check="crude-oil-via-pipeline|end of 2005"]')).toContainText(
      '20.39 − (1.76 + 4.77 + >6 + 7.73) = 0.13',
    );
    await expect(
      page
        .locator('[data-check="gas-via-central-asia-pipeline|end of 2018"]')
        .getByTestId('verdict'),
    ).toHaveText('disagree');
  });

  test('links every claim that is a record to where it is shown', async ({ page, request }) => {
    await page.goto('/sources/conflicts');
    const hrefs = await page
      .getByTestId('conflicts-list')
      .locator('[data-testid="claims"] > li > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(40);
    const pages = new Map<string, string>();
    for (const href of hrefs) {
      const [path, id] = href.split('#');
      if (!pages.has(path!)) pages.set(path!, await (await request.get(path!)).text());
      expect(pages.get(path!), href).toContain(`id="${id}"`);
    }
  });

  test('has no detectable accessibility violations', async ({ page }) => {
    // Axe walks every node; the long tables of v2 take it past 30 s on a loaded machine.
    test.setTimeout(120_000);
    await page.goto('/sources/conflicts');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
