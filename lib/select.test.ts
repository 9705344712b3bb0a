import { describe, expect, it } from 'vitest';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { actualsFor, findObservation, observationsOf, sourceOf, yearSpan } from './select';

const year = (y: number) => ({ type: 'year' as const, year: y });

describe('findObservation', () => {
  it.each<[string, number, Parameters<typeof findObservation>[3], number | null]>([
    ['by exact statistic', 2013, 'cn-customs', 28.5],
    ['by exact statistic, the other side', 2013, 'kz-stat', 22.53],
    ['by side', 2008, 'KZ', 17.5],
    ['by side, none reported', 2008, 'CN', null],
    ['a gap year', 2004, 'unstated', null],
  ])('%s: %i %s → %s', (_name, y, whose, value) => {
    expect(findObservation(d, 'trade-turnover', year(y), whose)?.value ?? null).toBe(value);
  });
});

describe('observationsOf', () => {
  it('returns one series in period order', () => {
    const obs = observationsOf(d, 'crude-oil-via-pipeline');
    expect(obs.every((o) => o.series === 'crude-oil-via-pipeline')).toBe(true);
    expect(obs.map((o) => o.period.year)).toEqual([2006, 2009, 2013, 2019]);
  });
});

describe('actualsFor', () => {
  it.each([
    ['target-2008-12bn-nazarbayev', [17.5]],
    ['target-2010-15bn-masimov', [20.4]],
  ])('%s → %j', (id, values) => {
    const t = d.targets.find((x) => x.id === id);
    expect(t, id).toBeDefined();
    expect(actualsFor(d, t!).map((o) => o.value)).toEqual(values);
  });

  it('is empty for an open-ended target', () => {
    const t = d.targets.find((x) => x.period === null);
    expect(actualsFor(d, t!)).toEqual([]);
  });
});

describe('yearSpan', () => {
  it('covers the first to the last year, gaps included', () => {
    expect(yearSpan(d, 'crude-oil-via-pipeline')).toEqual(
      Array.from({ length: 14 }, (_, i) => 2006 + i),
    );
  });
  it('is empty without figures', () => {
    expect(yearSpan({ ...d, observations: [] }, 'trade-turnover')).toEqual([]);
  });
});

describe('sourceOf', () => {
  it('finds a source and throws on an unknown id', () => {
    expect(sourceOf(d, 'caci-2007-09-05').publisher).toBe('CACI Analyst');
    expect(() => sourceOf(d, 'missing')).toThrow(/missing/);
  });
});
