import { describe, expect, it } from 'vitest';
import { getDataset } from './datasets';
import { partialYearRows } from './partial-periods';

const d = getDataset();
const rows = partialYearRows(d);
const row = (id: string) => rows.find((r) => r.observation.id === id);

describe('partialYearRows', () => {
  it('lists every partial-year trade figure, never a full year', () => {
    expect(rows.every((r) => r.observation.period.type !== 'year')).toBe(true);
    expect(rows.map((r) => r.observation.id)).toEqual([
      'trade-2005m01-11-unstated',
      'trade-2007h1-unstated',
      'trade-2010m01-10-unstated',
      'trade-2011q1-kz-official',
      'trade-2013h1-cn-media',
      'trade-2017q1-kz-official',
      'trade-2017m01-04-cn-ministry',
      'trade-2020m01-04-unstated',
      'trade-2021m01-11-kz-official',
      'trade-2022m01-04-cn-customs',
      'trade-2022m01-10-kz-official',
      'trade-2022m01-11-cn-official',
      'trade-2023h1-kz-official',
      'trade-2023m01-09-kz-stat',
      'trade-2023m01-10-cn-official',
      'trade-2023m01-10-kz-media',
    ]);
  });

  it('compares Jan–Oct 2023 (Kazakh media) with Jan–Oct 2022 (Kazakh official): +23.35%', () => {
    const r = row('trade-2023m01-10-kz-media');
    expect(r?.previousLabel).toBe('Jan–Oct 2022');
    expect(r?.previous?.id).toBe('trade-2022m01-10-kz-official');
    expect(r?.computedPct).toBeCloseTo((24.3 / 19.7 - 1) * 100, 9);
  });

  it.each<[string, string, number, string]>([
    // 13.2 / 1.233 = 10.71; 16.49 / 1.515 = 10.88; 5.97 / 1.604 = 3.72.
    ['trade-2022m01-04-cn-customs', 'Jan–Apr 2021', 13.2 / 1.233, '13.2 / (1 + 23.3%) = $10.71bn'],
    ['trade-2010m01-10-unstated', 'Jan–Oct 2009', 16.49 / 1.515, '16.49 / (1 + 51.5%) = $10.88bn'],
    ['trade-2007h1-unstated', 'H1 2006', 5.97 / 1.604, '5.97 / (1 + 60.4%) = $3.72bn'],
  ])('%s implies %s from its stated rate', (id, label, value, formula) => {
    const r = row(id);
    expect(r?.previousLabel).toBe(label);
    expect(r?.previous).toBeNull();
    expect(r?.implied?.value).toBeCloseTo(value, 9);
    expect(r?.implied?.formula).toBe(formula);
  });

  it('gives no implied level without a stated rate', () => {
    expect(row('trade-2021m01-11-kz-official')?.implied).toBeNull();
  });

  it('is empty without partial years', () => {
    expect(partialYearRows({ ...d, observations: [] })).toEqual([]);
  });
});
