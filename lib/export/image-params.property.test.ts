import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IMAGE_LIMITS as L,
  IMAGE_PRESETS,
  IMAGE_PRESET_IDS,
  IMAGE_THEMES,
  parseImageParams,
} from './image-params';

const side = fc.integer({ min: 0, max: 5000 });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const query = fc.record({
  width: maybe(side),
  height: maybe(side),
  scale: maybe(fc.integer({ min: 0, max: 5 })),
  preset: maybe(fc.constantFrom(...IMAGE_PRESET_IDS)),
  theme: maybe(fc.constantFrom(...IMAGE_THEMES)),
  download: maybe(fc.constantFrom('0', '1')),
});
type Query = typeof query extends fc.Arbitrary<infer Q> ? Q : never;

const toParams = (q: Partial<Query>) =>
  new URLSearchParams(
    Object.entries(q).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  );

describe('parseImageParams on in-range and out-of-range numbers', () => {
  it('only accepts images within every bound, honouring each given value', () => {
    fc.assert(
      fc.property(query, (q) => {
        const r = parseImageParams(toParams(q));
        if (!r.ok) {
          expect(['width', 'height', 'scale']).toContain(r.error.parameter);
          expect(r.error.allowed).not.toBe('');
          return;
        }
        const { width, height, scale } = r.value;
        for (const s of [width, height]) {
          expect(Number.isInteger(s)).toBe(true);
          expect(s).toBeGreaterThanOrEqual(L.minSidePx);
          expect(s).toBeLessThanOrEqual(L.maxSidePx);
        }
        expect(width / height).toBeGreaterThanOrEqual(L.minAspect);
        expect(width / height).toBeLessThanOrEqual(L.maxAspect);
        expect(width * height * scale * scale).toBeLessThanOrEqual(L.maxPixels);
        if (q.width !== undefined) expect(width).toBe(q.width);
        if (q.height !== undefined) expect(height).toBe(q.height);
        expect(scale).toBe(q.scale ?? 1);
        expect(r.value.theme).toBe(q.theme ?? 'light');
        expect(r.value.download).toBe(q.download !== '0');
        const custom = q.width !== undefined || q.height !== undefined;
        expect(r.value.preset).toBe(custom ? null : (q.preset ?? 'slide-16x9'));
      }),
      { seed: 81, numRuns: 5000 },
    );
  });

  it('accepts every explicit size within the bounds (no silent clamp, no false refusal)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: L.minSidePx, max: L.maxSidePx }),
        fc.integer({ min: L.minSidePx, max: L.maxSidePx }),
        fc.integer({ min: L.minScale, max: L.maxScale }),
        (width, height, scale) => {
          const within =
            width / height >= L.minAspect &&
            width / height <= L.maxAspect &&
            width * height * scale * scale <= L.maxPixels;
          const r = parseImageParams(toParams({ width, height, scale }));
          expect(r.ok).toBe(within);
          if (r.ok)
            expect([r.value.width, r.value.height, r.value.scale]).toEqual([width, height, scale]);
        },
      ),
      { seed: 82, numRuns: 5000 },
    );
  });

  it("derives a lone side from the preset's aspect ratio, to the nearest px", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IMAGE_PRESET_IDS),
        fc.constantFrom('width', 'height'),
        fc.integer({ min: L.minSidePx, max: L.maxSidePx }),
        (preset, name, v) => {
          const r = parseImageParams(new URLSearchParams({ preset, [name]: String(v) }));
          if (!r.ok) return;
          const { width, height } = IMAGE_PRESETS[preset];
          if (name === 'width') expect(r.value.height).toBe(Math.round((v * height) / width));
          else expect(r.value.width).toBe(Math.round((v * width) / height));
        },
      ),
      { seed: 83, numRuns: 2000 },
    );
  });

  it('ignores parameter order and unknown parameters', () => {
    fc.assert(
      fc.property(
        query,
        fc.array(fc.tuple(fc.constantFrom('v', 'utm_source', 'x'), fc.string()), { maxLength: 3 }),
        fc.integer(),
        (q, extra, seed) => {
          const pairs = [...toParams(q), ...extra];
          // A seeded shuffle: same input, same order.
          const shuffled = pairs
            .map((p, i) => ({ p, k: Math.sin(seed + i) }))
            .sort((a, b) => a.k - b.k)
            .map(({ p }) => p);
          expect(parseImageParams(new URLSearchParams(shuffled))).toEqual(
            parseImageParams(toParams(q)),
          );
        },
      ),
      { seed: 84, numRuns: 2000 },
    );
  });

  it('refuses any side not written as plain digits, whatever number it might coerce to', () => {
    const spelled = fc
      .tuple(fc.integer({ min: L.minSidePx, max: L.maxSidePx }), fc.integer({ min: 0, max: 7 }))
      .map(
        ([n, how]) =>
          [
            `+${n}`,
            ` ${n}`,
            `${n} `,
            `${n}.0`,
            `${n / 1000}e3`,
            `0x${n.toString(16)}`,
            `${n}px`,
            `１${n}`,
          ][how]!,
      );
    fc.assert(
      fc.property(spelled, fc.constantFrom('width', 'height'), (v, name) => {
        const r = parseImageParams(new URLSearchParams({ [name]: v }));
        expect(r.ok).toBe(false);
      }),
      { seed: 85, numRuns: 2000 },
    );
  });
});
