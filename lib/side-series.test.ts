import { describe, expect, it } from 'vitest';
import { getDataset } from './datasets';
import type { Observation, Source } from '@/data/types';
import { annualBySide, PRECEDENCE_RULE } from './side-series';
import type { Side } from './select';

const d = getDataset();

describe('annualBySide', () => {
  it.each<[Side, Date | undefined, number[]]>([
    ['CN', undefined, [2000, 2002, 2006, 2010, 2013, 2016, 2018, 2021, 2022, 2023, 2024]],
    ['KZ', undefined, [2008, 2009, 2010, 2011, 2013, 2018, 2019, 2021, 2022, 2023, 2024]],
    ['unstated', undefined, [2002, 2005, 2006, 2007, 2008, 2012, 2014, 2020, 2021, 2024]],
    [
      'CN',
      new Date('2024-06-01T00:00:00.000Z'),
      [2000, 2002, 2006, 2010, 2013, 2016, 2018, 2021, 2022, 2023],
    ],
    ['CN', new Date('1999-01-01T00:00:00.000Z'), []],
  ])('%s as of %s', (side, asOf, years) => {
    expect(annualBySide(d, 'trade-turnover', side, asOf).map((o) => o.period.year)).toEqual(years);
  });

  it('leaves half-years out', () => {
    expect(
      annualBySide(d, 'trade-turnover', 'unstated').some((o) => o.period.type !== 'year'),
    ).toBe(false);
  });

  const kz2013 = d.observations.find((o) => o.id === 'trade-2013-kz-ministry');
  if (!kz2013) throw new Error('fixture');
  const dated = (id: string, published: string | null): Source => ({
    id,
    title: null,
    publisher: id,
    url: `https://example.org/${id}`,
    published,
    quote: 'q',
  });
  const pick = (observations: Observation[], sources: Source[] = d.sources) =>
    annualBySide({ ...d, sources, observations }, 'trade-turnover', 'KZ').map((o) => o.id);

  it.each<[string, Observation[], Source[] | undefined, string[]]>([
    [
      'agency before ministry before official before media',
      [
        { ...kz2013, id: 'media', statistic: 'kz-media' },
        { ...kz2013, id: 'official', statistic: 'kz-official' },
        { ...kz2013, id: 'agency', statistic: 'kz-stat' },
        kz2013,
      ],
      undefined,
      ['agency'],
    ],
    [
      'at one tier, an exact figure before a bounded one',
      [
        { ...kz2013, id: 'bounded', statistic: 'kz-official', qualifier: 'more-than' },
        { ...kz2013, id: 'exact', statistic: 'kz-official' },
      ],
      undefined,
      ['exact'],
    ],
    [
      'then the latest publication; an undated source loses to a dated one',
      [
        { ...kz2013, id: 'undated', statistic: 'kz-official', sourceId: 'u' },
        { ...kz2013, id: 'older', statistic: 'kz-official', sourceId: 'o' },
        { ...kz2013, id: 'newer', statistic: 'kz-official', sourceId: 'n' },
      ],
      [dated('u', null), dated('o', '2019-09'), dated('n', '2020-01-07')],
      ['newer'],
    ],
    [
      'then dataset order',
      [
        { ...kz2013, id: 'first', statistic: 'kz-official', sourceId: 'u' },
        { ...kz2013, id: 'second', statistic: 'kz-official', sourceId: 'v' },
      ],
      [dated('u', null), dated('v', null)],
      ['first'],
    ],
  ])('picks by precedence: %s', (_name, observations, sources, expected) => {
    expect(pick(observations, sources)).toEqual(expected);
  });

  it('states the precedence rule it applies', () => {
    expect(PRECEDENCE_RULE).toMatch(/agency.*ministry.*official.*media.*exact.*latest publication/);
  });

  it('is empty for a series with no figures', () => {
    expect(annualBySide({ ...d, observations: [] }, 'trade-turnover', 'CN')).toEqual([]);
  });
});
