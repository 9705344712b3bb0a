import { describe, expect, it } from 'vitest';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { statisticSide } from '../format';
import { annualBySide } from '../side-series';
import { tradeTrendSpec } from './trade-trend';

const spec = tradeTrendSpec(d);
const series = Object.fromEntries(spec.series.map((s) => [s.id, s]));
const at = (id: string, year: number) => series[id]?.values[spec.categories.indexOf(String(year))];

describe('tradeTrendSpec', () => {
  it('spans every year from the first to the last annual trade figure', () => {
    const years = d.observations
      .filter((o) => o.series === 'trade-turnover' && o.period.type === 'year')
      .map((o) => o.period.year);
    expect(spec.categories[0]).toBe(String(Math.min(...years)));
    expect(spec.categories.at(-1)).toBe(String(Math.max(...years)));
    expect(spec.categories).toHaveLength(Math.max(...years) - Math.min(...years) + 1);
  });

  it('puts the figure annualBySide picks in the bar of its side, and nothing else there', () => {
    for (const side of ['CN', 'KZ', 'unstated'] as const) {
      const s = series[`annual-${side.toLowerCase()}`];
      const picked = new Map(
        annualBySide(d, 'trade-turnover', side).map((o) => [o.period.year, o]),
      );
      const expected = spec.categories.map((c) => picked.get(Number(c))?.value ?? null);
      expect(s?.values).toEqual(expected);
      expect(s?.kind).toBe('reported');
      for (const [year, o] of picked) expect(statisticSide(o.statistic), String(year)).toBe(side);
    }
  });

  it.each<[string, number, number]>([
    // Agency over official: Chinese customs 28.5 over MOFCOM's 28.6 and CNTV's 28.6.
    ['annual-cn', 2013, 28.5],
    // Exact over bounded: Wu Bangguo's 20.4 over "more than $20bn".
    ['annual-cn', 2010, 20.4],
    // Statistics bureau over the president: 20.3 over Nazarbayev's 20.
    ['annual-kz', 2010, 20.3],
    // Ministry over "the Kazakhstan side" (Eurasia Review): both 31.5.
    ['annual-kz', 2023, 31.5],
  ])('%s in %i follows the precedence: %f', (id, year, value) => {
    expect(at(id, year)).toBe(value);
  });

  it('keeps the word of a bounded figure in its note', () => {
    const i = spec.categories.indexOf('2019');
    expect(series['annual-kz']?.notes?.[i]).toMatch(
      /^nearly 14\.5 \(drawn at 14\.5\); Kazakh officials/,
    );
  });

  it.each([
    ['annual-unstated', 2006, 8.36],
    ['annual-kz', 2008, 17.5],
    ['annual-cn', 2024, 43.82],
    ['first-half', 2007, 5.97],
    ['target-2008-12bn-nazarbayev', 2008, 12],
  ])('%s in %i is %f', (id, year, value) => {
    expect(at(id, year)).toBe(value);
  });

  it('leaves the years without a figure empty', () => {
    for (const year of [2001, 2003, 2004, 2015, 2017]) {
      for (const id of ['annual-cn', 'annual-kz', 'annual-unstated'])
        expect(at(id, year)).toBeNull();
    }
  });

  it('marks half-year, estimate and projection series with their own kinds', () => {
    expect(series['first-half']?.kind).toBe('half-year');
    expect(series['derived-full-year']?.kind).toBe('estimate');
    expect(at('derived-full-year', 2005)).toBeCloseTo(8.36 / 1.228, 10);
    expect(spec.series.filter((s) => s.kind === 'projection').length).toBeGreaterThan(0);
  });

  it('marks the seed events on 2006 and 2007 and credits the seed article', () => {
    expect(spec.annotations.map((a) => a.category)).toEqual(['2006', '2007']);
    expect(spec.annotations[1]?.text).toContain('Peace Mission 2007');
    expect(spec.sourceLine).toContain('CACI Analyst (2007)');
  });
});
