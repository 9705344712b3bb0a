import { describe, expect, it } from 'vitest';
import { cagrPct, impliedPrior, requiredGrowthPct, variance, yoyGrowthPct } from './growth';

/** Compares to 6 decimals, and nulls exactly. */
function expectClose(actual: number | null, expected: number | null) {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 6);
}

describe('yoyGrowthPct', () => {
  it.each<[string, number, number, number | null]>([
    ['2006 vs 2005 (seed states +22.8%)', 8.36, 6.8, 22.941176],
    ['2007 vs 2006 (VOA states +66%)', 13.8, 8.36, 65.07177],
    ['fall: 2009 KZ vs 2008 KZ', 9.4, 17.5, -46.285714],
    ['no change', 8.36, 8.36, 0],
    ['current zero', 0, 6.8, -100],
    ['zero denominator', 8.36, 0, null],
    ['negative prior', 8.36, -6.8, null],
    ['NaN current', NaN, 6.8, null],
    ['infinite prior', 8.36, Infinity, null],
    ['infinite current', Infinity, 6.8, null],
  ])('%s', (_name, current, prior, expected) => {
    expectClose(yoyGrowthPct(current, prior), expected);
  });
});

describe('impliedPrior', () => {
  it.each<[string, number, number, number | null]>([
    ['2005 implied by 2006 (8.36, +22.8%)', 8.36, 22.8, 6.807818],
    ['H1 2006 implied by H1 2007 (5.97, +60.4%)', 5.97, 60.4, 3.721945],
    ['2015 implied by 2016 CN (13.1, −8.4%)', 13.1, -8.4, 14.30131],
    ['zero growth', 8.36, 0, 8.36],
    ['zero level', 0, 22.8, 0],
    ['growth of exactly −100% (zero denominator)', 8.36, -100, null],
    ['growth below −100%', 8.36, -150, null],
    ['NaN growth', 8.36, NaN, null],
    ['infinite level', Infinity, 22.8, null],
  ])('%s', (_name, level, pct, expected) => {
    expectClose(impliedPrior(level, pct), expected);
  });

  it.each<[string, number, number]>([
    ['2006', 8.36, 22.8],
    ['H1 2007', 5.97, 60.4],
  ])('round-trips through yoyGrowthPct: %s', (_name, level, pct) => {
    expectClose(yoyGrowthPct(level, impliedPrior(level, pct) as number), pct);
  });
});

describe('cagrPct', () => {
  it.each<[string, number, number, number, number | null]>([
    ['2000 → 2006 (1.5 → 8.36)', 1.5, 8.36, 6, 33.153474],
    ['2000 → 2024 (1.5 → 43.82)', 1.5, 43.82, 24, 15.097497],
    ['one year equals yoy', 6.8, 8.36, 1, 22.941176],
    ['fractional years (H1 2007 → 2008)', 5.97, 17.5, 1.5, 104.821627],
    ['decline', 17.5, 9.4, 1, -46.285714],
    ['flat', 8.36, 8.36, 5, 0],
    ['end zero', 8.36, 0, 2, -100],
    ['zero years (zero denominator)', 6.8, 8.36, 0, null],
    ['negative years', 6.8, 8.36, -1, null],
    ['start zero', 0, 8.36, 2, null],
    ['negative end', 6.8, -1, 2, null],
    ['NaN years', 6.8, 8.36, NaN, null],
    ['infinite end', 6.8, Infinity, 2, null],
  ])('%s', (_name, start, end, years, expected) => {
    expectClose(cagrPct(start, end, years), expected);
  });
});

describe('requiredGrowthPct', () => {
  it.each<[string, number, number, number, number | null]>([
    ['2006 level to $12bn in 2008', 8.36, 12, 2, 19.80846],
    ['2024 level to $100bn in 6 years', 43.82, 100, 6, 14.741698],
    ['target already below current', 41, 35, 7, -2.234989],
    ['zero years', 8.36, 12, 0, null],
    ['zero current', 0, 12, 2, null],
    ['NaN target', 8.36, NaN, 2, null],
  ])('%s', (_name, current, target, years, expected) => {
    expectClose(requiredGrowthPct(current, target, years), expected);
  });
});

describe('variance', () => {
  it.each<[string, number, number, number, number | null]>([
    ['2008 KZ 17.5 vs Nazarbayev $12bn', 17.5, 12, 5.5, 45.833333],
    ['2010 CN 20.4 vs Masimov $15bn', 20.4, 15, 5.4, 36],
    ['short of target', 13.1, 40, -26.9, -67.25],
    ['exact', 12, 12, 0, 0],
    ['zero projected (zero denominator)', 5, 0, 5, null],
    ['negative projected', 5, -1, 6, null],
  ])('%s', (_name, actual, projected, absolute, pct) => {
    const v = variance(actual, projected);
    expect(v.absolute).toBeCloseTo(absolute, 9);
    expectClose(v.pct, pct);
  });
});
