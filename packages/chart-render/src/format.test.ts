import { describe, expect, it } from 'vitest';
import {
  DISPLAY_DECIMALS,
  formatTick,
  formatValue,
  ownDecimals,
  roundForDisplay,
  type FormatOptions,
} from './format';
import type { ValueFormat } from './spec';

const MINUS = '\u2212';

describe('formatValue in every format', () => {
  // `satisfies` makes a new ValueFormat a type error here until it has its rows.
  const rows = {
    'usd-bn': ['$8.36bn', '−$46.3bn', '$1,833.46bn', '$0bn'],
    pct: ['+8.4%', '−46.3%', '+1,833.5%', '0%'],
    mt: ['8.36 Mt', '−46.3 Mt', '1,833.46 Mt', '0 Mt'],
    'mt-per-year': ['8.36 Mt/yr', '−46.3 Mt/yr', '1,833.46 Mt/yr', '0 Mt/yr'],
    bcm: ['8.36 bcm', '−46.3 bcm', '1,833.46 bcm', '0 bcm'],
    'bcm-per-year': ['8.36 bcm/yr', '−46.3 bcm/yr', '1,833.46 bcm/yr', '0 bcm/yr'],
  } satisfies Record<ValueFormat, [string, string, string, string]>;

  it('has a row for every format the engine rounds', () => {
    expect(Object.keys(rows).sort()).toEqual(Object.keys(DISPLAY_DECIMALS).sort());
  });

  it.each(Object.entries(rows) as [ValueFormat, string[]][])(
    '%s: 8.36, −46.3, 1833.456, 0',
    (format, expected) => {
      expect([8.36, -46.3, 1833.456, 0].map((v) => formatValue(v, format))).toEqual(expected);
    },
  );
});

describe('formatValue', () => {
  it.each<[string, number, ValueFormat, FormatOptions, string]>([
    ['trade value (seed: $8.36bn in 2006)', 8.36, 'usd-bn', {}, '$8.36bn'],
    ['own decimals, fewer than the cap', 17.5, 'usd-bn', {}, '$17.5bn'],
    ['integer', 5, 'usd-bn', {}, '$5bn'],
    ['binary noise is not shown', 5.969999999999999, 'usd-bn', {}, '$5.97bn'],
    ['computed prior rounded to 2 places', 6.807817589576547, 'usd-bn', {}, '$6.81bn'],
    ['pct rounded to 1 place', 6.807817589576547, 'pct', {}, '+6.8%'],
    ['pct of 5.97 rounds up to a whole number', 5.969999999999999, 'pct', {}, '+6%'],
    ['0.1 + 0.2', 0.1 + 0.2, 'usd-bn', {}, '$0.3bn'],
    ['grouping of thousands', 1833, 'mt', {}, '1,833 Mt'],
    ['grouping of millions', 1234567.891, 'usd-bn', {}, '$1,234,567.89bn'],
    ['no grouping below 1,000', 999, 'usd-bn', {}, '$999bn'],
    ['rounding carries into a new group', 999.995, 'usd-bn', {}, '$1,000bn'],
    ['negative: true minus before the $', -46.3, 'usd-bn', {}, '−$46.3bn'],
    ['negative pct', -46.3, 'pct', {}, '−46.3%'],
    ['negative with grouping', -1234.5, 'bcm', {}, '−1,234.5 bcm'],
    ['positive pct is signed by default (a change)', 22.8, 'pct', {}, '+22.8%'],
    ['pct sign can be turned off', 22.8, 'pct', { sign: false }, '22.8%'],
    ['usd-bn is unsigned by default', 5.5, 'usd-bn', {}, '$5.5bn'],
    ['usd-bn sign asked for', 5.5, 'usd-bn', { sign: true }, '+$5.5bn'],
    ['a sign never doubles a minus', -5.5, 'usd-bn', { sign: true }, '−$5.5bn'],
    ['zero', 0, 'usd-bn', {}, '$0bn'],
    ['zero pct has no plus', 0, 'pct', {}, '0%'],
    ['zero with sign asked for has no plus', 0, 'mt', { sign: true }, '0 Mt'],
    ['negative zero has no minus', -0, 'usd-bn', {}, '$0bn'],
    ['negative rounding to zero has no minus', -0.004, 'usd-bn', {}, '$0bn'],
    ['negative pct rounding to zero has no minus', -0.04, 'pct', {}, '0%'],
    ['positive pct rounding to zero has no plus', 0.04, 'pct', {}, '0%'],
    ['smallest value shown at 2 places', 0.005, 'usd-bn', {}, '$0.01bn'],
    ['tiny positive value', 1e-7, 'usd-bn', {}, '$0bn'],
    ['decimals 0', 8.36, 'usd-bn', { decimals: 0 }, '$8bn'],
    ['decimals 1', 8.36, 'usd-bn', { decimals: 1 }, '$8.4bn'],
    ['decimals above the cap are honoured', 1.23456, 'usd-bn', { decimals: 4 }, '$1.2346bn'],
    ['trailing zeros dropped', 8, 'usd-bn', { decimals: 2 }, '$8bn'],
    ['trailing zero of 8.10 dropped', 8.1, 'usd-bn', { decimals: 2 }, '$8.1bn'],
    ['negative decimals count as 0', 8.36, 'usd-bn', { decimals: -1 }, '$8bn'],
    ['decimals past 20 count as 20', 8.36, 'usd-bn', { decimals: 50 }, '$8.36bn'],
    ['NaN', NaN, 'usd-bn', {}, '—'],
    ['Infinity', Infinity, 'pct', {}, '—'],
    ['−Infinity', -Infinity, 'mt', { sign: true }, '—'],
  ])('%s', (_name, value, format, opts, expected) => {
    expect(formatValue(value, format, opts)).toBe(expected);
  });

  it.each<[number, ValueFormat]>([
    [-46.3, 'pct'],
    [-0.01, 'usd-bn'],
    [-1833, 'mt-per-year'],
  ])('writes %s in %s with U+2212, never a hyphen', (value, format) => {
    const text = formatValue(value, format);
    expect(text.startsWith(MINUS)).toBe(true);
    expect(text).not.toContain('-');
  });
});

describe('formatTick', () => {
  it.each<[string, number, ValueFormat, number, string]>([
    ['step 2.5: one decimal', 7.5, 'usd-bn', 2.5, '$7.5bn'],
    ['step 2.5 on a whole tick', 5, 'usd-bn', 2.5, '$5bn'],
    ['step 0.25', 1.25, 'usd-bn', 0.25, '$1.25bn'],
    ['step 1 rounds a value with decimals', 8.36, 'usd-bn', 1, '$8bn'],
    ['zero pct tick', 0, 'pct', 20, '0%'],
    ['negative pct tick', -50, 'pct', 25, '−50%'],
    ['positive pct tick signed like every pct', 50, 'pct', 25, '+50%'],
    ['large tick grouped', 2000, 'mt', 500, '2,000 Mt'],
    ['noisy tick value', 0.30000000000000004, 'usd-bn', 0.1, '$0.3bn'],
    ['noisy step (2 × 10^−4)', 0.0012, 'bcm', 0.00019999999999999998, '0.0012 bcm'],
    ['step precision is capped at 4 decimals', 0.123456, 'usd-bn', 0.000001, '$0.1235bn'],
    ['non-finite tick', NaN, 'usd-bn', 1, '—'],
  ])('%s', (_name, value, format, step, expected) => {
    expect(formatTick(value, format, step)).toBe(expected);
  });

  it('gives every tick of an axis the precision of its step', () => {
    expect([0, 2.5, 5, 7.5, 10].map((v) => formatTick(v, 'usd-bn', 2.5))).toEqual([
      '$0bn',
      '$2.5bn',
      '$5bn',
      '$7.5bn',
      '$10bn',
    ]);
  });
});

describe('roundForDisplay', () => {
  it.each<[string, number, ValueFormat, number]>([
    ['H1 2007 turnover with binary noise', 5.969999999999999, 'usd-bn', 5.97],
    ['implied 2005 turnover', 6.807817589576547, 'usd-bn', 6.81],
    ['pct to 1 place', 6.807817589576547, 'pct', 6.8],
    ['Mt to 2 places', 17.123, 'mt', 17.12],
    ['bcm/yr to 2 places', 39.9999, 'bcm-per-year', 40],
    ['0.1 + 0.2', 0.1 + 0.2, 'usd-bn', 0.3],
    ['already clean', 8.36, 'usd-bn', 8.36],
    ['integer', 2024, 'mt-per-year', 2024],
    ['negative', -46.2857142857, 'pct', -46.3],
    ['zero', 0, 'usd-bn', 0],
    ['large', 1234567.891, 'usd-bn', 1234567.89],
  ])('%s', (_name, value, format, expected) => {
    expect(roundForDisplay(value, format)).toBe(expected);
  });

  it.each([5.969999999999999, 6.807817589576547, 0.1 + 0.2, 43.819999999999996])(
    'writes %s into a cell as at most 2 decimals',
    (value) => {
      expect(String(roundForDisplay(value, 'usd-bn'))).toMatch(/^\d+(\.\d{1,2})?$/);
    },
  );

  it('writes a negative value that rounds to zero as "0"', () => {
    expect(String(roundForDisplay(-0.004, 'usd-bn'))).toBe('0');
  });

  it.each([NaN, Infinity, -Infinity])('passes %s through', (value) => {
    expect(roundForDisplay(value, 'usd-bn')).toBe(value);
  });

  it.each(Object.keys(DISPLAY_DECIMALS) as ValueFormat[])(
    'agrees with formatValue in %s',
    (format) => {
      for (const v of [5.969999999999999, 6.807817589576547, -46.2857142857, 1833.456]) {
        expect(formatValue(roundForDisplay(v, format), format)).toBe(formatValue(v, format));
      }
    },
  );
});

describe('ownDecimals', () => {
  it.each<[string, number, number, number]>([
    ['two decimals', 8.36, 2, 2],
    ['one decimal', 17.5, 2, 1],
    ['integer', 5, 2, 0],
    ['zero', 0, 2, 0],
    ['negative', -8.36, 2, 2],
    ['noise is capped', 6.807817589576547, 2, 2],
    ['noise uncapped', 6.807817589576547, 20, 15],
    ['0.1 + 0.2 uncapped', 0.1 + 0.2, 20, 17],
    ['cap 0', 8.36, 0, 0],
    ['exponent form 1e-7', 1e-7, 20, 7],
    ['exponent form 1.5e-7', 1.5e-7, 20, 8],
    ['exponent form 1e21', 1e21, 2, 0],
    ['exponent form 1.25e21', 1.25e21, 2, 0],
    ['NaN', NaN, 2, 0],
    ['Infinity', Infinity, 2, 0],
  ])('%s', (_name, x, cap, expected) => {
    expect(ownDecimals(x, cap)).toBe(expected);
  });
});
