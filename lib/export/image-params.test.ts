import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IMAGE_LIMITS,
  maxScaleFor,
  parseDownloadParam,
  parseImageParams,
  type ImageParams,
} from './image-params';

const q = (s: string) => new URLSearchParams(s);
const DEFAULT: ImageParams = {
  width: 1920,
  height: 1080,
  scale: 1,
  theme: 'light',
  preset: 'slide-16x9',
  download: true,
};

describe('parseImageParams accepts', () => {
  it.each<[string, string, Partial<ImageParams>]>([
    ['no parameters: the 16:9 slide', '', {}],
    ['a preset', 'preset=og', { width: 1200, height: 630, preset: 'og' }],
    ['4:3 preset', 'preset=slide-4x3', { width: 1600, height: 1200, preset: 'slide-4x3' }],
    [
      'square preset, dark',
      'preset=square&theme=dark',
      { width: 1080, height: 1080, preset: 'square', theme: 'dark' },
    ],
    ['explicit size', 'width=800&height=600', { width: 800, height: 600, preset: null }],
    ['width alone keeps 16:9', 'width=1280', { width: 1280, height: 720, preset: null }],
    [
      'height alone keeps the preset aspect',
      'preset=og&height=420',
      { width: 800, height: 420, preset: null },
    ],
    ['smallest side', 'width=320&height=320', { width: 320, height: 320, preset: null }],
    [
      'largest at scale 1: 16 MP',
      'width=4000&height=4000',
      { width: 4000, height: 4000, preset: null },
    ],
    ['aspect exactly 2', 'width=2000&height=1000', { width: 2000, height: 1000, preset: null }],
    ['aspect exactly 0.5', 'width=1000&height=2000', { width: 1000, height: 2000, preset: null }],
    [
      'scale 4 within 16 MP',
      'width=2000&height=2000&scale=2',
      { width: 2000, height: 2000, scale: 2, preset: null },
    ],
    ['transparent', 'theme=transparent', { theme: 'transparent' }],
    ['inline', 'download=0', { download: false }],
    ['unknown parameters are ignored', 'v=3&utm_source=x', {}],
  ])('%s', (_name, query, expected) => {
    expect(parseImageParams(q(query))).toEqual({ ok: true, value: { ...DEFAULT, ...expected } });
  });
});

describe('parseImageParams rejects', () => {
  it.each<[string, string, string, RegExp]>([
    ['too narrow', 'width=319&height=320', 'width', /320 to 4000/],
    ['too tall', 'width=2000&height=4001', 'height', /320 to 4000/],
    ['zero', 'width=0', 'width', /320 to 4000/],
    ['negative', 'width=-800', 'width', /whole number/],
    ['decimal', 'width=800.5', 'width', /whole number/],
    ['exponent', 'width=1e3', 'width', /whole number/],
    ['hex', 'width=0x400', 'width', /whole number/],
    ['NaN', 'height=NaN', 'height', /whole number/],
    ['empty', 'width=', 'width', /whole number/],
    ['huge', 'width=99999999999999999999', 'width', /whole number/],
    ['aspect above 2', 'width=2001&height=1000', 'width', /aspect ratio/],
    ['aspect below 0.5', 'width=320&height=4000', 'width', /aspect ratio/],
    [
      'lone height too small for the preset aspect',
      'height=320&preset=square&width=4000',
      'width',
      /aspect ratio/,
    ],
    ['lone width gives a height out of range', 'width=320&preset=og', 'height', /derived/],
    ['pixels after scale', 'width=4000&height=4000&scale=2', 'scale', /16 MP/],
    [
      'scale 3 at the default size names the largest that fits',
      'scale=3',
      'scale',
      /at 1920×1080 px the largest scale is 2/,
    ],
    ['scale 0', 'scale=0', 'scale', /scale is not valid/],
    ['scale 5', 'scale=5', 'scale', /scale is not valid/],
    ['fractional scale', 'scale=1.5', 'scale', /scale is not valid/],
    ['unknown theme', 'theme=neon', 'theme', /theme is not valid/],
    ['unknown preset', 'preset=a4', 'preset', /preset is not valid/],
    ['repeated key', 'width=800&width=900&height=600', 'width', /at most once/],
    ['bad download', 'download=yes', 'download', /download is not valid/],
  ])('%s', (_name, query, parameter, message) => {
    const r = parseImageParams(q(query));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.parameter).toBe(parameter);
    expect(r.error.error).toMatch(message);
    expect(r.error.allowed).not.toBe('');
  });
});

describe('parseImageParams on any input', () => {
  it('never throws, stays in bounds, and never echoes the input', () => {
    const marker = fc.constantFrom('<script>', '../', 'zz9q', '%00', '\u202e');
    const value = fc.oneof(
      fc.integer({ min: -5, max: 9000 }).map(String),
      fc.string(),
      fc.constantFrom('NaN', 'Infinity', '1e3', '0x10', ' 800', '800 ', '+800'),
      marker,
    );
    const key = fc.constantFrom('width', 'height', 'scale', 'theme', 'preset', 'download', 'other');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 6 }), marker, (pairs, m) => {
        const params = new URLSearchParams(pairs.map(([k, v]) => [k, `${v}${m}`]));
        const r = parseImageParams(params);
        if (r.ok) {
          const { width, height, scale } = r.value;
          const L = IMAGE_LIMITS;
          expect(width).toBeGreaterThanOrEqual(L.minSidePx);
          expect(height).toBeLessThanOrEqual(L.maxSidePx);
          expect(width * height * scale * scale).toBeLessThanOrEqual(L.maxPixels);
        } else {
          expect(JSON.stringify(r.error)).not.toContain(m);
        }
      }),
      { seed: 4, numRuns: 2000 },
    );
  });
});

describe('parseDownloadParam', () => {
  it.each<[string, string, boolean | null]>([
    ['absent → attachment', '', true],
    ['1', 'download=1', true],
    ['0', 'download=0', false],
    ['bad', 'download=true', null],
    ['repeated', 'download=0&download=1', null],
  ])('%s', (_name, query, expected) => {
    const r = parseDownloadParam(q(query));
    if (expected === null) expect(r.ok).toBe(false);
    else expect(r).toEqual({ ok: true, value: expected });
  });
});

describe('maxScaleFor', () => {
  it.each([
    ['the default 1920×1080 → 2', 1920, 1080, 2],
    ['og 1200×630 → 4', 1200, 630, 4],
    ['1000×1000 → 4 (16 MP exactly)', 1000, 1000, 4],
    ['2000×2000 → 2 (16 MP exactly)', 2000, 2000, 2],
    ['the largest, 4000×4000 → 1', 4000, 4000, 1],
    ['the smallest, 320×320 → 4', 320, 320, 4],
  ])('%s', (_name, width, height, expected) => {
    expect(maxScaleFor(width, height)).toBe(expected);
    const ok = parseImageParams(q(`width=${width}&height=${height}&scale=${expected}`));
    expect(ok.ok).toBe(true);
    if (expected < IMAGE_LIMITS.maxScale) {
      const refused = parseImageParams(q(`width=${width}&height=${height}&scale=${expected + 1}`));
      expect(refused.ok).toBe(false);
    }
  });

  it('is what the README says scale is', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    expect(readme).toContain(
      `\`scale\` (${IMAGE_LIMITS.minScale}–${IMAGE_LIMITS.maxScale}, within width × height × scale² ≤ ${IMAGE_LIMITS.maxPixels / 1e6} MP: at most ${maxScaleFor(1920, 1080)} at the default 1920×1080)`,
    );
  });
});
