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

test('pages keep their per-request CSP nonce, so no cache may keep them', async ({ request }) => {
  for (const path of ['/', `/charts/${ID}`, '/projections']) {
    const res = await request.get(path);
    const cc = directives(res.headers()['cache-control']);
    expect(cc.has('no-store'), path).toBe(true);
    expect(cc.has('private'), path).toBe(true);
  }
});
