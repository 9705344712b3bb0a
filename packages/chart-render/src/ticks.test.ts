import { describe, expect, it } from 'vitest';
import { niceTicks, yearLabels } from './ticks';

/** Digits after the point in JavaScript's shortest form of `x` ("2e-13" → 13, "0.25" → 2). */
function decimalsOf(x: number): number {
  const [mantissa = '', exponent = '0'] = Math.abs(x).toString().split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

/** True for m × 10^k with m one of 1, 2, 2.5, 5, written without binary noise. */
function isNiceStep(step: number): boolean {
  const k = Math.floor(Math.log10(step));
  const m = step / 10 ** k;
  return (
    [1, 2, 2.5, 5, 10].some((n) => Math.abs(m - n) < 1e-9) && decimalsOf(step) <= Math.max(0, 1 - k)
  );
}

/** What every tick set must be: nice, evenly spaced, clean numbers, covering the data. */
function expectGoodTicks(
  min: number,
  max: number,
  includeZero: boolean,
  { ticks, step }: { ticks: number[]; step: number },
) {
  expect(isNiceStep(step), `step ${step}`).toBe(true);
  expect(ticks.length).toBeGreaterThanOrEqual(2);
  for (const t of ticks)
    expect(decimalsOf(t), `${t} has no binary noise`).toBeLessThanOrEqual(decimalsOf(step));
  for (let i = 1; i < ticks.length; i++) {
    expect(ticks[i]! - ticks[i - 1]!).toBeCloseTo(step, 9);
    expect(ticks[i]!).toBeGreaterThan(ticks[i - 1]!);
  }
  if (Number.isFinite(min) && Number.isFinite(max)) {
    const values = [min, max, ...(includeZero ? [0] : [])];
    expect(ticks[0]!).toBeLessThanOrEqual(Math.min(...values));
    expect(ticks.at(-1)!).toBeGreaterThanOrEqual(Math.max(...values));
  }
  if (includeZero) expect(ticks).toContain(0);
}

describe('niceTicks', () => {
  it.each<[string, number, number, number, boolean, number[], number]>([
    ['trade turnover 2000–2024', 0, 43.82, 5, true, [0, 10, 20, 30, 40, 50], 10],
    ['growth, negative and positive', -46.3, 66, 5, true, [-50, -25, 0, 25, 50, 75], 25],
    ['one point', 8.36, 8.36, 5, true, [0, 2, 4, 6, 8, 10], 2],
    ['one point, zero not asked for', 8.36, 8.36, 5, false, [8.2, 8.4, 8.6, 8.8, 9, 9.2, 9.4], 0.2],
    ['all negative, zero included', -10, -3, 5, true, [-10, -8, -6, -4, -2, 0], 2],
    ['all negative, zero not asked for', -10, -3, 5, false, [-10, -8, -6, -4, -2], 2],
    ['flat at zero', 0, 0, 5, true, [0, 0.2, 0.4, 0.6, 0.8, 1], 0.2],
    ['flat positive, zero included', 5, 5, 5, true, [0, 1, 2, 3, 4, 5], 1],
    ['flat positive, zero not asked for', 5, 5, 5, false, [5, 5.2, 5.4, 5.6, 5.8, 6], 0.2],
    ['flat negative', -5, -5, 5, true, [-5, -4, -3, -2, -1, 0], 1],
    [
      'empty input (min and max of no values)',
      Infinity,
      -Infinity,
      5,
      true,
      [0, 0.2, 0.4, 0.6, 0.8, 1],
      0.2,
    ],
    ['NaN (as empty)', NaN, 5, 5, true, [0, 0.2, 0.4, 0.6, 0.8, 1], 0.2],
    ['step 0.1 without noise', 0, 0.3, 5, true, [0, 0.1, 0.2, 0.3], 0.1],
    ['decimals, zero not asked for', 0.1, 0.7, 5, false, [0, 0.2, 0.4, 0.6, 0.8], 0.2],
    ['tiny range', 0, 0.0013, 5, true, [0, 0.0005, 0.001, 0.0015], 0.0005],
    [
      'tiny range off zero',
      0.001,
      0.0017,
      5,
      false,
      [0.001, 0.0012, 0.0014, 0.0016, 0.0018],
      0.0002,
    ],
    ['very tiny range', 0, 1e-12, 5, true, [0, 2e-13, 4e-13, 6e-13, 8e-13, 1e-12], 2e-13],
    ['large range', 0, 1e12, 5, true, [0, 2e11, 4e11, 6e11, 8e11, 1e12], 2e11],
    [
      'narrow range far from zero',
      1e15,
      1e15 + 5,
      5,
      false,
      [1e15, 1e15 + 1, 1e15 + 2, 1e15 + 3, 1e15 + 4, 1e15 + 5],
      1,
    ],
    ['years as values', 1990, 2030, 5, false, [1990, 2000, 2010, 2020, 2030], 10],
    ['more ticks asked for', 0, 100, 10, true, [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 10],
    ['one interval asked for', 0, 100, 1, true, [0, 100], 100],
    ['zero intervals count as one', 0, 100, 0, true, [0, 100], 100],
    ['reversed bounds', 10, 3, 5, false, [2, 4, 6, 8, 10], 2],
    ['reversed bounds, zero included', 10, 3, 5, true, [0, 2, 4, 6, 8, 10], 2],
  ])('%s: [%s, %s]', (_name, min, max, target, includeZero, ticks, step) => {
    const result = niceTicks(min, max, target, includeZero);
    expect(result).toEqual({ ticks, step });
    expectGoodTicks(min, max, includeZero, result);
  });

  it('includes zero by default', () => {
    expect(niceTicks(20, 43.82).ticks[0]).toBe(0);
    expect(niceTicks(20, 43.82, 5, false).ticks[0]).toBe(20);
  });

  it.each([
    [0.7, 1.9],
    [3.21, 3.29],
    [-0.004, 0.009],
    [17.5, 43.82],
    [-123456, 987654],
    [2.2e-7, 9.9e-7],
  ])('gives nice, covering ticks for [%s, %s] with and without zero', (min, max) => {
    for (const includeZero of [true, false]) {
      for (const target of [3, 5, 8]) {
        const result = niceTicks(min, max, target, includeZero);
        expectGoodTicks(min, max, includeZero, result);
        expect(result.ticks.length - 1).toBeLessThanOrEqual(2 * target + 1);
      }
    }
  });
});

describe('yearLabels', () => {
  it.each<[string, number, number, number, number, number, number[]]>([
    ['every year fits', 2000, 2024, 40, 30, 8, Array.from({ length: 25 }, (_, i) => 2000 + i)],
    [
      'every 5 years, the last year added',
      2000,
      2024,
      12,
      30,
      8,
      [2000, 2005, 2010, 2015, 2020, 2024],
    ],
    [
      'every 2 years on even years; 2001 too close to 2002',
      2001,
      2024,
      19,
      30,
      8,
      [2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024],
    ],
    ['both ends added where they fit', 2001, 2019, 12, 30, 8, [2001, 2005, 2010, 2015, 2019]],
    ['neither end fits beside its neighbour', 2003, 2022, 12, 30, 8, [2005, 2010, 2015, 2020]],
    [
      'the first year too close to 2005, the last added',
      2003,
      2024,
      12,
      30,
      8,
      [2005, 2010, 2015, 2020, 2024],
    ],
    ['every 10 years', 2000, 2024, 5, 30, 8, [2000, 2010, 2020]],
    ['the step rounds up past 100 years', 1000, 2000, 0.1, 30, 8, [1200, 1600, 2000]],
    ['one year', 2006, 2006, 40, 30, 8, [2006]],
    ['two years, room for both', 2006, 2007, 40, 30, 8, [2006, 2007]],
    ['two years, room for one', 2006, 2007, 20, 30, 8, [2006]],
    ['no multiple of the step in the span: the first year', 2001, 2009, 5, 30, 8, [2001]],
    ['no width per year: the first year', 2000, 2024, 0, 30, 8, [2000]],
    ['empty span (last before first)', 2024, 2000, 40, 30, 8, []],
  ])('%s', (_name, first, last, pxPerYear, labelPx, minGapPx, expected) => {
    expect(yearLabels(first, last, pxPerYear, labelPx, minGapPx)).toEqual(expected);
  });

  it.each([
    [2000, 2024, 12],
    [2000, 2024, 19],
    [2003, 2024, 7],
    [1991, 2026, 3.3],
    [2000, 2024, 1.6],
    [2006, 2007, 38],
    [1900, 2100, 0.9],
  ])('keeps labels %s–%s at %s px a year a label width plus a gap apart', (first, last, px) => {
    const [labelPx, minGapPx] = [30, 8];
    const years = yearLabels(first, last, px, labelPx, minGapPx);
    expect(years.length).toBeGreaterThan(0);
    for (const y of years) {
      expect(Number.isInteger(y)).toBe(true);
      expect(y).toBeGreaterThanOrEqual(first);
      expect(y).toBeLessThanOrEqual(last);
    }
    for (let i = 1; i < years.length; i++) {
      expect((years[i]! - years[i - 1]!) * px).toBeGreaterThanOrEqual(labelPx + minGapPx - 1e-9);
    }
    // The step is the smallest that fits: the next smaller one would crowd the labels.
    const inner = years.filter((y) => y !== first && y !== last);
    if (inner.length >= 2) {
      const step = inner[1]! - inner[0]!;
      for (const y of inner) expect(y % step).toBe(0);
      const smaller = [1, 2, 5, 10, 20, 25, 50, 100].filter((s) => s < step).at(-1);
      if (smaller !== undefined) expect(smaller * px).toBeLessThan(labelPx + minGapPx);
    }
  });
});
