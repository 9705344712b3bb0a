import AxeBuilder from '@axe-core/playwright';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { expect, test } from './fixtures';

test.describe('events', () => {
  test('lists every event of parts 1 and 2 by year, each with its category', async ({ page }) => {
    await page.goto('/events');
    const items = page.getByTestId('timeline').locator('[data-event-id]');
    await expect(items).toHaveCount(d.events.length);
    await expect(page.getByTestId('events-count')).toHaveText(
      `${d.events.length} of ${d.events.length} events.`,
    );
    await expect(page.locator('[data-year]').first()).toHaveAttribute('data-year', '1992');
    const relations = page.locator('#event-diplomatic-relations-1992');
    await expect(relations).toContainText('3 Jan 1992');
    await expect(relations.getByTestId('category')).toHaveText('Diplomacy');
    await expect(relations.locator('blockquote')).toContainText('established diplomatic relations');
  });

  test('shows the two first-oil events with their meanings', async ({ page }) => {
    await page.goto('/events?category=energy');
    await expect(page.locator('#event-first-oil-line-filled-2006')).toContainText(
      '25 May 2006 · First oil reaches China through the Atasu–Alashankou pipeline: the line is filled end to end',
    );
    await expect(page.locator('#event-first-commercial-oil-2006')).toContainText(
      '11 Jul 2006 · First commercial delivery of oil into China',
    );
  });

  test('filters by category through the form, and the URL is a permalink', async ({ page }) => {
    await page.goto('/events');
    await page.getByRole('checkbox', { name: 'Security' }).check();
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/category=security/);
    const security = d.events.filter((e) => e.category === 'security');
    const items = page.getByTestId('timeline').locator('[data-event-id]');
    await expect(items).toHaveCount(security.length);
    for (const e of security) await expect(page.locator(`#${e.id}`)).toBeVisible();
    await page.getByRole('link', { name: 'Newest first' }).click();
    await expect(page).toHaveURL(/dir=desc/);
    await expect(items.first()).toHaveAttribute('data-event-id', 'event-peace-mission-2007');
  });

  test('says which charts mark each trade and energy event', async ({ page }) => {
    await page.goto('/events');
    const count = (c: string) => d.events.filter((e) => e.category === c).length;
    await expect(page.getByText('marked on the trade charts')).toHaveCount(count('trade'));
    await expect(page.getByText('marked on the energy charts')).toHaveCount(count('energy'));
  });

  test('names a bad category without echoing it', async ({ page }) => {
    await page.goto('/events?category=%3Cb%3Ewar%3C%2Fb%3E,energy');
    const alert = page.getByTestId('param-errors');
    await expect(alert).toContainText('Parameter “category”');
    await expect(alert).not.toContainText('war');
    await expect(page.getByTestId('timeline').locator('[data-category="energy"]')).toHaveCount(
      d.events.filter((e) => e.category === 'energy').length,
    );
  });

  test('links each event’s sources to /sources', async ({ page, request }) => {
    await page.goto('/events');
    const hrefs = await page
      .getByTestId('timeline')
      .locator('a[href^="/sources#"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(d.events.reduce((n, e) => n + e.sourceIds.length, 0));
    const sources = await (await request.get('/sources')).text();
    for (const href of new Set(hrefs)) expect(sources).toContain(`id="${href.split('#')[1]}"`);
  });

  test('has no detectable accessibility violations', async ({ page }) => {
    // Axe walks every node; the long tables of v2 take it past 30 s on a loaded machine.
    test.setTimeout(120_000);
    await page.goto('/events');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('events without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('filters by category with the plain form', async ({ page }) => {
    await page.goto('/events');
    await page.getByRole('checkbox', { name: 'Energy' }).check();
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/category=energy/);
    await expect(page.getByTestId('timeline').locator('[data-event-id]')).toHaveCount(
      d.events.filter((e) => e.category === 'energy').length,
    );
  });
});
