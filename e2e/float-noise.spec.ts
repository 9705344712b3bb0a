import JSZip from 'jszip';
import { chartIds } from '@/lib/charts/registry';
import { findFloatNoise } from '@/lib/export/float-noise';
import { expect, test } from './fixtures';

// Every export a user gets, scanned for binary float noise (5.969999999999999). SVG and HTML
// keep whatever precision their geometry needs: those attributes, scripts and styles are skipped.
// A PPTX is scanned part by part, the chart XML and the sheets inside its embedded workbooks too.
const data = ['/api/data.csv', '/api/data.json', '/api/charts'];
const perChart = chartIds.flatMap(
  (id) =>
    [
      [`/api/charts/${id}/csv`, false],
      [`/api/charts/${id}/svg`, true],
      [`/embed/${id}`, true],
      [`/charts/${id}`, true],
    ] as const,
);
const decks = [...chartIds.map((id) => `/api/charts/${id}/pptx`), '/api/deck.pptx'];
const pages = [
  '/',
  '/trade',
  '/energy',
  '/events',
  '/projections',
  '/sources',
  '/sources/conflicts',
  '/charts',
];

test.describe('float noise', () => {
  for (const path of data) {
    test(`${path} has no float noise`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      expect(findFloatNoise(await res.text()).map((h) => h.context)).toEqual([]);
    });
  }

  for (const [path, skipGeometry] of perChart) {
    test(`${path} has no float noise`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      expect(findFloatNoise(await res.text(), { skipGeometry }).map((h) => h.context)).toEqual([]);
    });
  }

  for (const path of decks) {
    test(`${path} has no float noise in any part or embedded sheet`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      const hits = await pptxNoise(await res.body());
      expect(hits).toEqual([]);
    });
  }

  for (const path of pages) {
    test(`the page ${path} has no float noise`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      const html = await res.text();
      expect(findFloatNoise(html, { skipGeometry: true }).map((h) => h.context)).toEqual([]);
    });
  }
});

/** Every float-noise hit in the XML parts of a PPTX and of the workbooks embedded in it. */
async function pptxNoise(bytes: Uint8Array, prefix = ''): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const hits: string[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    if (name.endsWith('.xlsx')) {
      hits.push(...(await pptxNoise(await file.async('uint8array'), `${name}!`)));
    } else if (name.endsWith('.xml')) {
      for (const h of findFloatNoise(await file.async('string'))) {
        hits.push(`${prefix}${name}: ${h.context}`);
      }
    }
  }
  return hits;
}
