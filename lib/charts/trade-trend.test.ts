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

  it('puts the figure annualBySide picks in the bar of its side; unstated only where no side reports', () => {
    const picked = (side: 'CN' | 'KZ' | 'unstated') =>
      new Map(annualBySide(d, 'trade-turnover', side).map((o) => [o.period.year, o]));
    const cn = picked('CN');
    const kz = picked('KZ');
    for (const side of ['CN', 'KZ', 'unstated'] as const) {
      const s = series[`annual-${side.toLowerCase()}`];
      const mine = picked(side);
      const expected = spec.categories.map((c) => {
        const year = Number(c);
        if (side === 'unstated' && (cn.has(year) || kz.has(year))) return null;
        return mine.get(year)?.value ?? null;
      });
      expect(s?.values).toEqual(expected);
      expect(s?.kind).toBe('reported');
      for (const [year, o] of mine) expect(statisticSide(o.statistic), String(year)).toBe(side);
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
    // Xinhua's 8.358 (Chinese media) for 2006: a side reports the year, so the unstated 8.36 is in the table only.
    ['annual-cn', 2006, 8.358],
    ['annual-unstated', 2007, 13.8],
    ['annual-kz', 2008, 17.5],
    ['annual-cn', 2024, 43.82],
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

  it('marks estimate and projection series with their own kinds, and draws no half-year', () => {
    expect(spec.series.some((s) => s.kind === 'half-year')).toBe(false);
    expect(series['derived-full-year']?.kind).toBe('estimate');
    expect(at('derived-full-year', 2005)).toBeCloseTo(8.36 / 1.228, 10);
    expect(spec.series.filter((s) => s.kind === 'projection').length).toBeGreaterThan(0);
  });

  it('marks the trade events on its axis and credits the seed article', () => {
    const trade = d.events.filter(
      (e) => e.category === 'trade' && Number(e.start.slice(0, 4)) >= 2000,
    );
    expect(spec.events.map((e) => e.id).sort()).toEqual(trade.map((e) => e.id).sort());
    expect(spec.sourceLine).toContain('CACI Analyst (2007)');
  });
});
