import { describe, expect, it } from 'vitest';
import type { Dataset, Observation } from '@/data/types';
import { getDataset } from './datasets';
import { mirrorGaps } from './mirror';

const d = getDataset();
const obs = (id: string): Observation => {
  const o = d.observations.find((x) => x.id === id);
  if (!o) throw new Error(id);
  return o;
};
const withObs = (observations: Observation[]): Dataset => ({ ...d, observations });

describe('mirrorGaps', () => {
  // By hand: 28.5 − 22.53 = 5.97, 5.97 / 22.53 = 26.50%; 25 − 18 = 7, 38.89%; 31.2 − 24.1 = 7.1, 29.46%.
  it.each<[number, string, string, number, number]>([
    [2013, 'trade-2013-cn-customs', 'trade-2013-kz-stat', 5.97, 26.498003],
    [2021, 'trade-2021-cn-official', 'trade-2021-kz-official', 7, 38.888889],
    [2022, 'trade-2022-cn-customs', 'trade-2022-kz-official', 7.1, 29.460581],
  ])('%i: %s against %s', (year, cnId, kzId, gap, pct) => {
    const g = mirrorGaps(d).find((x) => x.year === year);
    expect(g?.cn.id).toBe(cnId);
    expect(g?.kz.id).toBe(kzId);
    expect(g?.gapAbsolute).toBeCloseTo(gap, 9);
    expect(g?.gapPctOfKz).toBeCloseTo(pct, 5);
  });

  it('lists only years both sides report, in order', () => {
    expect(mirrorGaps(d).map((g) => g.year)).toEqual([2013, 2021, 2022]);
  });

  it.each<[string, Observation[], number[]]>([
    ['empty dataset', [], []],
    ['one side only', [obs('trade-2023-cn-customs'), obs('trade-2024-cn-customs')], []],
    [
      'unstated figures are never a side',
      [obs('trade-2007-unstated'), obs('trade-2008-kz-official')],
      [],
    ],
    [
      'a second statistic of a side: the agency figure wins',
      [
        obs('trade-2013-kz-stat'),
        { ...obs('trade-2013-kz-stat'), id: 'x', statistic: 'kz-official', value: 99 },
        obs('trade-2013-cn-customs'),
      ],
      [2013],
    ],
  ])('%s', (_name, observations, years) => {
    const gaps = mirrorGaps(withObs(observations));
    expect(gaps.map((g) => g.year)).toEqual(years);
    gaps.forEach((g) => expect(g.kz.statistic).toBe('kz-stat'));
  });

  it('gives a null percentage against a Kazakh zero', () => {
    const zero = { ...obs('trade-2013-kz-stat'), value: 0 };
    const [g] = mirrorGaps(withObs([zero, obs('trade-2013-cn-customs')]));
    expect(g?.gapAbsolute).toBe(28.5);
    expect(g?.gapPctOfKz).toBeNull();
  });
});
