import { describe, expect, it } from 'vitest';
import type { Qualifier, StatedGrowth, Statistic, Unit } from '@/data/types';
import {
  formatQualified,
  formatQualifierWords,
  formatStatedGrowth,
  qualifiedPrefix,
  statisticTier,
  type StatisticTier,
  formatPct,
  formatPp,
  formatStatistic,
  formatUsdBn,
  formatValue,
  statisticSide,
} from './format';
import { impliedPrior } from './growth';

const MINUS = '\u2212';

describe('formatUsdBn', () => {
  it.each<[string, number | null, { decimals?: number; sign?: boolean } | undefined, string]>([
    ['two decimals', 8.36, undefined, '$8.36bn'],
    ['signed positive variance', 5.5, { sign: true }, '+$5.5bn'],
    ['signed negative variance', -5.5, { sign: true }, `${MINUS}$5.5bn`],
    ['signed zero', 0, { sign: true }, '$0bn'],
    ['one decimal', 17.5, undefined, '$17.5bn'],
    ['integer', 25, undefined, '$25bn'],
    ['computed value capped at 2 decimals', 6.8078, undefined, '$6.81bn'],
    ['exact implied prior', impliedPrior(8.36, 22.8), undefined, '$6.81bn'],
    ['forced decimals', 8.36, { decimals: 1 }, '$8.4bn'],
    ['forced zero decimals', 43.82, { decimals: 0 }, '$44bn'],
    ['padded decimals', 25, { decimals: 2 }, '$25.00bn'],
    ['negative variance', -26.9, undefined, `${MINUS}$26.9bn`],
    ['grouping', 1234.5, undefined, '$1,234.5bn'],
    ['zero', 0, undefined, '$0bn'],
    ['tiny negative rounds to unsigned zero', -0.001, undefined, '$0.00bn'],
    ['null', null, undefined, '—'],
    ['NaN', NaN, undefined, '—'],
    ['Infinity', Infinity, undefined, '—'],
  ])('%s', (_name, x, opts, expected) => {
    expect(formatUsdBn(x, opts)).toBe(expected);
  });
});

describe('formatPct', () => {
  it.each<[string, number | null, { sign?: boolean; decimals?: number } | undefined, string]>([
    ['signed growth', 22.8, { sign: true }, '+22.8%'],
    ['unsigned by default', 22.8, undefined, '22.8%'],
    ['negative has a true minus', -8.4, undefined, `${MINUS}8.4%`],
    ['negative with sign option', -8.4, { sign: true }, `${MINUS}8.4%`],
    ['zero', 0, undefined, '0.0%'],
    ['zero gets no plus', 0, { sign: true }, '0.0%'],
    ['rounds to zero gets no minus', -0.04, { sign: true }, '0.0%'],
    ['computed growth rounded to 1 decimal', 22.941176, { sign: true }, '+22.9%'],
    ['two decimals', 65.07177, { decimals: 2 }, '65.07%'],
    ['zero decimals', 44.52, { decimals: 0 }, '45%'],
    ['a share', 44.52, undefined, '44.5%'],
    ['grouping', 1234.5, undefined, '1,234.5%'],
    ['null', null, undefined, '—'],
    ['NaN', NaN, { sign: true }, '—'],
  ])('%s', (_name, x, opts, expected) => {
    expect(formatPct(x, opts)).toBe(expected);
  });
});

describe('formatPp', () => {
  it.each<[string, number | null, { decimals?: number } | undefined, string]>([
    ['2007 difference', -0.92823, undefined, `${MINUS}0.9 pp`],
    ['2006 difference', 0.141176, undefined, '+0.1 pp'],
    ['zero', 0, undefined, '0.0 pp'],
    ['two decimals', -0.92823, { decimals: 2 }, `${MINUS}0.93 pp`],
    ['null', null, undefined, '—'],
    ['Infinity', -Infinity, undefined, '—'],
  ])('%s', (_name, x, opts, expected) => {
    expect(formatPp(x, opts)).toBe(expected);
  });
});

describe('formatValue', () => {
  it.each<[string, number | null, Unit, string]>([
    ['US$bn', 8.36, 'usd-bn', '$8.36bn'],
    ['crude shipped 2009', 7.73, 'mt', '7.73 Mt'],
    ['crude shipped 2006', 1.7, 'mt', '1.7 Mt'],
    ['design capacity', 20, 'mt-per-year', '20 Mt/yr'],
    ['gas lines A–C', 55, 'bcm-per-year', '55 bcm/yr'],
    ['gas pipeline length', 1833, 'km', '1,833 km'],
    ['computed value capped', 11.8512, 'mt', '11.85 Mt'],
    ['zero', 0, 'km', '0 km'],
    ['negative', -1.5, 'mt', `${MINUS}1.5 Mt`],
    ['null', null, 'km', '—'],
    ['null US$bn', null, 'usd-bn', '—'],
    ['NaN', NaN, 'mt', '—'],
  ])('%s', (_name, x, unit, expected) => {
    expect(formatValue(x, unit)).toBe(expected);
  });
});

describe('formatStatistic, statisticSide and statisticTier', () => {
  it.each<[Statistic, string, 'CN' | 'KZ' | 'unstated', StatisticTier]>([
    ['cn-customs', 'Chinese customs', 'CN', 'agency'],
    ['cn-ministry', 'Chinese Ministry of Commerce', 'CN', 'ministry'],
    ['cn-official', 'Chinese officials', 'CN', 'official'],
    ['cn-media', 'Chinese media (statistic not named)', 'CN', 'media'],
    ['kz-stat', 'Kazakh statistics', 'KZ', 'agency'],
    ['kz-ministry', 'Kazakh ministry', 'KZ', 'ministry'],
    ['kz-official', 'Kazakh officials', 'KZ', 'official'],
    ['kz-media', 'Kazakh media (statistic not named)', 'KZ', 'media'],
    ['unstated', 'Unstated', 'unstated', 'unstated'],
  ])('%s', (s, label, side, tier) => {
    expect(formatStatistic(s)).toBe(label);
    expect(statisticSide(s)).toBe(side);
    expect(statisticTier(s)).toBe(tier);
  });
});

describe('formatQualified', () => {
  it.each<[string, number | null, Unit, Qualifier | undefined, string]>([
    ['exact', 20.4, 'usd-bn', undefined, '$20.4bn'],
    ['more than (突破, exceeded)', 20, 'usd-bn', 'more-than', '>$20bn'],
    ['about', 31.5, 'bcm', 'about', '≈31.5 bcm'],
    ['almost', 2, 'usd-bn', 'almost', 'almost $2bn'],
    ['nearly', 14.5, 'usd-bn', 'nearly', 'nearly $14.5bn'],
    ['every decimal the source gave', 0.625783, 'mt', undefined, '0.625783 Mt'],
    ['four decimals', 12.3082, 'mt', 'more-than', '>12.3082 Mt'],
    ['missing', null, 'usd-bn', 'more-than', '—'],
  ])('%s', (_name, x, unit, q, expected) => {
    expect(formatQualified(x, unit, q)).toBe(expected);
  });

  it.each<[Qualifier | undefined, string]>([
    ['more-than', 'more than'],
    ['about', 'about'],
    ['almost', 'almost'],
    ['nearly', 'nearly'],
    [undefined, ''],
  ])('words for %s', (q, words) => expect(formatQualifierWords(q)).toBe(words));

  it.each<[string, { value: number; qualifier?: Qualifier }, string]>([
    ['bounded', { value: 20, qualifier: 'more-than' }, 'more than 20 (drawn at 20); '],
    ['exact: nothing', { value: 20.4 }, ''],
  ])('qualifiedPrefix, %s', (_name, o, expected) => expect(qualifiedPrefix(o)).toBe(expected));
});

describe('formatStatedGrowth', () => {
  it.each<[string, StatedGrowth, string]>([
    ['exact', { pct: 22.8, basis: 'previous-year' }, '+22.8%'],
    ['negative', { pct: -8.4, basis: 'previous-year' }, '−8.4%'],
    ['more than', { pct: 30, basis: 'previous-year', qualifier: 'more-than' }, 'more than +30%'],
    [
      'in words',
      { pct: -25, basis: 'previous-year', qualifier: 'almost', words: 'almost a quarter lower' },
      'almost −25% (almost a quarter lower)',
    ],
    ['two decimals', { pct: 14.09, basis: 'previous-year' }, '+14.09%'],
  ])('%s', (_name, g, expected) => expect(formatStatedGrowth(g)).toBe(expected));
});
