import { describe, expect, it } from 'vitest';
import type { Qualifier } from '@/data/types';
import {
  CONSISTENCY_RULE,
  checkStatedGrowth,
  decimalsOf,
  intervalsOverlap,
  roundingInterval,
  valueBounds,
  type StatedGrowthCheck,
} from './consistency';

describe('decimalsOf', () => {
  it.each<[string, number, number]>([
    ['13.8', 13.8, 1],
    ['8.36', 8.36, 2],
    ['integer', 18, 0],
    ['implied prior, long', 6.8078, 4],
    ['zero', 0, 0],
    ['negative', -8.4, 1],
    ['exponent notation', 1e-7, 7],
    ['exponent notation with fraction', 1.5e-7, 8],
    ['large exponent', 1.23e21, 0],
    ['float noise counts (shortest repr)', 0.1 + 0.2, 17],
    ['NaN', NaN, 0],
    ['Infinity', Infinity, 0],
  ])('%s', (_name, x, expected) => {
    expect(decimalsOf(x)).toBe(expected);
  });
});

describe('valueBounds', () => {
  it.each<[string, number, Qualifier | undefined, [number, number]]>([
    ['exact: its rounding interval', 13.8, undefined, [13.75, 13.85]],
    ['more than 10.8 (Mt, 2015)', 10.8, 'more-than', [10.8, Infinity]],
    ['more than, negative', -3, 'more-than', [-Infinity, -3]],
    ['about 31.5 (bcm, 2015)', 31.5, 'about', [28.35, 34.65]],
    ['almost 2 (US$bn, 2002)', 2, 'almost', [1.8, 2]],
    ['nearly 14.5 (US$bn, 2019)', 14.5, 'nearly', [13.05, 14.5]],
    ['almost, negative: ends swapped', -25, 'almost', [-25, -22.5]],
    ['zero', 0, 'about', [0, 0]],
    ['NaN', NaN, 'about', [NaN, NaN]],
  ])('%s', (_name, x, qualifier, expected) => {
    expect(valueBounds(x, qualifier)).toEqual(expected);
  });
});

describe('intervalsOverlap', () => {
  it.each<[string, [number, number], [number, number], boolean]>([
    ['touching ends (2013: 28.5 and 28.6)', [28.45, 28.55], [28.55, 28.65], true],
    ['apart (2006 crude: 1.7 and 1.76)', [1.65, 1.75], [1.755, 1.765], false],
    ['inside', [17.5, 18.5], [17.95, 18.05], true],
    ['unbounded', [20, Infinity], [20.35, 20.45], true],
    ['one point each, equal', [1, 1], [1, 1], true],
  ])('%s', (_name, a, b, expected) => {
    expect(intervalsOverlap(a, b)).toBe(expected);
    expect(intervalsOverlap(b, a)).toBe(expected);
  });
});

describe('roundingInterval', () => {
  it.each<[string, number, number | undefined, [number, number]]>([
    ['13.8', 13.8, undefined, [13.75, 13.85]],
    ['8.36', 8.36, undefined, [8.355, 8.365]],
    ['integer', 18, undefined, [17.5, 18.5]],
    ['stated rate', 66, undefined, [65.5, 66.5]],
    ['negative rate', -8.4, undefined, [-8.45, -8.35]],
    ['zero', 0, undefined, [-0.5, 0.5]],
    ['explicit decimals', 8.36, 1, [8.31, 8.41]],
    ['explicit zero decimals', 13.8, 0, [13.3, 14.3]],
    ['rounded to tens', 100, -1, [95, 105]],
  ])('%s', (_name, x, decimals, expected) => {
    expect(roundingInterval(x, decimals)).toEqual(expected);
  });

  it('passes NaN through', () => {
    expect(roundingInterval(NaN)).toEqual([NaN, NaN]);
  });
});

type Expected = Omit<StatedGrowthCheck, 'impliedRangePct'> & {
  impliedRangePct: [number, number] | null;
};
type Args = Parameters<typeof checkStatedGrowth>[0];

describe('checkStatedGrowth', () => {
  // Ranges worked by hand: [min current / max prior − 1, max current / min prior − 1] × 100.
  it.each<[string, Args, Expected]>([
    [
      '2006 +22.8% vs 8.36 and 6.8 (seed)',
      { current: 8.36, prior: 6.8, statedPct: 22.8 },
      {
        computedPct: 22.941176,
        differencePp: 0.141176,
        impliedRangePct: [21.970803, 23.925926],
        consistent: true,
      },
    ],
    [
      '2007 +66% vs 13.8 and 8.36',
      { current: 13.8, prior: 8.36, statedPct: 66 },
      {
        computedPct: 65.07177,
        differencePp: -0.92823,
        impliedRangePct: [64.375374, 65.769001],
        consistent: true,
      },
    ],
    [
      '2022 CN +23.6% vs 31.2 and 25',
      { current: 31.2, prior: 25, statedPct: 23.6 },
      {
        computedPct: 24.8,
        differencePp: 1.2,
        impliedRangePct: [22.156863, 27.55102],
        consistent: true,
      },
    ],
    [
      '2022 KZ +34.1% vs 24.1 and 18',
      { current: 24.1, prior: 18, statedPct: 34.1 },
      {
        computedPct: 33.888889,
        differencePp: -0.211111,
        impliedRangePct: [30, 38],
        consistent: true,
      },
    ],
    [
      '2023 CN +32% vs 41 and 31.2',
      { current: 41, prior: 31.2, statedPct: 32 },
      {
        computedPct: 31.410256,
        differencePp: -0.589744,
        impliedRangePct: [29.6, 33.226324],
        consistent: true,
      },
    ],
    [
      'made-up contradiction: 10 vs 5 stated +20%',
      { current: 10, prior: 5, statedPct: 20 },
      {
        computedPct: 100,
        differencePp: 80,
        impliedRangePct: [72.727273, 133.333333],
        consistent: false,
      },
    ],
    [
      'mixed statistics: 2013 CN 28.5 +11.3% vs 2012 24',
      { current: 28.5, prior: 24, statedPct: 11.3 },
      {
        computedPct: 18.75,
        differencePp: 7.45,
        impliedRangePct: [16.122449, 21.489362],
        consistent: false,
      },
    ],
    [
      'made-up decline: 9.4 vs 17.5 stated −46.3%',
      { current: 9.4, prior: 17.5, statedPct: -46.3 },
      {
        computedPct: -46.285714,
        differencePp: 0.014286,
        impliedRangePct: [-46.723647, -45.845272],
        consistent: true,
      },
    ],
    [
      'more-than, consistent: 11.2 vs 10 "over 12%"',
      { current: 11.2, prior: 10, statedPct: 12, qualifier: 'more-than' },
      {
        computedPct: 12,
        differencePp: 0,
        impliedRangePct: [6.190476, 18.421053],
        consistent: true,
      },
    ],
    [
      'more-than, inconsistent: 10.5 vs 10 "over 12%"',
      { current: 10.5, prior: 10, statedPct: 12, qualifier: 'more-than' },
      {
        computedPct: 5,
        differencePp: -7,
        impliedRangePct: [-0.47619, 11.052632],
        consistent: false,
      },
    ],
    [
      'more-than, mixed statistics: 2012 24 "over 12%" vs 2011 25',
      { current: 24, prior: 25, statedPct: 12, qualifier: 'more-than' },
      { computedPct: -4, differencePp: -16, impliedRangePct: [-7.843137, 0], consistent: false },
    ],
    [
      'zero prior (zero denominator)',
      { current: 8.36, prior: 0, statedPct: 22.8 },
      { computedPct: null, differencePp: null, impliedRangePct: null, consistent: null },
    ],
    [
      'negative prior',
      { current: 8.36, prior: -6.8, statedPct: 22.8 },
      { computedPct: null, differencePp: null, impliedRangePct: null, consistent: null },
    ],
    [
      'NaN stated rate',
      { current: 8.36, prior: 6.8, statedPct: NaN },
      { computedPct: null, differencePp: null, impliedRangePct: null, consistent: null },
    ],
    [
      'infinite current',
      { current: Infinity, prior: 6.8, statedPct: 22.8 },
      { computedPct: null, differencePp: null, impliedRangePct: null, consistent: null },
    ],
    [
      'KZ 2010 "+45%" (20.3) against KZ 2009 9.4: the two Kazakh sources contradict',
      { current: 20.3, prior: 9.4, statedPct: 45 },
      {
        computedPct: 115.957447,
        differencePp: 70.957447,
        impliedRangePct: [114.285714, 117.647059],
        consistent: false,
      },
    ],
    [
      '"nearly 14.5" in 2019, "+23%", against 12 (2018)',
      { current: 14.5, prior: 12, statedPct: 23, currentQualifier: 'nearly' },
      {
        computedPct: 20.833333,
        differencePp: -2.166667,
        impliedRangePct: [4.4, 26.086957],
        consistent: true,
      },
    ],
    [
      '"exceeded 31" in 2022, "+23.6%", against 25 (2021): unbounded above',
      { current: 31, prior: 25, statedPct: 23.6, currentQualifier: 'more-than' },
      {
        computedPct: 24,
        differencePp: 0.4,
        impliedRangePct: [21.568627, Infinity],
        consistent: true,
      },
    ],
    [
      'a "more than" prior has no upper end: the lowest growth is −100%',
      { current: 20, prior: 10, statedPct: 50, priorQualifier: 'more-than' },
      { computedPct: 100, differencePp: 50, impliedRangePct: [-100, 105], consistent: true },
    ],
    [
      '"almost a quarter" lower (2014 17.2) against 28.6: too steep a fall',
      { current: 17.2, prior: 28.6, statedPct: -25, qualifier: 'almost' },
      {
        computedPct: -39.86014,
        differencePp: -14.86014,
        impliedRangePct: [-40.139616, -39.579685],
        consistent: false,
      },
    ],
    [
      '"almost a quarter" lower (2014 17.2) against 22.53: within the word',
      { current: 17.2, prior: 22.53, statedPct: -25, qualifier: 'almost' },
      {
        computedPct: -23.657346,
        differencePp: 1.342654,
        impliedRangePct: [-23.896162, -23.418424],
        consistent: true,
      },
    ],
  ])('%s', (_name, args, expected) => {
    const result = checkStatedGrowth(args);
    expect(result.consistent).toBe(expected.consistent);
    for (const key of ['computedPct', 'differencePp'] as const) {
      if (expected[key] === null) expect(result[key]).toBeNull();
      else expect(result[key]).toBeCloseTo(expected[key], 5);
    }
    if (expected.impliedRangePct === null) expect(result.impliedRangePct).toBeNull();
    else {
      expect(result.impliedRangePct?.[0]).toBeCloseTo(expected.impliedRangePct[0], 5);
      expect(result.impliedRangePct?.[1]).toBeCloseTo(expected.impliedRangePct[1], 5);
    }
  });

  it('describes the rule in two sentences: rounding, then bounded levels', () => {
    expect(CONSISTENCY_RULE).toMatch(/^[^.]*round[^.]*\. A bounded level[^.]*\.$/);
  });
});
