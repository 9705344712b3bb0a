import { describe, expect, it } from 'vitest';
import type { Observation } from '@/data/types';
import { getDataset } from './datasets';
import { directionBalances, directionMirrorGaps, directionSumMismatches } from './direction';

const d = getDataset();
const obs = (id: string): Observation => {
  const o = d.observations.find((x) => x.id === id);
  if (!o) throw new Error(id);
  return o;
};

describe('directionBalances', () => {
  // By hand: 16 − 12.5 = 3.5; 14.334 − 8.193 = 6.141; 11.27 − 13.98 = −2.71; 13.2 − 11 = 2.2;
  // 16.3 − 24.7 = −8.4 (US$ bn, positive: a Kazakh surplus).
  it.each<[number, string, string, string, number]>([
    [2013, 'CN', 'kz-to-cn-2013-cn-customs', 'cn-to-kz-2013-cn-customs', 3.5],
    [2013, 'KZ', 'kz-to-cn-2013-kz-ministry', 'cn-to-kz-2013-kz-ministry', 6.141],
    [2021, 'unstated', 'kz-to-cn-2021-unstated', 'cn-to-kz-2021-unstated', -2.71],
    // 2022: Zhumangarin (Astana Times, Apr 2023) over the undated Trend item, the same figures.
    [
      2022,
      'KZ',
      'kz-to-cn-2022-kz-official-zhumangarin',
      'cn-to-kz-2022-kz-official-zhumangarin',
      2.2,
    ],
    [2023, 'CN', 'kz-to-cn-2023-cn-customs', 'cn-to-kz-2023-cn-customs', -8.4],
  ])('%i, %s: %s − %s', (year, side, kzToCn, cnToKz, balance) => {
    const b = directionBalances(d).find((x) => x.year === year && x.side === side);
    expect([b?.kzToCn.id, b?.cnToKz.id]).toEqual([kzToCn, cnToKz]);
    expect(b?.balanceUsdBn).toBeCloseTo(balance, 9);
  });

  it('has a balance only where one side gives both directions', () => {
    expect(directionBalances(d)).toHaveLength(5);
    expect(directionBalances({ ...d, observations: [obs('kz-to-cn-2011-unstated')] })).toEqual([]);
  });
});

describe('directionMirrorGaps', () => {
  it('gives China minus Kazakhstan per direction where both report it', () => {
    const g = directionMirrorGaps(d);
    // Kazakh exports 2013: 16 − 14.334 = 1.666; Kazakh imports 2013: 12.5 − 8.193 = 4.307;
    // 2021: 14 − 8.2 = 5.8 ("China says it shipped $14bn, Kazakhstan says it received $8.2bn").
    expect(g.kzToCn.map((x) => [x.year, x.cn.id, x.kz.id])).toEqual([
      [2013, 'kz-to-cn-2013-cn-customs', 'kz-to-cn-2013-kz-ministry'],
    ]);
    expect(g.kzToCn[0]?.gapAbsolute).toBeCloseTo(1.666, 9);
    expect(g.cnToKz.map((x) => [x.year, x.cn.id, x.kz.id])).toEqual([
      [2013, 'cn-to-kz-2013-cn-customs', 'cn-to-kz-2013-kz-ministry'],
      [2021, 'cn-to-kz-2021-cn-media', 'cn-to-kz-2021-kz-media'],
    ]);
    expect(g.cnToKz[0]?.gapAbsolute).toBeCloseTo(4.307, 9);
    expect(g.cnToKz[1]?.gapAbsolute).toBeCloseTo(5.8, 9);
  });
});

describe('directionSumMismatches', () => {
  it('finds none in the reference data: every source’s two directions meet its turnover', () => {
    expect(directionSumMismatches(d)).toEqual([]);
  });

  it.each<[string, number, number]>([
    ['exports and imports above the turnover', 14.334, 12.5],
    ['well below it', 5, 5],
  ])('flags %s', (_name, exports, imports) => {
    const turnover = obs('trade-2013-kz-ministry');
    const x = { ...obs('kz-to-cn-2013-kz-ministry'), value: exports, qualifier: undefined };
    const m = { ...obs('cn-to-kz-2013-kz-ministry'), value: imports };
    expect(
      directionSumMismatches({ ...d, observations: [turnover, x, m] }).map((r) => r.cnToKz.id),
    ).toEqual(['cn-to-kz-2013-kz-ministry']);
  });

  it('does not check a year without a turnover figure of that side', () => {
    const x = obs('kz-to-cn-2023-cn-customs');
    const m = { ...obs('cn-to-kz-2023-cn-customs'), value: 999 };
    expect(directionSumMismatches({ ...d, observations: [x, m] })).toEqual([]);
  });
});
