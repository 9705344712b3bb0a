import { createHash } from 'node:crypto';
import { test as baseTest, type APIResponse, type Page } from '@playwright/test';
import { chartIds } from '@/lib/charts/registry';
import { expect, test } from './fixtures';

const ID = chartIds[0]!;
const PAGES = ['/', '/projections', '/trade', '/energy', '/sources', '/charts', `/charts/${ID}`];
const API = [
  '/api/charts',
  `/api/charts/${ID}/svg`,
  `/api/charts/${ID}/png?preset=og`,
  `/api/charts/${ID}/csv`,
  `/api/charts/${ID}/pptx`,
  '/api/data.csv',
  '/api/data.json',
  '/api/deck.pptx',
];
const FILES = [`/charts/${ID}/og.png`, `/charts/${ID}/slide-16x9-dark.svg`, '/icon.svg'];

/** Every value of a header, however many times it was sent. */
const all = (res: APIResponse, name: string) =>
  res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === name)
    .map((h) => h.value);

/** The one Content-Security-Policy of a response, as directive → sources. */
function csp(res: APIResponse): Map<string, string[]> {
  const values = all(res, 'content-security-policy');
  expect(values, 'exactly one Content-Security-Policy header').toHaveLength(1);
  return new Map(
    values[0]!.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

/** The headers every response carries, whatever its route or status. */
function expectCommon(res: APIResponse) {
  const h = res.headers();
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['permissions-policy']).toContain('geolocation=()');
  expect(h['x-powered-by']).toBeUndefined();
}

/** The CSP of export files and JSON errors: nothing loads or runs, same-origin framing. */
function expectInertCsp(res: APIResponse, { embed = false } = {}) {
  const policy = csp(res);
  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
  expect(policy.has('sandbox')).toBe(true);
  expect(policy.has('script-src')).toBe(false);
  // Under /embed/ only the CSP limits framing: X-Frame-Options cannot say "anyone".
  expect(all(res, 'x-frame-options')).toEqual(embed ? [] : ['SAMEORIGIN']);
}

/** The SHA-256 CSP source of a script's text, as the browser computes it. */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The text of each inline script (no src) of a page. */
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\ssrc=/.test(m[1]!))
    .map((m) => m[2]!);

test.describe('headers of HTML pages', () => {
  for (const path of [...PAGES, '/?sort=value&dir=desc', `/charts/${ID}?theme=dark`]) {
    test(`${path} has a hash CSP for exactly its inline scripts, same-origin framing and the common headers`, async ({
      request,
    }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      expectCommon(res);
      expect(all(res, 'x-frame-options')).toEqual(['SAMEORIGIN']);
      const policy = csp(res);
      const script = policy.get('script-src') ?? [];
      expect(script[0]).toBe("'self'");
      // Every other source is the hash of one of the page's own inline scripts, and each of them
      // has its hash: no nonce, no 'unsafe-inline', no 'strict-dynamic'.
      const html = await res.text();
      const inline = inlineScripts(html);
      expect(inline.length).toBeGreaterThan(0);
      expect(new Set(script.slice(1))).toEqual(new Set(inline.map(sha256)));
      for (const source of script.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
      expect(html).not.toContain('nonce=');
      expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('form-action')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
      // Styles: the charts' style attributes need it (lib/security-headers.ts pageCsp).
      expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    });
  }

  test('gives the same page the same CSP every time (no per-request nonce)', async ({
    request,
  }) => {
    const policies = new Set<string>();
    for (let i = 0; i < 3; i++) {
      policies.add((await request.get(`/charts/${ID}`)).headers()['content-security-policy']!);
    }
    expect(policies.size).toBe(1);
  });
});

test.describe('headers of the embed', () => {
  for (const id of chartIds) {
    test(`/embed/${id} may be framed anywhere and allows only the hashed script`, async ({
      request,
    }) => {
      const res = await request.get(`/embed/${id}`);
      expect(res.status()).toBe(200);
      expectCommon(res);
      expect(all(res, 'x-frame-options')).toEqual([]);
      const policy = csp(res);
      // No frame-ancestors: any page may frame it, one opened from disk (file:) too.
      expect(policy.has('frame-ancestors')).toBe(false);
      expect(policy.get('default-src')).toEqual(["'none'"]);
      // The one inline script of the document, allowed by the SHA-256 of its text, and nothing
      // else: no 'unsafe-inline', no source list.
      const scripts = [...(await res.text()).matchAll(/<script>([\s\S]*?)<\/script>/g)];
      expect(scripts).toHaveLength(1);
      const hash = createHash('sha256').update(scripts[0]![1]!, 'utf8').digest('base64');
      expect(policy.get('script-src')).toEqual([`'sha256-${hash}'`]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
    });
  }
});

test.describe('headers of export routes and build-time files', () => {
  for (const path of [...API, ...FILES]) {
    test(`${path} is inert, same-origin framed, with the common headers`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      expectCommon(res);
      expectInertCsp(res);
    });
  }
});

test.describe('headers of error responses', () => {
  for (const [path, status] of [
    [`/api/charts/${ID}/png?width=1`, 400],
    [`/api/charts/${ID}/svg?scale=9&scale=1`, 400],
    ['/api/data.csv?download=maybe', 400],
    ['/api/charts/%E0%A4%A/png', 400],
    ['/embed/%E0%A4%A', 400],
    ['/charts/%E0%A4%A', 400],
    ['/%C0%AF', 400],
    ['/api/charts/nope/png', 404],
    ['/api/charts/nope/pptx', 404],
  ] as const) {
    test(`${path} answers ${status} as JSON naming the parameter, with the headers`, async ({
      request,
    }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(status);
      expect(res.headers()['content-type']).toContain('application/json');
      expect(res.headers()['cache-control']).toBe('no-store');
      const body = await res.json();
      expect(Object.keys(body).sort()).toEqual(['allowed', 'error', 'parameter']);
      expectCommon(res);
      expectInertCsp(res, { embed: path.startsWith('/embed/') });
    });
  }

  test('an unknown API path answers 404 and stays inert', async ({ request }) => {
    const res = await request.get(`/api/charts/${ID}/nope`);
    expect(res.status()).toBe(404);
    expectCommon(res);
    expectInertCsp(res);
  });

  for (const path of ['/nope', `/charts/nope`]) {
    test(`the HTML 404 of ${path} has the page headers`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(404);
      expectCommon(res);
      expect(all(res, 'x-frame-options')).toEqual(['SAMEORIGIN']);
      const html = await res.text();
      expect(new Set(csp(res).get('script-src')?.slice(1))).toEqual(
        new Set(inlineScripts(html).map(sha256)),
      );
    });
  }

  test('the 404 of an unknown embed is still framable and script-free', async ({ request }) => {
    const res = await request.get('/embed/nope');
    expect(res.status()).toBe(404);
    expectCommon(res);
    expect(csp(res).has('frame-ancestors')).toBe(false);
    // The embed's CSP (its one hash), and no script in the document.
    expect(csp(res).get('script-src')).toEqual([
      expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/),
    ]);
    expect(await res.text()).not.toMatch(/<script/i);
  });

  test('OPTIONS on a page answers as on the API: 204, Allow and the same headers', async ({
    request,
  }) => {
    const names = (res: APIResponse) =>
      res
        .headersArray()
        .map((h) => h.name.toLowerCase())
        .filter((n) => !['date', 'connection', 'keep-alive'].includes(n))
        .sort();
    const api = await request.fetch('/api/charts', { method: 'OPTIONS' });
    for (const path of PAGES) {
      const page = await request.fetch(path, { method: 'OPTIONS' });
      expect(page.status(), path).toBe(204);
      expect(page.status()).toBe(api.status());
      expect(page.headers().allow, path).toBe('GET, HEAD, OPTIONS');
      expect(names(page), path).toEqual(names(api));
      expectCommon(page);
    }
  });
});

// Outside the fixture: Chromium logs the document's own 404 as a console error.
baseTest.describe('the 404 of an unknown embed in Chromium', () => {
  baseTest(
    'renders under the embed CSP with no violation and loads nothing else',
    async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !/status of 404/.test(m.text())) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const marker = 'zq<b>x9';
      const res = await page.goto(`/embed/${encodeURIComponent(marker)}`);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chart not found');
      await expect(page.getByRole('link', { name: 'See every chart' })).toHaveAttribute(
        'href',
        '/charts',
      );
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual(
        [],
      );
      expect(requests).toHaveLength(1);
      expect(await page.content()).not.toContain(marker);
      expect(await page.content()).not.toContain('zq');
      expect(errors).toEqual([]);
    },
  );
});

test.describe('the page CSP in Chromium', () => {
  /** Records CSP violations from before any page script runs (init scripts bypass the CSP). */
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
  });

  const violations = (page: Page) =>
    page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

  test('loads and hydrates every page, and query renders with no violation', async ({ page }) => {
    test.setTimeout(180_000);
    const every = [
      ...PAGES,
      '/events',
      '/sources/conflicts',
      ...chartIds.map((id) => `/charts/${id}`),
      '/?sort=value&dir=desc&kind=reported',
      '/projections?events=off',
      '/events?category=energy',
      `/charts/${ID}?theme=dark`,
    ];
    for (const path of every) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await violations(page), path).toEqual([]);
    }
  });

  test('navigates client-side between pages with no violation', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Charts' })
      .click();
    await expect(page).toHaveURL(/\/charts$/);
    await page.getByTestId('chart-gallery').getByRole('heading').first().getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/charts/${ID}$`));
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
  });

  test('copies the chart image to the clipboard under the CSP', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(`/charts/${ID}`);
    await page.getByTestId('copy-image').click();
    await expect(page.getByText('Image copied')).toBeVisible();
    const type = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item?.types.includes('image/png') ?? false;
    });
    expect(type).toBe(true);
    expect(await violations(page)).toEqual([]);
  });
});

// Outside the fixture: the 404 status is itself a console error in Chromium.
baseTest('the 404 page loads and hydrates with no CSP violation', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await page.goto('/nope');
  expect(res?.status()).toBe(404);
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(errors).toEqual([]);
});

// Outside the fixture: this test provokes the CSP violations (console errors) it checks for.
baseTest('blocks script injected into page markup, so the policy is enforced', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  // As if a value were reflected unescaped: an inline script and an event handler, no nonce.
  await page.route('**/sources', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</main>',
      '<script>window.__injected=1</script><img src="/x.png" onerror="window.__injected=2"></main>',
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto('/sources');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  expect(consoleErrors.filter((e) => /Content Security Policy/.test(e)).length).toBeGreaterThan(0);
});
