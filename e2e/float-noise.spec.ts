import { chartIds } from '@/lib/charts/registry';
import { findFloatNoise } from '@/lib/export/float-noise';
import { expect, test } from './fixtures';

// Every export a user gets, scanned for binary float noise (5.969999999999999). SVG and HTML
// keep whatever precision their geometry needs: those attributes, scripts and styles are skipped.
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

  for (const path of pages) {
    test(`the page ${path} has no float noise`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      const html = await res.text();
      expect(findFloatNoise(html, { skipGeometry: true }).map((h) => h.context)).toEqual([]);
    });
  }
});
