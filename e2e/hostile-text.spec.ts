import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { getChartSpec } from '@/lib/charts/registry';
import { VIEW_TEXT_LIMITS } from '@/lib/charts/view';
import { getDataset } from '@/lib/datasets';
import { textAllowed } from '@/lib/export/chart-options';
import { expect, test } from './fixtures';
import { pngSize } from './png';

const ID = 'projections';
const base = getChartSpec(getDataset(), ID);
const NOTE = '@SUM(1+1) </text><script>alert(2)</script> & ]]>';
const TITLES = [
  '<script>alert(1)</script> Trade',
  'Trade ]]><x/> <![CDATA[ & &amp;',
  '=HYPERLINK("http://example.invalid","click")',
  'Қазақстан мен Қытай саудасы · Торговля Казахстана',
];
// Text in scripts the chart font lacks (Arabic, emoji) would come out as boxes in the PNG.
const UNDRAWABLE = ['التجارة مع الصين trade', 'Trade 🇰🇿🇨🇳 👍🏽'];
const TITLE_ALLOWED = textAllowed(VIEW_TEXT_LIMITS.title);
const EXPORT_PATHS = ['svg', 'png', 'pptx', 'csv']
  .map((f) => `/api/charts/${ID}/${f}`)
  .concat(`/embed/${ID}`);

/** Parses `text` in Chromium as `type`; returns the parse error text, or null. */
async function parseError(page: Page, text: string, type: DOMParserSupportedType) {
  return page.evaluate(
    ([t, ty]) => {
      const doc = new DOMParser().parseFromString(t, ty as DOMParserSupportedType);
      return doc.querySelector('parsererror')?.textContent ?? null;
    },
    [text, type] as const,
  );
}

async function textOf(page: Page, text: string, type: DOMParserSupportedType, selector: string) {
  return page.evaluate(
    ([t, ty, sel]) => {
      const doc = new DOMParser().parseFromString(t, ty as DOMParserSupportedType);
      return {
        text: [...doc.querySelectorAll(sel)].map((e) => e.textContent).join(''),
        scripts: doc.querySelectorAll('script').length,
      };
    },
    [text, type, selector] as const,
  );
}

const XML_DECODE: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_DECODE[e]!);

test.describe('a reader’s hostile text', () => {
  for (const title of TITLES) {
    test(`comes out as text in every format: ${title.slice(0, 24)}`, async ({ page, request }) => {
      page.on('dialog', (d) => {
        throw new Error(`a dialog opened: ${d.message()}`);
      });
      const q = new URLSearchParams({ title, note: NOTE });

      await page.goto(`/charts/${ID}?${q}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator('.chart-notes li').last()).toHaveText(NOTE);
      await expect(page.getByTestId('chart-credit')).toHaveText(` Chart: ${base.title}.`);
      await page.goto('about:blank');

      const svg = await request.get(`/api/charts/${ID}/svg?${q}`);
      expect(svg.status()).toBe(200);
      const svgText = await svg.text();
      expect(await parseError(page, svgText, 'image/svg+xml')).toBeNull();
      const drawn = await textOf(page, svgText, 'image/svg+xml', 'title');
      expect(drawn).toEqual({ text: title, scripts: 0 });
      expect((await textOf(page, svgText, 'image/svg+xml', 'text.chart-source')).text).toContain(
        `Chart: ${base.title}`,
      );

      const embed = await request.get(`/embed/${ID}?${q}`);
      expect(embed.status()).toBe(200);
      const html = await textOf(page, await embed.text(), 'text/html', 'h1');
      // Its one script is the hashed height reporter, which carries no text of the reader's.
      expect(html).toEqual({ text: title, scripts: 1 });
      expect(await embed.text()).not.toMatch(/<script[^>]*>[^<]*(alert|HYPERLINK|Қазақстан)/);

      const png = await request.get(`/api/charts/${ID}/png?${q}&preset=og`);
      expect(png.status()).toBe(200);
      expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });

      const pptx = await request.get(`/api/charts/${ID}/pptx?${q}`);
      expect(pptx.status()).toBe(200);
      const zip = await JSZip.loadAsync(await pptx.body());
      const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
      for (const n of parts) {
        expect(
          await parseError(page, await zip.file(n)!.async('string'), 'application/xml'),
          n,
        ).toBeNull();
      }
      const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
      const runs = [...slide.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1]!));
      expect(runs).toContain(title);
      expect(runs.join('\n')).toContain(`Chart: ${base.title}`);
      expect(runs.join('\n')).toContain(NOTE);

      // The CSV holds data only; none of its text cells can run as a formula.
      const csv = await request.get(`/api/charts/${ID}/csv?${q}`);
      expect(csv.status()).toBe(200);
      const body = await csv.text();
      expect(body).not.toContain(title);
      for (const line of body.split('\r\n')) expect(line).not.toMatch(/(^|,)"?[=+@]/);
    });
  }

  test('is refused at 10 kB on every route, and the page says so', async ({ page, request }) => {
    // 10 kB of text (a URL stays under the server's 16 kB header limit only unescaped).
    const q = new URLSearchParams({ title: 'Trade grew '.repeat(931) });
    for (const path of EXPORT_PATHS) {
      const r = await request.get(`${path}?${q}`);
      expect(r.status(), path).toBe(400);
      expect(await r.json()).toEqual({
        error: 'title is not valid',
        parameter: 'title',
        allowed: TITLE_ALLOWED,
      });
    }
    await page.goto(`/charts/${ID}?${q}`);
    await expect(page.getByText('Parameter “title”')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(base.title);
  });

  for (const title of UNDRAWABLE) {
    test(`is refused in scripts the chart font lacks: ${title}`, async ({ page, request }) => {
      const q = new URLSearchParams({ title });
      for (const path of EXPORT_PATHS) {
        const r = await request.get(`${path}?${q}`);
        expect(r.status(), path).toBe(400);
        expect(await r.json()).toEqual({
          error: 'title is not valid',
          parameter: 'title',
          allowed: TITLE_ALLOWED,
        });
      }
      await page.goto(`/charts/${ID}?${q}`);
      await expect(page.getByText('Parameter “title”')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(base.title);
    });
  }
});

test.describe('a reader’s hostile deck text', () => {
  for (const title of TITLES) {
    test(`comes out as text in the deck page, PPTX and ZIP: ${title.slice(0, 24)}`, async ({
      page,
      request,
    }) => {
      page.on('dialog', (d) => {
        throw new Error(`a dialog opened: ${d.message()}`);
      });
      const chart = `${ID}?${new URLSearchParams({ title, note: NOTE })}`;
      const q = new URLSearchParams({ title, subtitle: NOTE });
      q.append('c', chart);
      q.append('c', 'mirror-gap');

      await page.goto(`/deck?${q}`);
      await expect(page.getByTestId('deck-title')).toHaveText(title);
      await expect(page.getByTestId('deck-slide-title').first()).toHaveText(title);
      await expect(
        page.getByTestId('deck-title-form').getByLabel('Title', { exact: true }),
      ).toHaveValue(title);
      expect(await page.locator('script:not([src])').evaluateAll((s) => s.length)).toBeGreaterThan(
        0,
      );
      await page.goto('about:blank');

      const pptx = await request.get(`/api/deck.pptx?${q}`);
      expect(pptx.status()).toBe(200);
      // The file name keeps [a-z0-9-] of the title only.
      expect(pptx.headers()['content-disposition']).toMatch(
        /^attachment; filename="china-kazakhstan-deck(-[a-z0-9]+)*\.pptx"$/,
      );
      const zip = await JSZip.loadAsync(await pptx.body());
      for (const n of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
        expect(
          await parseError(page, await zip.file(n)!.async('string'), 'application/xml'),
          n,
        ).toBeNull();
      }
      const slideText = async (n: number) =>
        [
          ...(await zip.file(`ppt/slides/slide${n}.xml`)!.async('string')).matchAll(
            /<a:t>([^<]*)<\/a:t>/g,
          ),
        ].map((m) => decodeXml(m[1]!));
      expect((await slideText(1)).slice(0, 2)).toEqual([title, NOTE]);
      expect(await slideText(1)).toContain(title);
      expect((await slideText(2))[0]).toBe(title);
      expect((await slideText(2)).join('\n')).toContain(NOTE);
      const core = await zip.file('docProps/core.xml')!.async('string');
      expect(await parseError(page, core, 'application/xml')).toBeNull();

      const png = await request.get(`/api/deck.zip?${q}`);
      expect(png.status()).toBe(200);
      expect(png.headers()['content-disposition']).toMatch(
        /^attachment; filename="china-kazakhstan-deck(-[a-z0-9]+)*\.zip"$/,
      );
      const images = await JSZip.loadAsync(await png.body());
      expect(Object.keys(images.files)).toEqual([
        '01-title.png',
        `02-${ID}.png`,
        '03-mirror-gap.png',
      ]);
      for (const n of Object.keys(images.files)) {
        expect(pngSize(await images.file(n)!.async('uint8array'))).toEqual({
          width: 1920,
          height: 1080,
        });
      }
    });
  }

  test('is refused at 10 kB or in emoji by the deck routes, and the page says so', async ({
    page,
    request,
  }) => {
    const long = 'Trade grew '.repeat(931);
    for (const [q, parameter, allowed] of [
      [new URLSearchParams({ title: long, c: ID }), 'title', TITLE_ALLOWED],
      [new URLSearchParams({ title: UNDRAWABLE[1]!, c: ID }), 'title', TITLE_ALLOWED],
      [new URLSearchParams({ subtitle: long }), 'subtitle', textAllowed(200)],
      [
        new URLSearchParams({ c: `${ID}?title=${long}` }),
        'c[1]',
        expect.stringContaining('at most 2000 characters'),
      ],
    ] as const) {
      for (const path of ['/api/deck.pptx', '/api/deck.zip']) {
        const r = await request.get(`${path}?${q}`);
        expect(r.status(), `${path} ${parameter}`).toBe(400);
        expect(await r.json()).toEqual({
          error: expect.stringMatching(
            new RegExp(`^${parameter.replace(/[[\]]/g, '\\$&')} is (not valid|too long)$`),
          ),
          parameter,
          allowed,
        });
      }
    }
    await page.goto(`/deck?${new URLSearchParams({ title: long, c: ID })}`);
    await expect(page.getByText('Parameter “title”')).toBeVisible();
    await expect(page.getByTestId('deck-title')).toHaveText(getDataset().title);
    await expect(page.getByTestId('deck-slide')).toHaveCount(1);
  });
});
