import { describe, expect, it } from 'vitest';
import { annualiseHalfYearNaive, annualiseHalfYearSeasonal, firstHalfShare } from './annualise';
import { impliedPrior } from './growth';

/** Compares to 4 decimals, and nulls exactly. */
function expectClose(actual: number | null, expected: number | null) {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 4);
}

describe('firstHalfShare', () => {
  it.each<[string, number, number, number | null]>([
    ['H1 2006 implied (3.722) of 2006 (8.36)', 3.722, 8.36, 0.4452],
    ['H1 2007 (5.97) of 2007 (13.8)', 5.97, 13.8, 0.4326],
    ['an even split', 4.18, 8.36, 0.5],
    ['the whole year in H1', 8.36, 8.36, 1],
    ['zero first half', 0, 8.36, 0],
    ['zero full year (zero denominator)', 3.722, 0, null],
    ['negative full year', 3.722, -8.36, null],
    ['half larger than year', 9, 8.36, null],
    ['negative half', -1, 8.36, null],
    ['NaN half', NaN, 8.36, null],
    ['infinite year', 3.722, Infinity, null],
  ])('%s', (_name, h1, fullYear, expected) => {
    expectClose(firstHalfShare(h1, fullYear), expected);
  });

  it('uses the exact implied H1 2006 from the seed', () => {
    const h1of2006 = impliedPrior(5.97, 60.4) as number;
    expectClose(firstHalfShare(h1of2006, 8.36), 0.445209);
  });
});

describe('annualiseHalfYearNaive', () => {
  it.each<[string, number, number]>([
    ['H1 2007', 5.97, 11.94],
    ['zero', 0, 0],
    ['H1 2006 implied', 3.722, 7.444],
  ])('%s', (_name, h1, expected) => {
    expectClose(annualiseHalfYearNaive(h1), expected);
  });
});

describe('annualiseHalfYearSeasonal', () => {
  it.each<[string, number, number, number | null]>([
    ['H1 2007 with 2006 share', 5.97, 0.4452, 13.4097],
    ['an even split equals naive', 5.97, 0.5, 11.94],
    ['share of 1 returns the half', 5.97, 1, 5.97],
    ['zero half', 0, 0.4452, 0],
    ['zero share (zero denominator)', 5.97, 0, null],
    ['negative share', 5.97, -0.4, null],
    ['share above 1', 5.97, 1.2, null],
    ['NaN share', 5.97, NaN, null],
    ['infinite half', Infinity, 0.4452, null],
  ])('%s', (_name, h1, share, expected) => {
    expectClose(annualiseHalfYearSeasonal(h1, share), expected);
  });

  it('with the exact 2006 share equals 8.36 × 1.604', () => {
    const share = firstHalfShare(impliedPrior(5.97, 60.4) as number, 8.36) as number;
    expectClose(annualiseHalfYearSeasonal(5.97, share), 8.36 * 1.604);
  });
});
