import { describe, expect, it } from 'vitest';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { periodKey } from './periods';
import { actualsFor, findObservation, observationsOf, sourceOf, yearSpan } from './select';

const year = (y: number) => ({ type: 'year' as const, year: y });

describe('findObservation', () => {
  it.each<[string, number, Parameters<typeof findObservation>[3], number | null]>([
    ['by exact statistic', 2013, 'cn-customs', 28.5],
    ['by exact statistic, the other side', 2013, 'kz-ministry', 22.53],
    ['by exact statistic, none of that statistic', 2013, 'kz-stat', null],
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
    // Same start: the shorter period first (1 Jan–11 May 2015 before 2015).
    expect(obs.map((o) => periodKey(o.period))).toEqual([
      '2006',
      '2006',
      '2007',
      '2008',
      '2009',
      '2011',
      '2013',
      '2013',
      '2013-M10-10',
      '2014-D0101-0714',
      '2015-D0101-0511',
      '2015',
      '2017',
      '2019',
      '2019',
      '2023-H1',
      '2024',
    ]);
  });
});

describe('actualsFor', () => {
  it.each([
    ['target-2008-12bn-nazarbayev', [17.5, 17.55]],
    ['target-2010-15bn-masimov', [20.4, 20, 20, 20.3]],
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
      Array.from({ length: 19 }, (_, i) => 2006 + i),
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
