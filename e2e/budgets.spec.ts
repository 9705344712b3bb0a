import { gzipSync } from 'node:zlib';
import type { APIRequestContext } from '@playwright/test';
import budgets from '../bench/budgets.json';
import { chartIds } from '@/lib/charts/registry';
import { expect, test } from './fixtures';

/** gzip at zlib's default level, as `next start` compresses; deterministic for given bytes. */
const gzipSize = (body: Buffer) => gzipSync(body, { level: 6 }).byteLength;

/** External script URLs of a page (JSON data blocks are not scripts). */
function scriptSrcs(html: string, base: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1] ?? '';
    if (/\btype=["']?[^"'\s>]*json/i.test(attrs)) continue;
    const src = /\bsrc=["']([^"']+)["']/i.exec(attrs)?.[1];
    if (src !== undefined) out.add(new URL(src.replace(/&amp;/g, '&'), base).href);
  }
  return [...out];
}

async function body(request: APIRequestContext, url: string): Promise<Buffer> {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return res.body();
}

test.describe('size budgets (bench/budgets.json)', () => {
  for (const path of budgets.pages.paths) {
    test(`ships at most ${budgets.pages.maxJsGzipBytes / 1000} kB of gzip JavaScript on ${path}, none of it the chart engine`, async ({
      request,
      baseURL,
    }) => {
      const html = (await body(request, path)).toString('utf8');
      let total = 0;
      const perScript: Record<string, number> = {};
      for (const src of scriptSrcs(html, `${baseURL}${path}`)) {
        const js = await body(request, src);
        const size = gzipSize(js);
        perScript[new URL(src).pathname] = size;
        total += size;
        const text = js.toString('utf8');
        for (const marker of budgets.engineMarkers)
          expect(text.includes(marker), `${src} contains "${marker}": the engine shipped`).toBe(
            false,
          );
      }
      expect(total, `gzip JS of ${path}: ${JSON.stringify(perScript)}`).toBeLessThanOrEqual(
        budgets.pages.maxJsGzipBytes,
      );
    });
  }

  test(`keeps the overview HTML within ${budgets.overviewHtml.maxHtmlGzipBytes / 1000} kB gzip`, async ({
    request,
  }) => {
    const html = await body(request, budgets.overviewHtml.path);
    expect(gzipSize(html)).toBeLessThanOrEqual(budgets.overviewHtml.maxHtmlGzipBytes);
  });

  for (const id of chartIds) {
    test(`transfers at most ${budgets.embeds.maxTransferredGzipBytes / 1000} kB and at most ${budgets.embeds.maxInlineScriptBytes / 1000} kB of script, inline, for /embed/${id}`, async ({
      page,
      request,
    }) => {
      const urls: string[] = [];
      const scriptFiles: string[] = [];
      page.on('request', (r) => {
        if (/^https?:/.test(r.url())) urls.push(r.url());
        if (r.resourceType() === 'script') scriptFiles.push(r.url());
      });
      await page.goto(`/embed/${id}`);
      await page.waitForLoadState('networkidle');
      expect(scriptFiles.length).toBe(budgets.embeds.maxScriptFiles);
      const inline = await page.evaluate(() =>
        [...document.scripts].map((s) => ({ src: s.src, text: s.text })),
      );
      expect(inline.every((s) => s.src === '')).toBe(true);
      const scriptBytes = inline.reduce((n, s) => n + Buffer.byteLength(s.text, 'utf8'), 0);
      expect(scriptBytes).toBeGreaterThan(0);
      expect(scriptBytes).toBeLessThanOrEqual(budgets.embeds.maxInlineScriptBytes);
      let total = 0;
      for (const url of urls) total += gzipSize(await body(request, url));
      expect(total, `gzip bytes of ${urls.join(', ')}`).toBeLessThanOrEqual(
        budgets.embeds.maxTransferredGzipBytes,
      );
    });
  }
});
