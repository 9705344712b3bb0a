import { describe, expect, it } from 'vitest';
import { chinaKazakhstan } from '@/data/china-kazakhstan';
import type { Dataset } from '@/data/types';
import { deriveSeedFigures, getHeadline } from './derived';

const d = chinaKazakhstan;
const figures = Object.fromEntries(deriveSeedFigures(d).map((f) => [f.id, f]));

describe('deriveSeedFigures', () => {
  it.each([
    // [id, expected value, the formula's inputs worked out by hand]
    ['derived-2005-implied', 8.36 / 1.228],
    ['derived-2006-h1-implied', 5.97 / 1.604],
    ['derived-2006-h1-share', 5.97 / 1.604 / 8.36],
    ['derived-2007-annualised-naive', 5.97 * 2],
    ['derived-2007-annualised-seasonal', 5.97 / (5.97 / 1.604 / 8.36)],
  ])('%s = %f', (id, expected) => {
    expect(figures[id]?.value).toBeCloseTo(expected, 10);
  });

  it.each([
    ['derived-2005-implied', '8.36 / (1 + 22.8%) = $6.81bn'],
    ['derived-2006-h1-implied', '5.97 / (1 + 60.4%) = $3.72bn'],
    ['derived-2007-annualised-naive', '5.97 × 2 = $11.94bn'],
    ['derived-2007-annualised-seasonal', '5.97 / 44.5% = $13.41bn'],
  ])('%s shows its formula as "%s"', (id, formula) => {
    expect(figures[id]?.formula).toBe(formula);
  });

  it('pairs each estimate with the figure later reported for its period, same statistic', () => {
    expect(figures['derived-2005-implied']?.laterReported?.value).toBe(6.8);
    expect(figures['derived-2007-annualised-seasonal']?.laterReported?.value).toBe(13.8);
    expect(figures['derived-2006-h1-implied']?.laterReported).toBeUndefined();
  });

  it('marks every derived figure with the statistic of its inputs', () => {
    for (const f of Object.values(figures)) expect(f.statistic).toBe('unstated');
  });
});

describe('getHeadline', () => {
  it('compares 2008 with the $12bn projection using the Kazakh figure', () => {
    const h = getHeadline(d);
    expect(h.fy2006.value).toBe(8.36);
    expect(h.h1y2007.value).toBe(5.97);
    expect(h.projection2008.value).toBe(12);
    expect(h.actual2008?.value).toBe(17.5);
    expect(h.actual2008?.statistic).toMatch(/^kz-/);
    expect(h.variance2008?.absolute).toBeCloseTo(5.5, 10);
    expect(h.variance2008?.pct).toBeCloseTo((5.5 / 12) * 100, 10);
  });

  it('says 2008 has no actual when no statistic reports it', () => {
    const without2008: Dataset = {
      ...d,
      observations: d.observations.filter(
        (o) => !(o.period.type === 'year' && o.period.year === 2008),
      ),
    };
    const h = getHeadline(without2008);
    expect(h.actual2008).toBeNull();
    expect(h.variance2008).toBeNull();
  });

  it('throws, naming the dataset, when the seed records are missing', () => {
    expect(() => getHeadline({ ...d, id: 'empty', observations: [], targets: [] })).toThrow(
      /dataset "empty" lacks/,
    );
  });
});
