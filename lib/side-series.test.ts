import { describe, expect, it } from 'vitest';
import { getDataset } from './datasets';
import { annualBySide } from './side-series';
import type { Side } from './select';

const d = getDataset();

describe('annualBySide', () => {
  it.each<[Side, Date | undefined, number[]]>([
    ['CN', undefined, [2000, 2010, 2013, 2016, 2021, 2022, 2023, 2024]],
    ['KZ', undefined, [2008, 2009, 2011, 2013, 2021, 2022]],
    ['unstated', undefined, [2002, 2005, 2006, 2007, 2012, 2018]],
    ['CN', new Date('2024-06-01T00:00:00.000Z'), [2000, 2010, 2013, 2016, 2021, 2022, 2023]],
    ['CN', new Date('1999-01-01T00:00:00.000Z'), []],
  ])('%s as of %s', (side, asOf, years) => {
    expect(annualBySide(d, 'trade-turnover', side, asOf).map((o) => o.period.year)).toEqual(years);
  });

  it('leaves half-years out', () => {
    expect(
      annualBySide(d, 'trade-turnover', 'unstated').some((o) => o.period.type !== 'year'),
    ).toBe(false);
  });

  it('keeps the agency figure when a side reports a year twice', () => {
    const kz2013 = d.observations.find((o) => o.id === 'trade-2013-kz-stat');
    if (!kz2013) throw new Error('fixture');
    const twice = {
      ...d,
      observations: [{ ...kz2013, id: 'other', statistic: 'kz-official' as const }, kz2013],
    };
    expect(annualBySide(twice, 'trade-turnover', 'KZ').map((o) => o.id)).toEqual([
      'trade-2013-kz-stat',
    ]);
  });

  it('is empty for a series with no figures', () => {
    expect(annualBySide({ ...d, observations: [] }, 'trade-turnover', 'CN')).toEqual([]);
  });
});
