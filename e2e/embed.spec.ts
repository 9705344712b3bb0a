import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { chartIds, getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { EMBED_CHECK_WIDTHS, autoHeightSnippet, embedHeight } from '@/lib/export/embed';
import { expect, test } from './fixtures';

/** A host page framing each chart's embed at each width, with the height the embed code suggests. */
function hostHtml(baseURL: string, ids: readonly string[]): string {
  const frames = ids.flatMap((id) =>
    EMBED_CHECK_WIDTHS.map(
      (w) =>
        `<iframe src="${baseURL}/embed/${id}" title="${id} at ${w}" width="${w}" height="${embedHeight(getChartSpec(getDataset(), id as typeof ID))}" style="border:0;display:block"></iframe>`,
    ),
  );
  return `<!doctype html><meta charset="utf-8"><title>Host</title>${frames.join('')}`;
}

/**
 * A host page with the auto-height snippet of each chart at each width, exactly as the export
 * panel gives it (lazy iframe at the suggested height, then the listener), in a column that wide.
 */
function autoHostHtml(baseURL: string, ids: readonly string[]): string {
  const { origin } = new URL(baseURL);
  const frames = ids.flatMap((id) =>
    EMBED_CHECK_WIDTHS.map((w) => {
      const snippet = autoHeightSnippet({
        src: `${baseURL}/embed/${id}`,
        title: `${id} at ${w}`,
        height: embedHeight(getChartSpec(getDataset(), id as typeof ID)),
        origin,
      });
      return `<div style="width:${w}px">${snippet}</div><p>Host text under the chart.</p>`;
    }),
  );
  return `<!doctype html><meta charset="utf-8"><title>Host</title><body style="margin:0">${frames.join('')}`;
}

/**
 * Each auto-height frame ends where the embed's content ends (the height the embed reports,
 * whatever the suggested height was), to the pixel, and nothing in it is clipped.
 */
async function expectAutoHeight(page: Page, ids: readonly string[]) {
  for (const id of ids) {
    for (const w of EMBED_CHECK_WIDTHS) {
      const el = page.locator(`iframe[title="${id} at ${w}"]`);
      await el.scrollIntoViewIfNeeded();
      const frame = (await (await el.elementHandle())!.contentFrame())!;
      await frame.waitForSelector('figcaption');
      const content = () =>
        frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const where = `${id} at ${w} px`;
      await expect
        .poll(
          async () =>
            (await el.evaluate((f) => f.getBoundingClientRect().height)) - (await content()),
          {
            message: where,
          },
        )
        .toBe(0);
      const m = await frame.evaluate(() => ({
        scrollHeight: document.documentElement.scrollHeight,
        scrollWidth: document.documentElement.scrollWidth,
        innerHeight,
        innerWidth,
        caption: document.querySelector('figcaption')!.getBoundingClientRect().bottom,
      }));
      const all = `${where}: ${JSON.stringify(m)}`;
      expect(m.innerWidth, all).toBe(w);
      expect(m.scrollHeight, all).toBeLessThanOrEqual(m.innerHeight);
      expect(m.scrollWidth, all).toBeLessThanOrEqual(m.innerWidth);
      expect(m.caption, all).toBeLessThanOrEqual(m.innerHeight);
      // The frame no longer keeps the suggested height's spare space below the source line.
      expect(m.innerHeight - m.caption, all).toBeLessThan(20);
    }
  }
}

/** In each frame: the document fits the frame's height and width, and the source line is in view. */
async function expectNothingClipped(page: Page, ids: readonly string[]) {
  for (const id of ids) {
    for (const w of EMBED_CHECK_WIDTHS) {
      const el = page.locator(`iframe[title="${id} at ${w}"]`);
      const frame = (await (await el.elementHandle())!.contentFrame())!;
      await frame.waitForSelector('figcaption');
      const m = await frame.evaluate(() => {
        const svg = [...document.querySelectorAll<SVGSVGElement>('svg.chart-render')].find(
          (s) => s.getClientRects().length > 0,
        )!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const sizes = [...svg.querySelectorAll('text')].map(
          (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
        );
        return {
          scrollHeight: document.documentElement.scrollHeight,
          scrollWidth: document.documentElement.scrollWidth,
          innerHeight,
          innerWidth,
          caption: document.querySelector('figcaption')!.getBoundingClientRect().bottom,
          smallestText: Math.min(...sizes),
        };
      });
      const where = `${id} at ${w} px: ${JSON.stringify(m)}`;
      expect(m.innerWidth, where).toBe(w);
      expect(m.scrollHeight, where).toBeLessThanOrEqual(m.innerHeight);
      expect(m.scrollWidth, where).toBeLessThanOrEqual(m.innerWidth);
      expect(m.caption, where).toBeLessThanOrEqual(m.innerHeight);
      expect(m.smallestText, where).toBeGreaterThanOrEqual(11);
    }
  }
}

const ID = 'trade-trend';
const spec = getChartSpec(getDataset(), ID);

test.describe('embed', () => {
  test('serves every chart as HTML with one small inline script and no script file', async ({
    request,
  }) => {
    for (const id of chartIds) {
      const res = await request.get(`/embed/${id}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('text/html; charset=utf-8');
      const html = await res.text();
      const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(tags.map((t) => t[1])).toEqual(['']);
      expect(Buffer.byteLength(tags[0]![2]!)).toBeLessThanOrEqual(1000);
      expect(html).toContain('<svg');
    }
  });

  test('may be framed from any origin; other pages only from their own', async ({ request }) => {
    const embed = (await request.get(`/embed/${ID}`)).headers();
    expect(embed['content-security-policy']).not.toContain('frame-ancestors');
    expect(embed['x-frame-options']).toBeUndefined();
    for (const path of ['/', `/charts/${ID}`, '/charts', `/api/charts/${ID}/svg`]) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'self'");
      expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
    }
  });

  test('loads no script file and shows the title, chart and source line', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`/embed/${ID}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(spec.title);
    await expect(page.getByTestId('source-line')).toContainText(spec.sourceLine);
    await expect(page.getByRole('img', { name: spec.title })).toBeVisible();
    expect(await page.evaluate(() => [...document.scripts].map((s) => s.src))).toEqual(['']);
    expect(scripts).toEqual([]);
  });

  test('fits a narrow frame without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`/embed/${ID}`);
    const box = await page.getByRole('img', { name: spec.title }).boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    expect(box!.width).toBeGreaterThan(300);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('renders inside an iframe on another origin', async ({ page, baseURL }) => {
    // Someone else's page: a loopback server on another port (another origin; loopback to
    // loopback, so Chromium's local-network-access rules allow it), with no CSP of ours.
    const src = `${baseURL}/embed/${ID}`;
    const host = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(
        `<!doctype html><title>Host</title><iframe src="${src}" title="Embedded chart" width="100%" height="640"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = host.address() as AddressInfo;
      await page.goto(`http://127.0.0.1:${port}/`);
      const frame = page.frameLocator('iframe[title="Embedded chart"]');
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(spec.title);
      await expect(frame.getByRole('img', { name: spec.title })).toBeVisible();
    } finally {
      host.close();
    }
  });

  test('fits frames of 320, 600 and 1000 px on another origin, nothing clipped', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const host = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(hostHtml(baseURL!, chartIds));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = host.address() as AddressInfo;
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.goto(`http://127.0.0.1:${port}/`);
      await expectNothingClipped(page, chartIds);
    } finally {
      host.close();
    }
  });

  test('fits frames of 320, 600 and 1000 px in a page opened from disk', async ({
    page,
    baseURL,
  }) => {
    const dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
    const file = join(dir, 'host.html');
    writeFileSync(file, hostHtml(baseURL!, [ID]));
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`file://${file}`);
    await expectNothingClipped(page, [ID]);
  });

  test('auto-height snippet: frames of 320, 600 and 1000 px on another origin end at the content', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const host = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(autoHostHtml(baseURL!, chartIds));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = host.address() as AddressInfo;
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.goto(`http://127.0.0.1:${port}/`);
      await expectAutoHeight(page, chartIds);
    } finally {
      host.close();
    }
  });

  test('auto-height snippet: frames of 320, 600 and 1000 px in a page opened from disk', async ({
    page,
    baseURL,
  }) => {
    const dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
    const file = join(dir, 'host.html');
    writeFileSync(file, autoHostHtml(baseURL!, [ID]));
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`file://${file}`);
    await expectAutoHeight(page, [ID]);
  });

  test('auto-height snippet: ignores height messages from other origins and other frames', async ({
    page,
    baseURL,
  }) => {
    const dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
    const file = join(dir, 'host.html');
    writeFileSync(file, autoHostHtml(baseURL!, [ID]));
    await page.goto(`file://${file}`);
    const el = page.locator(`iframe[title="${ID} at 600"]`);
    await el.scrollIntoViewIfNeeded();
    const settled = () => el.evaluate((f) => f.getBoundingClientRect().height);
    await expect.poll(settled).toBeLessThan(embedHeight(spec));
    const before = await settled();
    // The host page itself (origin null, not one of its frames) sends a height message. A
    // listener added after the snippet's runs after it, so once it has the message, so has the
    // snippet's: the frame kept its height.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          addEventListener('message', resolve, { once: true });
          postMessage({ type: 'trade-dashboard:height', id: 'x', height: 50 }, '*');
        }),
    );
    expect(await settled()).toBe(before);
  });

  test('offers the auto-height snippet beside the plain one on the chart page', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/charts/${ID}`);
    const plain = await page.getByTestId('embed-snippet').inputValue();
    await page.getByTestId('embed-auto-height').locator('summary').click();
    const auto = page.getByTestId('embed-snippet-auto');
    await expect(auto).toBeVisible();
    expect(await auto.inputValue()).toBe(
      autoHeightSnippet({
        src: `${new URL(baseURL!).origin}/embed/${ID}`,
        title: spec.title,
        height: embedHeight(spec),
        origin: new URL(baseURL!).origin,
      }),
    );
    expect((await auto.inputValue()).startsWith(plain)).toBe(true);
  });

  test('is offered as a snippet on the chart page', async ({ page }) => {
    await page.goto(`/charts/${ID}`);
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    expect(snippet).toMatch(
      new RegExp(
        `<iframe src="[^"]*/embed/${ID}" width="100%" height="${embedHeight(spec)}" loading="lazy" title="[^"]+"`,
      ),
    );
  });
});
