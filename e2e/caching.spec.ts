import { chartIds } from '@/lib/charts/registry';
import { expect, test } from './fixtures';

const ID = chartIds[0]!;

/** Answers that change only with a build (or, for the projections chart, the date). */
const CACHEABLE = [
  `/api/charts/${ID}/png?preset=og`,
  `/api/charts/${ID}/svg`,
  `/api/charts/${ID}/pptx`,
  `/api/charts/${ID}/csv`,
  '/api/charts',
  '/api/data.csv',
  '/api/data.json',
  '/api/deck.pptx',
  '/api/openapi.json',
  `/embed/${ID}`,
  `/embed/${ID}?events=off`,
  `/charts/${ID}/og.png`,
  `/charts/${ID}/slide-16x9-dark.svg`,
];

/** The directives of a Cache-Control header as name → value ('' for a bare directive). */
function directives(value: string | undefined): Map<string, string> {
  return new Map(
    (value ?? '').split(',').map((d) => {
      const [name, v] = d.trim().split('=');
      return [name!.toLowerCase(), v ?? ''];
    }),
  );
}

test.describe('answers a shared cache may keep', () => {
  for (const path of CACHEABLE) {
    test(`${path} may be kept by a shared cache and revalidates with 304`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      const cc = directives(res.headers()['cache-control']);
      expect(Number(cc.get('s-maxage'))).toBeGreaterThanOrEqual(3600);
      expect(Number(cc.get('stale-while-revalidate'))).toBeGreaterThan(0);
      for (const forbidden of ['private', 'no-store', 'no-cache'])
        expect(cc.has(forbidden)).toBe(false);
      // Next's build cache sets the prebuilt files' header itself (s-maxage alone means shared).
      if (!path.startsWith('/charts/')) expect(cc.has('public')).toBe(true);
      const etag = res.headers().etag!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await request.get(path, { headers: { 'If-None-Match': etag } });
      expect(again.status()).toBe(304);
      expect(again.headers().etag).toBe(etag);
      expect(directives(again.headers()['cache-control'])).toEqual(cc);
      expect((await again.body()).byteLength).toBe(0);
      const stale = await request.get(path, { headers: { 'If-None-Match': '"stale"' } });
      expect(stale.status()).toBe(200);
      expect(await stale.body()).toEqual(await res.body());
    });
  }

  test('the embed with other chart options has another ETag', async ({ request }) => {
    const on = await request.get(`/embed/${ID}`);
    const off = await request.get(`/embed/${ID}?events=off`);
    expect(on.headers().etag).not.toBe(off.headers().etag);
  });
});

/** Pages: prerendered without a query, rendered on demand with one; all cacheable by URL. */
const PAGES = [
  '/',
  '/projections',
  '/trade',
  '/energy',
  '/events',
  '/sources',
  '/sources/conflicts',
  '/charts',
  `/charts/${ID}`,
  '/?sort=value&dir=desc',
  '/projections?events=off',
  `/charts/${ID}?theme=dark&events=off`,
];

test.describe('pages a shared cache may keep', () => {
  for (const path of PAGES) {
    test(`${path} may be kept a day by a shared cache and revalidates with 304`, async ({
      request,
    }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('text/html');
      const cc = directives(res.headers()['cache-control']);
      expect(cc.has('public')).toBe(true);
      // A day at most: the projections' statuses follow the date.
      expect(Number(cc.get('s-maxage'))).toBe(86400);
      expect(Number(cc.get('stale-while-revalidate'))).toBe(86400);
      expect(cc.get('max-age')).toBe('0');
      for (const forbidden of ['private', 'no-store', 'no-cache'])
        expect(cc.has(forbidden)).toBe(false);
      const etag = res.headers().etag!;
      expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
      expect(res.headers().vary).toContain('Accept-Encoding');
      const again = await request.get(path, { headers: { 'If-None-Match': etag } });
      expect(again.status()).toBe(304);
      expect(again.headers().etag).toBe(etag);
      expect(directives(again.headers()['cache-control'])).toEqual(cc);
      expect((await again.body()).byteLength).toBe(0);
      const stale = await request.get(path, { headers: { 'If-None-Match': '"stale"' } });
      expect(stale.status()).toBe(200);
      expect(await stale.text()).toBe(await res.text());
    });
  }

  test('the same page is the same bytes every time (no per-request nonce)', async ({ request }) => {
    for (const path of ['/', '/?sort=value&dir=desc']) {
      const a = await request.get(path);
      const b = await request.get(path);
      expect(b.headers().etag, path).toBe(a.headers().etag);
      expect(await b.text(), path).toBe(await a.text());
    }
  });

  test('a page without a query is the one next build prerendered; with one, rendered on demand', async ({
    request,
  }) => {
    // x-nextjs-cache is Next's own report: HIT/STALE for a prerendered page, absent on demand.
    const built = await request.get('/projections');
    expect(built.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/);
    const onDemand = await request.get('/projections?events=off');
    expect(onDemand.headers()['x-nextjs-cache']).toBeUndefined();
  });

  test('the internal path of on-demand renders is not a page of its own', async ({ request }) => {
    for (const path of ['/q', '/q/trade', `/q/charts/${ID}`]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('the 404 page is never kept', async ({ request }) => {
    const res = await request.get('/nope');
    expect(res.status()).toBe(404);
    expect(res.headers().etag).toBeUndefined();
    expect(directives(res.headers()['cache-control']).has('public')).toBe(false);
  });
});
