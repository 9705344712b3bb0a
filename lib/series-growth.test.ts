import { describe, expect, it } from 'vitest';
import { getDataset } from './datasets';
import { seriesWithGrowth, statedGrowthChecks } from './series-growth';

const d = getDataset();

describe('seriesWithGrowth', () => {
  const rows = seriesWithGrowth(d);

  it('keeps every trade figure, in period order', () => {
    expect(rows).toHaveLength(d.observations.filter((o) => o.series === 'trade-turnover').length);
    expect(rows[0]?.observation.id).toBe('trade-2000-cn-customs');
    // 2024: Chinese customs (two sources), a Kazakh official, an unstated figure.
    expect(rows.at(-1)?.observation.id).toBe('trade-2024-unstated');
  });

  // By hand: 8.36 / 6.8 − 1 = 22.94%; 13.8 / 8.36 − 1 = 65.07%; 41 / 31.2 − 1 = 31.41%.
  it.each<[string, number | null, number | null, string | null]>([
    ['trade-2006-unstated', 22.941176, 22.8, 'trade-2005-unstated'],
    ['trade-2007-unstated', 65.07177, 66, 'trade-2006-unstated'],
    ['trade-2023-cn-customs', 31.410256, 32, 'trade-2022-cn-customs'],
    ['trade-2016-cn-customs', null, -8.4, null],
    ['trade-2000-cn-customs', null, null, null],
  ])('%s', (id, computed, stated, priorId) => {
    const r = rows.find((x) => x.observation.id === id);
    if (computed === null) expect(r?.growth?.computedPct ?? null).toBeNull();
    else expect(r?.growth?.computedPct).toBeCloseTo(computed, 4);
    expect(r?.growth?.statedPct ?? null).toBe(stated);
    expect(r?.growth?.prior?.id ?? null).toBe(priorId);
  });

  it('is empty for a series without figures', () => {
    expect(seriesWithGrowth({ ...d, observations: [] })).toEqual([]);
  });
});

describe('statedGrowthChecks', () => {
  it('lists every stated rate, in period order then statistic', () => {
    expect(statedGrowthChecks(d).map((r) => r.observation.id)).toEqual([
      'trade-2006-unstated',
      'trade-2007h1-unstated',
      'trade-2007-unstated',
      'trade-2010m01-10-unstated',
      'trade-2010-kz-official',
      'trade-2010-kz-stat',
      'trade-2012-unstated',
      'trade-2013h1-cn-media',
      'trade-2013-cn-customs',
      'trade-2013-cn-ministry',
      'trade-2014-unstated',
      'trade-2016-cn-customs',
      'trade-2017q1-kz-official',
      'trade-2017m01-04-cn-ministry',
      'trade-2018-cn-media',
      'trade-2018-kz-official-sklyar',
      'trade-2018-kz-official-tokayev',
      'trade-2019-kz-official',
      'trade-2020m01-04-unstated',
      'trade-2021-kz-official',
      'trade-2021-unstated',
      'trade-2022m01-04-cn-customs',
      'trade-2022m01-10-kz-official',
      'trade-2022m01-11-cn-official',
      'trade-2022-cn-customs',
      'trade-2022-cn-official',
      'trade-2022-kz-official',
      'trade-2022-kz-official-smailov',
      'trade-2022-kz-official-smailov-trend',
      'trade-2023h1-kz-official',
      'trade-2023m01-10-cn-official',
      'trade-2023-cn-customs',
      'trade-2023-cn-media',
    ]);
  });

  it.each<[string, boolean | null, number | null]>([
    // 2007: 65.07% against the stated 66% → −0.93 pp, consistent within rounding.
    ['trade-2007-unstated', true, -0.92823],
    ['trade-2022-kz-official', true, -0.211111],
    ['trade-2013-cn-customs', null, null],
    // "nearly 14.5" (2019) against 11.7 (2018): 23.93% computed, within "+23%" and the word.
    ['trade-2019-kz-official', true, 0.931624],
    // The contradictions the validator found, each named by a declared conflict.
    ['trade-2010-kz-stat', false, 70.957447],
    ['trade-2021-unstated', false, 47.43268],
    ['trade-2023-cn-media', false, -0.725641],
  ])('%s: consistent %s', (id, consistent, diff) => {
    const r = statedGrowthChecks(d).find((x) => x.observation.id === id);
    expect(r?.check?.consistent ?? null).toBe(consistent);
    if (diff === null) expect(r?.check?.differencePp ?? null).toBeNull();
    else expect(r?.check?.differencePp).toBeCloseTo(diff, 3);
  });

  it('reads the crude series too', () => {
    expect(statedGrowthChecks(d, 'crude-oil-via-pipeline').map((r) => r.observation.id)).toEqual([
      'crude-2009-unstated',
      'crude-2011-unstated',
      'crude-2013-unstated-xinjiang',
      'crude-2017-unstated',
    ]);
    // 7.73 against "more than 6" (2008, CNPC): +28.83% at most, so "+26%" is consistent.
    const c2009 = statedGrowthChecks(d, 'crude-oil-via-pipeline')[0];
    expect(c2009?.prior?.id).toBe('crude-2008-unstated');
    expect(c2009?.check?.consistent).toBe(true);
  });
});
