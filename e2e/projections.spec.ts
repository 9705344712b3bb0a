import AxeBuilder from '@axe-core/playwright';
import { getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { expect, test } from './fixtures';

/** Text without its spaces and dashes: a label's lines are tspans on the plot, " — " in the key. */
const squeeze = (t: string) => t.replace(/[\s—]+/g, '');

// Worked out by hand from data/china-kazakhstan/ (judged on any day in 2025–2030), one row per
// side that reports the target year:
// $12bn for 2008 vs 17.5 (Kazakh officials): 17.5 − 12 = 5.5, 5.5 / 12 = +45.8% → beaten;
//   vs 17.55 (unstated): 5.55, +46.3%.
// $15bn for 2010 vs 20.4 (Chinese officials): 20.4 − 15 = 5.4, +36.0%; vs 20.3 (Kazakh
//   statistics): 5.3, +35.3% → beaten.
// $10bn for 2007 (a year-end estimate) vs 13.8: +3.8, +38.0% → beaten.
// More than $20bn for 2019 vs nearly 14.5 (Kazakh officials): −5.5, −27.5% → missed.
// $15bn and $40bn for 2015: no 2015 figure → no data. $35bn and $40bn for 2030 → pending.
// $100bn with no year → open-ended.
const expected = [
  ['target-2008-12bn-nazarbayev--kz-official', 'beaten', '+$5.5bn (+45.8%)'],
  ['target-2008-12bn-nazarbayev--unstated', 'beaten', '+$5.55bn (+46.3%)'],
  ['target-2010-15bn-masimov--cn-official', 'beaten', '+$5.4bn (+36.0%)'],
  ['target-2010-15bn-masimov--kz-stat', 'beaten', '+$5.3bn (+35.3%)'],
  ['target-2007-10bn-nazarbayev--unstated', 'beaten', '+$3.8bn (+38.0%)'],
  ['target-2019-20bn-zhang-xiao--kz-official', 'missed', '−$5.5bn (−27.5%)'],
  ['target-2015-15bn-heads-of-state', 'no data', '—'],
  ['target-2015-40bn-hu-jintao', 'no data', '—'],
  ['target-2030-35bn-heads-of-state', 'pending', '—'],
  ['target-2030-40bn-tokayev', 'pending', '—'],
  ['target-open-100bn-tokayev', 'open-ended', '—'],
] as const;

const rowIds = (page: import('@playwright/test').Page) =>
  page
    .getByTestId('tracker-table')
    .locator('tbody tr[data-row-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')));

test.describe('projections', () => {
  test('serves the projections chart as SVG in the server HTML', async ({ request }) => {
    const res = await request.get('/projections');
    expect(res.status()).toBe(200);
    const html = await res.text();
    const chart = html.slice(html.indexOf('data-testid="chart-projections"'));
    expect(chart).toContain('<svg');
    expect(chart).toMatch(/class="chart-tick[^"]*"[^>]*>2030</);
    expect(chart).toContain('$12bn for 2008 · Nazarbayev, 18 Aug 2007');
    expect(chart).toContain('beaten: $17.5bn, +45.8% (Kazakh officials)');
  });

  test('gives every target the status and variance worked out by hand', async ({ page }) => {
    await page.goto('/projections');
    for (const [rowId, status, variance] of expected) {
      const row = page.locator(`[data-row-id="${rowId}"]`);
      await expect(row.getByTestId('status')).toHaveText(status);
      await expect(row.locator('td').nth(5)).toHaveText(variance);
    }
    await expect(page.getByTestId('tracker-table').locator('caption')).toContainText(
      '11 of 11 rows',
    );
  });

  test('names each target on the plot with who, when and its outcome', async ({ page }) => {
    await page.goto('/projections');
    const chart = page.getByTestId('chart-projections');
    // The desktop drawing (a phone drawing beside it is hidden by CSS at this width).
    const wide = chart.locator('.chart-wide svg');
    // Every target's label, as the spec builds it from data/: beside its diamond where it fits,
    // else its letter on the plot and its words in the key under the axis.
    const targets = getChartSpec(getDataset(), 'projections')
      .series.flatMap((s) => s.pointLabels ?? [])
      .filter((t): t is string => !!t)
      .map(squeeze);
    expect(targets.length).toBeGreaterThan(5);
    const words = (
      await wide.locator('text.chart-label:not(.chart-tag), text.chart-label-key').allTextContents()
    ).join(' ');
    for (const t of targets) expect(squeeze(words)).toContain(t);
    const lettersOnPlot = await wide.locator('text.chart-label.chart-tag').allTextContents();
    const lettersInKey = await wide.locator('text.chart-tag:not(.chart-label)').allTextContents();
    expect(lettersOnPlot.sort()).toEqual(lettersInKey.sort());
    // No legend of targets: the only key left is how kinds are drawn.
    await expect(chart.getByRole('list', { name: 'Legend' })).toHaveCount(0);
  });

  test('sorts the tracker by variance when the header is clicked', async ({ page }) => {
    await page.goto('/projections');
    await page.getByRole('link', { name: 'Variance' }).click();
    await expect(page).toHaveURL(/sort=variance/);
    // −27.5% (2019), +35.3% and +36.0% (2010), +38.0% (2007), +45.8% and +46.3% (2008); rows
    // without a variance last, by announcement.
    expect(await rowIds(page)).toEqual([
      'target-2019-20bn-zhang-xiao--kz-official',
      'target-2010-15bn-masimov--kz-stat',
      'target-2010-15bn-masimov--cn-official',
      'target-2007-10bn-nazarbayev--unstated',
      'target-2008-12bn-nazarbayev--kz-official',
      'target-2008-12bn-nazarbayev--unstated',
      'target-2015-15bn-heads-of-state',
      'target-2015-40bn-hu-jintao',
      'target-2030-35bn-heads-of-state',
      'target-2030-40bn-tokayev',
      'target-open-100bn-tokayev',
    ]);
    await page.getByRole('link', { name: /Variance/ }).click();
    await expect(page).toHaveURL(/dir=desc/);
    expect((await rowIds(page))[0]).toBe('target-2008-12bn-nazarbayev--unstated');
  });

  test('filters the tracker to pending targets through the form', async ({ page }) => {
    await page.goto('/projections');
    await page.getByRole('checkbox', { name: 'pending' }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/status=pending/);
    expect(await rowIds(page)).toEqual([
      'target-2030-35bn-heads-of-state',
      'target-2030-40bn-tokayev',
    ]);
    await expect(page.getByTestId('tracker-table').locator('caption')).toContainText(
      '2 of 11 rows',
    );
  });

  test('sets required growth for pending targets beside the recent trend', async ({ page }) => {
    await page.goto('/projections');
    const t35 = page.getByTestId('outlook-target-2030-35bn-heads-of-state');
    // (35 / 43.82)^(1/6) − 1 = −3.7%; (35 / 44)^(1/6) − 1 = −3.7% (Tokayev's 2024 figure);
    // (35 / 30.1)^(1/6) − 1 = +2.5% (the unstated 2024 figure).
    await expect(t35.locator('[data-side="CN"] [data-testid="required"]')).toContainText('−3.7%');
    await expect(t35.locator('[data-side="CN"] [data-testid="required"]')).toContainText(
      'already above',
    );
    await expect(t35.locator('[data-side="KZ"] [data-testid="required"]')).toContainText('−3.7%');
    await expect(t35.locator('[data-side="unstated"] [data-testid="required"]')).toHaveText(
      '+2.5%',
    );
    // (43.82 / 25)^(1/3) − 1 = +20.6% over 2021–2024; KZ (44 / 18)^(1/3) − 1 = +34.7%;
    // unstated 2020 15.3 → 2024 30.1: (30.1 / 15.3)^(1/4) − 1 = +18.4%.
    await expect(t35.locator('[data-side="CN"] [data-testid="trend"]')).toContainText('+20.6%');
    await expect(t35.locator('[data-side="CN"] [data-testid="trend"]')).toContainText(
      'window 2020–2024',
    );
    await expect(t35.locator('[data-side="KZ"] [data-testid="trend"]')).toContainText('+34.7%');
    await expect(t35.locator('[data-side="unstated"] [data-testid="trend"]')).toContainText(
      '+18.4%',
    );
    const t40 = page.getByTestId('outlook-target-2030-40bn-tokayev');
    // (40 / 44)^(1/6) − 1 = −1.6%; (40 / 43.82)^(1/6) − 1 = −1.5%.
    await expect(t40.locator('[data-side="KZ"] [data-testid="required"]')).toContainText('−1.6%');
    await expect(t40.locator('[data-side="CN"] [data-testid="required"]')).toContainText('−1.5%');
  });

  test('shows what was knowable when the $12bn for 2008 was announced', async ({ page }) => {
    await page.goto('/projections');
    const k = page.getByTestId('knowable-target-2008-12bn-nazarbayev');
    await expect(k).toContainText('The latest period with a figure by then: H1 2007');
    const point = (basis: string, n = 0) => k.locator(`tr[data-basis="${basis}"]`).nth(n);
    // (12 / 8.358)^(1/2) − 1 = +19.8% (Xinhua) and (12 / 8.36)^(1/2) − 1 = +19.8% a year from 2006.
    await expect(point('reported', 0).getByTestId('implied')).toHaveText('+19.8% over 2 years');
    await expect(point('reported', 1).getByTestId('implied')).toHaveText('+19.8% over 2 years');
    // 5.97 × 2 = 11.94 → 12 / 11.94 − 1 = +0.5%; 5.97 / (5.97 / 1.604 / 8.36) = 13.41 → −10.5%.
    await expect(point('estimate', 0)).toContainText('$11.94bn');
    await expect(point('estimate', 0).getByTestId('implied')).toHaveText('+0.5% over 1 year');
    await expect(point('estimate', 1)).toContainText('$13.41bn');
    await expect(point('estimate', 1).getByTestId('implied')).toHaveText('−10.5% over 1 year');
    // Against the 13.8 reported later: 11.94 − 13.8 = −1.86 (−13.5%); 13.41 − 13.8 = −0.39 (−2.8%).
    await expect(point('estimate', 0)).toContainText('off by −$1.86bn (−13.5%)');
    await expect(point('estimate', 1)).toContainText('off by −$0.39bn (−2.8%)');
    // 12 / 13.8 − 1 = −13.0%: with hindsight the projection implied a fall.
    await expect(point('hindsight').getByTestId('implied')).toHaveText('−13.0% over 1 year');
    await expect(k.getByTestId('outcome')).toContainText(
      'beaten — 2008: $17.5bn (Kazakh officials), +$5.5bn (+45.8%)',
    );
  });

  test('shows what was knowable for the later targets too', async ({ page }) => {
    await page.goto('/projections');
    // $15bn for 2010, Apr 2008: from 2007's 13.8, (15 / 13.8)^(1/3) − 1 = +2.8%.
    const m = page.getByTestId('knowable-target-2010-15bn-masimov');
    await expect(m.getByTestId('implied')).toHaveText('+2.8% over 3 years');
    // $40bn for 2015, Jun 2011: from 2010's 20.4, (40 / 20.4)^(1/5) − 1 = +14.4%; CN then grew
    // 20.4 → 28.5 by 2013, (28.5 / 20.4)^(1/3) − 1 = +11.8% a year.
    // And from Kazakhstan's 20.3: (40 / 20.3)^(1/5) − 1 = +14.5%; KZ then 22.53 by 2013: +3.5%.
    const hu = page.getByTestId('knowable-target-2015-40bn-hu-jintao');
    await expect(hu.getByTestId('implied')).toHaveText([
      '+14.4% over 5 years',
      '+14.5% over 5 years',
    ]);
    await expect(hu).toContainText('+11.8% a year to 2013');
    await expect(hu).toContainText('+3.5% a year to 2013');
    await expect(hu.getByTestId('outcome')).toContainText('no data — no figure found for 2015');
  });

  test('links every figure in the tracker to its source', async ({ page, request }) => {
    await page.goto('/projections');
    const hrefs = await page
      .getByTestId('tracker-table')
      .locator('a[href^="/sources#"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThanOrEqual(7);
    const sources = await (await request.get('/sources')).text();
    for (const href of new Set(hrefs)) {
      expect(sources).toContain(`id="${href?.split('#')[1]}"`);
    }
  });

  test('hides the events through a plain link and shows them again', async ({ page }) => {
    await page.goto('/projections');
    const events = page
      .getByTestId('chart-projections')
      .getByRole('list', { name: 'Events marked on the time axis' });
    await expect(events).toBeVisible();
    await page.getByRole('link', { name: 'Hide events' }).click();
    await expect(page).toHaveURL(/events=off/);
    await expect(events).toHaveCount(0);
    await page.getByRole('link', { name: 'Show events' }).click();
    await expect(page).not.toHaveURL(/events=off/);
    await expect(events).toBeVisible();
  });

  test('names a bad parameter and its allowed values, without echoing it', async ({ page }) => {
    await page.goto('/projections?sort=%3Cb%3Eboom%3C%2Fb%3E&events=maybe&status=won');
    const alert = page.getByRole('alert').and(page.getByTestId('param-errors'));
    await expect(alert).toContainText('Parameter “events”: unknown value; allowed: on, off');
    await expect(alert).toContainText('Parameter “sort”');
    await expect(alert).toContainText('Parameter “status”');
    await expect(alert).not.toContainText('boom');
    await expect(alert).not.toContainText('maybe');
    expect((await rowIds(page))[0]).toBe('target-2015-15bn-heads-of-state');
  });

  test('has no detectable accessibility violations', async ({ page }) => {
    // axe over the tracker, two charts and the sources takes ~20 s alone on a busy 2-core machine:
    // the limit is a hang guard.
    test.setTimeout(120_000);
    await page.goto('/projections');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('projections without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('renders statuses, sorts, filters and toggles events', async ({ page }) => {
    await page.goto('/projections');
    await expect(page.getByTestId('chart-projections').locator('svg').first()).toBeVisible();
    await expect(
      page.locator(
        '[data-row-id="target-2008-12bn-nazarbayev--kz-official"] [data-testid="status"]',
      ),
    ).toHaveText('beaten');
    await page.getByRole('link', { name: 'Status' }).click();
    await expect(page).toHaveURL(/sort=status/);
    await page.getByRole('checkbox', { name: 'no data' }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/status=no-data/);
    expect(await rowIds(page)).toEqual([
      'target-2015-15bn-heads-of-state',
      'target-2015-40bn-hu-jintao',
    ]);
    await page.getByRole('link', { name: 'Hide events' }).click();
    await expect(page).toHaveURL(/status=no-data.*events=off/);
    expect(await rowIds(page)).toHaveLength(2);
  });
});
