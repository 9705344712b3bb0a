import { describe, expect, it } from 'vitest';
import type { Dataset, Observation } from '@/data/types';
import { getDataset } from './datasets';
import { formatGapNote, gapBound, mirrorGaps } from './mirror';

const d = getDataset();
const obs = (id: string): Observation => {
  const o = d.observations.find((x) => x.id === id);
  if (!o) throw new Error(id);
  return o;
};
const withObs = (observations: Observation[]): Dataset => ({ ...d, observations });

describe('mirrorGaps', () => {
  // By hand: 20.4 − 20.3 = 0.1, 0.49%; 28.5 − 22.53 = 5.97, 26.50%; 19.88 − 11.7 = 8.18, 69.91%;
  // 25 − 18 = 7, 38.89%; 31.2 − 24 = 7.2, 30%; 41 − 31.5 = 9.5, 30.16%; 43.82 − 44 = −0.18.
  it.each<[number, string, string, number, number]>([
    [2010, 'trade-2010-cn-official', 'trade-2010-kz-stat', 0.1, 0.492611],
    [2013, 'trade-2013-cn-customs', 'trade-2013-kz-ministry', 5.97, 26.498003],
    [2018, 'trade-2018-cn-media', 'trade-2018-kz-official-sklyar', 8.18, 69.91453],
    [2021, 'trade-2021-cn-official', 'trade-2021-kz-official', 7, 38.888889],
    [2022, 'trade-2022-cn-customs', 'trade-2022-kz-official-smailov-trend', 7.2, 30],
    [2023, 'trade-2023-cn-customs', 'trade-2023-kz-ministry', 9.5, 30.15873],
    [2024, 'trade-2024-cn-customs', 'trade-2024-kz-official', -0.18, -0.409091],
  ])('%i: %s against %s', (year, cnId, kzId, gap, pct) => {
    const g = mirrorGaps(d).find((x) => x.year === year);
    expect(g?.cn.id).toBe(cnId);
    expect(g?.kz.id).toBe(kzId);
    expect(g?.gapAbsolute).toBeCloseTo(gap, 9);
    expect(g?.gapPctOfKz).toBeCloseTo(pct, 5);
  });

  it('lists only years both sides report, in order', () => {
    expect(mirrorGaps(d).map((g) => g.year)).toEqual([2010, 2013, 2018, 2021, 2022, 2023, 2024]);
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
        { ...obs('trade-2013-kz-ministry'), statistic: 'kz-stat' },
        { ...obs('trade-2013-kz-ministry'), id: 'x', statistic: 'kz-official', value: 99 },
        obs('trade-2013-cn-customs'),
      ],
      [2013],
    ],
  ])('%s', (_name, observations, years) => {
    const gaps = mirrorGaps(withObs(observations));
    expect(gaps.map((g) => g.year)).toEqual(years);
    gaps.forEach((g) => expect(g.kz.value).not.toBe(99));
  });

  it('gives a null percentage against a Kazakh zero', () => {
    const zero = { ...obs('trade-2013-kz-ministry'), value: 0 };
    const [g] = mirrorGaps(withObs([zero, obs('trade-2013-cn-customs')]));
    expect(g?.gapAbsolute).toBe(28.5);
    expect(g?.gapPctOfKz).toBeNull();
  });
});

describe('gapBound', () => {
  it.each([
    [undefined, undefined, ''],
    ['more-than', undefined, 'more than '],
    [undefined, 'more-than', 'less than '],
    ['almost', undefined, 'less than '],
    [undefined, 'nearly', 'more than '],
    ['almost', 'more-than', 'less than '],
    ['more-than', 'almost', 'more than '],
    ['more-than', 'more-than', 'about '],
    ['about', undefined, 'about '],
    [undefined, 'about', 'about '],
  ] as const)('%s − %s → "%s"', (a, b, bound) => {
    expect(gapBound(a, b)).toBe(bound);
  });
});

describe('formatGapNote', () => {
  it('states an exact gap from exact figures, with both statistics', () => {
    const [g] = mirrorGaps(withObs([obs('trade-2013-kz-ministry'), obs('trade-2013-cn-customs')]));
    expect(formatGapNote(g!)).toBe(
      `2013: $${g!.cn.value}bn (Chinese customs) − $${g!.kz.value}bn (Kazakh ministry) = $5.97bn, +26.5% of the Kazakh figure.`,
    );
  });

  it('bounds the gap when one figure is "more than"', () => {
    const kz = { ...obs('trade-2013-kz-ministry'), qualifier: 'more-than' as const };
    const [g] = mirrorGaps(withObs([kz, obs('trade-2013-cn-customs')]));
    expect(formatGapNote(g!)).toContain(
      `− >$${g!.kz.value}bn (Kazakh ministry) = less than $5.97bn, less than +26.5%`,
    );
  });
});
