import { describe, expect, it } from 'vitest';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { growthRatesSpec } from './growth-rates';

const spec = growthRatesSpec(d);
const value = (id: string, category: string) =>
  spec.series.find((s) => s.id === id)?.values[spec.categories.indexOf(category)];

describe('growthRatesSpec', () => {
  it.each([
    ['stated-unstated', '2006', 22.8],
    ['stated-part-unstated', 'H1 2007', 60.4],
    ['stated-unstated', '2007', 66],
    ['stated-cn', '2016', -8.4],
    ['stated-kz', '2022', 34],
    ['stated-cn', '2022', 23.6],
  ])('%s in %s is the stated %f%', (id, category, expected) => {
    expect(value(id, category)).toBe(expected);
  });

  it.each([
    ['computed-unstated', '2006', (8.36 / 6.8 - 1) * 100],
    ['computed-unstated', '2007', (13.8 / 8.36 - 1) * 100],
    ['computed-cn', '2023', (41 / 31.2 - 1) * 100],
  ])('%s in %s is computed from levels: %f%', (id, category, expected) => {
    expect(value(id, category)).toBeCloseTo(expected, 10);
  });

  it('draws stated rates solid, half-year rates light and computed ones hollow', () => {
    for (const s of spec.series) {
      const kind = s.id.startsWith('stated-part')
        ? 'half-year'
        : s.id.startsWith('stated')
          ? 'reported'
          : 'estimate';
      expect([s.id, s.kind]).toEqual([s.id, kind]);
    }
  });

  it('puts every category on the time axis, H1 2007 in the first half of 2007', () => {
    expect(spec.bands[spec.categories.indexOf('H1 2007')]).toEqual({ start: 2007, end: 2007.5 });
    expect(spec.bands[spec.categories.indexOf('2009')]).toEqual({ start: 2009, end: 2010 });
    const years = spec.categories.filter((c) => /^\d{4}$/.test(c)).map(Number);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => years[0]! + i));
  });

  it('orders categories by period, H1 2007 before 2007', () => {
    expect(spec.categories.indexOf('H1 2007')).toBe(spec.categories.indexOf('2007') - 1);
  });
});
