import { describe, expect, it } from 'vitest';
import { linearScale } from './scale';

type Pair = [number, number];

describe('linearScale', () => {
  it.each<[string, Pair, Pair, number, number]>([
    ['a year on a time axis', [2000, 2025], [0, 1000], 2006.5, 260],
    ['domain start maps to range start', [2000, 2025], [0, 1000], 2000, 0],
    ['domain end maps to range end', [2000, 2025], [0, 1000], 2025, 1000],
    ['a range with an offset', [2000, 2025], [60, 1060], 2010, 460],
    ['a value axis drawn upwards', [0, 50], [400, 0], 10, 320],
    ['zero on a negative-to-positive axis', [-50, 75], [300, 0], 0, 180],
    ['below the domain extrapolates', [2000, 2025], [0, 1000], 1995, -200],
    ['above the domain extrapolates', [2000, 2025], [0, 1000], 2030, 1200],
    ['a reversed domain', [10, 0], [0, 100], 2.5, 75],
    ['a flat domain maps to the range start', [5, 5], [0, 100], 5, 0],
    ['a flat domain maps any value to the range start', [5, 5], [40, 100], 1e6, 40],
    ['an empty range', [0, 10], [100, 100], 7, 100],
    ['NaN stays NaN', [0, 10], [0, 100], NaN, NaN],
  ])('%s', (_name, domain, range, v, expected) => {
    const px = linearScale(domain, range)(v);
    if (Number.isNaN(expected)) expect(px).toBeNaN();
    else expect(px).toBeCloseTo(expected, 9);
  });

  it.each<[string, Pair, Pair, number, number]>([
    ['a pixel back to a year', [2000, 2025], [0, 1000], 260, 2006.5],
    ['a pixel back up a value axis', [0, 50], [400, 0], 320, 10],
    ['a pixel outside the range', [0, 50], [400, 0], 480, -10],
    ['a flat domain inverts to its value', [5, 5], [0, 100], 73, 5],
    ['an empty range inverts to the domain start', [0, 10], [100, 100], 100, 0],
  ])('invert: %s', (_name, domain, range, px, expected) => {
    expect(linearScale(domain, range).invert(px)).toBeCloseTo(expected, 9);
  });

  it.each<[Pair, Pair]>([
    [
      [2000, 2025],
      [0, 1000],
    ],
    [
      [-46.3, 66],
      [430, 12],
    ],
    [
      [0, 1e-6],
      [0, 1],
    ],
  ])('round-trips values through invert on %j → %j', (domain, range) => {
    const s = linearScale(domain, range);
    for (const f of [1 / 3, 0.5, 1]) {
      const v = domain[0] + (domain[1] - domain[0]) * f;
      expect(s.invert(s(v)) / v).toBeCloseTo(1, 12);
    }
  });

  it('keeps its domain and range', () => {
    const s = linearScale([0, 50], [400, 0]);
    expect(s.domain).toEqual([0, 50]);
    expect(s.range).toEqual([400, 0]);
  });
});
