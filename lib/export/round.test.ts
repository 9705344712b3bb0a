import { describe, expect, it } from 'vitest';
import { EXPORT_PRECISION_RULE, roundChartValue, roundLevel, roundPct, roundTo } from './round';

describe('roundTo', () => {
  it.each<[string, number | null, number, number | null]>([
    ['binary noise of a difference', 28.5 - 22.53, 6, 5.97],
    ['binary noise of a sum', 0.1 + 0.2, 6, 0.3],
    ['half away from zero', 1.005, 2, 1.01],
    ['negative half away from zero', -1.005, 2, -1.01],
    ['negative noise', 43.82 - 44, 6, -0.18],
    ['a tiny negative rounds to 0, not −0', -1e-9, 6, 0],
    ['a sourced figure with 6 decimals is unchanged', 0.625783, 6, 0.625783],
    ['integers stay', 17, 2, 17],
    ['zero decimals', 13.4094, 0, 13],
    ['null', null, 2, null],
    ['NaN', NaN, 2, null],
    ['Infinity', Infinity, 2, null],
  ])('%s', (_name, x, decimals, expected) => {
    expect(roundTo(x, decimals)).toBe(expected);
  });
});

describe('roundLevel and roundPct', () => {
  it.each<[string, number, number]>([
    ['2013 balance, Kazakh figures', 14.334 - 8.193, 6.141],
    ['2005 implied by +22.8%', 8.36 / 1.228, 6.807818],
  ])('roundLevel: %s', (_name, x, expected) => expect(roundLevel(x)).toBe(expected));

  it.each<[string, number, number]>([
    ['2013 mirror gap, % of the Kazakh figure', 26.498002663115837, 26.5],
    ['2006 growth computed from levels', 22.94117647058822, 22.94],
  ])('roundPct: %s', (_name, x, expected) => expect(roundPct(x)).toBe(expected));

  it('states the rule in the words the README uses', () => {
    expect(EXPORT_PRECISION_RULE).toMatch(/6 decimals.*percentages to 2 decimals/);
  });
});

describe('roundChartValue', () => {
  it.each<[string, number | null, Parameters<typeof roundChartValue>[1], number | null]>([
    ['2013 mirror gap, US$ bn', 28.5 - 22.53, 'usd-bn', 5.97],
    ['a growth rate in percent', 22.94117647058822, 'pct', 22.94],
    ['a level in Mt keeps 6 decimals', 0.625783, 'mt', 0.625783],
    ['a gap stays a gap', null, 'mt-per-year', null],
  ])('%s', (_name, x, format, expected) => expect(roundChartValue(x, format)).toBe(expected));
});
