import { describe, expect, it } from 'vitest';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { statisticSide } from '../format';
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

  it('puts every annual figure in the bar of its side; unstated ones only where no side reports', () => {
    const annual = (c: string, side: string) =>
      d.observations.find(
        (x) =>
          x.series === 'trade-turnover' &&
          x.period.type === 'year' &&
          String(x.period.year) === c &&
          statisticSide(x.statistic) === side,
      );
    for (const side of ['CN', 'KZ', 'unstated'] as const) {
      const s = series[`annual-${side.toLowerCase()}`];
      const expected = spec.categories.map((c) => {
        if (side === 'unstated' && (annual(c, 'CN') || annual(c, 'KZ'))) return null;
        return annual(c, side)?.value ?? null;
      });
      expect(s?.values).toEqual(expected);
      expect(s?.kind).toBe('reported');
    }
  });

  it.each([
    ['annual-unstated', 2006, 8.36],
    ['annual-kz', 2008, 17.5],
    ['annual-cn', 2024, 43.82],
    ['target-2008-12bn-nazarbayev', 2008, 12],
  ])('%s in %i is %f', (id, year, value) => {
    expect(at(id, year)).toBe(value);
  });

  it('leaves the years without a figure empty', () => {
    for (const year of [2001, 2003, 2004, 2014, 2015, 2017, 2019, 2020]) {
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

  it('marks the seed events on 2006 and 2007 and credits the seed article', () => {
    expect([...new Set(spec.events.map((e) => Math.floor(e.start)))]).toEqual([2006, 2007]);
    expect(spec.events.map((e) => e.title).join(' ')).toContain('Peace Mission 2007');
    expect(spec.sourceLine).toContain('CACI Analyst (2007)');
  });
});
