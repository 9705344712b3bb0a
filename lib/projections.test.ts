import { describe, expect, it } from 'vitest';
import type { Dataset, Observation, Target } from '@/data/types';
import { getDataset } from './datasets';
import { periodKey } from './periods';
import { deriveSeedFigures } from './derived';
import {
  firstReached,
  formatTargetStatus,
  knowableAtAnnouncement,
  knowableForAll,
  pendingOutlooks,
  summariseStatus,
  trackTargets,
  trailingCagr,
  type TrackerRow,
} from './projections';
import type { TargetStatus } from './targets';

const d = getDataset();
const TODAY = new Date('2025-06-01T00:00:00.000Z');
const target = (id: string): Target => {
  const t = d.targets.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};
const obs = (id: string): Observation => {
  const o = d.observations.find((x) => x.id === id);
  if (!o) throw new Error(id);
  return o;
};

/** A dataset with only the given records; sources kept so ids resolve. */
const only = (observations: Observation[], targets: Target[]): Dataset => ({
  ...d,
  observations,
  targets,
});

describe('trackTargets', () => {
  const rows = trackTargets(d, TODAY);

  // Worked by hand from data/: 17.5 − 12 = 5.5, 5.5 / 12 = 45.83%; 20.4 − 15 = 5.4, 36%.
  it.each<[string, TargetStatus, number | null, number | null, number | null, string | null]>([
    [
      'target-2008-12bn-nazarbayev--kz-official',
      'beaten',
      17.5,
      5.5,
      45.833333,
      'trade-2007-unstated',
    ],
    ['target-2015-15bn-heads-of-state', 'no-data', null, null, null, 'trade-2008-kz-official'],
    ['target-2010-15bn-masimov--cn-official', 'beaten', 20.4, 5.4, 36, 'trade-2008-kz-official'],
    ['target-2015-40bn-hu-jintao', 'no-data', null, null, null, 'trade-2023-cn-customs'],
    ['target-2030-35bn-heads-of-state', 'pending', null, null, null, 'trade-2023-cn-customs'],
    ['target-2030-40bn-tokayev', 'pending', null, null, null, 'trade-2023-cn-customs'],
    ['target-open-100bn-tokayev', 'open-ended', null, null, null, null],
    // 17.55 − 12 = 5.55, 46.25%; 20.3 − 15 = 5.3, 35.33%; 13.8 − 10 = 3.8, 38%; 14.5 − 20 = −5.5.
    ['target-2008-12bn-nazarbayev--unstated', 'beaten', 17.55, 5.55, 46.25, 'trade-2007-unstated'],
    ['target-2010-15bn-masimov--kz-stat', 'beaten', 20.3, 5.3, 35.333333, 'trade-2008-kz-official'],
    ['target-2007-10bn-nazarbayev--unstated', 'beaten', 13.8, 3.8, 38, 'trade-2007-unstated'],
    [
      'target-2019-20bn-zhang-xiao--kz-official',
      'missed',
      14.5,
      -5.5,
      -27.5,
      'trade-2021-cn-official',
    ],
  ])('%s is %s', (rowId, status, actual, absolute, pct, reachedId) => {
    const row = rows.find((r) => r.rowId === rowId);
    expect(row?.status).toBe(status);
    expect(row?.actual?.value ?? null).toBe(actual);
    if (absolute === null) expect(row?.variance).toBeNull();
    else {
      expect(row?.variance?.absolute).toBeCloseTo(absolute, 9);
      expect(row?.variance?.pct).toBeCloseTo(pct ?? NaN, 5);
    }
    expect(row?.firstReached?.id ?? null).toBe(reachedId);
  });

  it('gives one row per side that reports the target period, one figure per side', () => {
    expect(rows.map((r) => r.rowId)).toEqual([
      'target-2008-12bn-nazarbayev--kz-official',
      'target-2008-12bn-nazarbayev--unstated',
      'target-2015-15bn-heads-of-state',
      'target-2010-15bn-masimov--cn-official',
      'target-2010-15bn-masimov--kz-stat',
      'target-2015-40bn-hu-jintao',
      'target-2030-35bn-heads-of-state',
      'target-2030-40bn-tokayev',
      'target-open-100bn-tokayev',
      'target-2007-10bn-nazarbayev--unstated',
      'target-2019-20bn-zhang-xiao--kz-official',
    ]);
  });

  it.each<[string, Observation[], Target[], Date, string[]]>([
    ['no targets, no rows', d.observations, [], TODAY, []],
    [
      'two statistics for the target year give two rows, agency first',
      [obs('trade-2013-kz-ministry'), obs('trade-2013-cn-customs')],
      [{ ...target('target-2015-40bn-hu-jintao'), period: { type: 'year', year: 2013 } }],
      TODAY,
      ['missed', 'missed'],
    ],
    [
      'before the target year ends a reported actual is still pending',
      [obs('trade-2008-kz-official')],
      [target('target-2008-12bn-nazarbayev')],
      new Date('2008-06-30T00:00:00.000Z'),
      ['pending'],
    ],
    [
      'no observations at all: no data once the year is over',
      [],
      [target('target-2008-12bn-nazarbayev')],
      TODAY,
      ['no-data'],
    ],
  ])('%s', (_name, observations, targets, today, statuses) => {
    const got = trackTargets(only(observations, targets), today);
    expect(got.map((r) => r.status)).toEqual(statuses);
    expect(new Set(got.map((r) => r.rowId)).size).toBe(got.length);
  });

  it('orders two statistics for the same period agency first', () => {
    const got = trackTargets(
      only(
        [obs('trade-2013-kz-ministry'), obs('trade-2013-cn-customs')],
        [{ ...target('target-2015-40bn-hu-jintao'), period: { type: 'year', year: 2013 } }],
      ),
      TODAY,
    );
    expect(got.map((r) => r.actual?.statistic)).toEqual(['cn-customs', 'kz-ministry']);
  });
});

describe('firstReached', () => {
  it.each<[string, string | null]>([
    ['target-2008-12bn-nazarbayev', 'trade-2007-unstated'],
    ['target-2010-15bn-masimov', 'trade-2008-kz-official'],
    ['target-open-100bn-tokayev', null],
  ])('%s → %s', (id, expected) => {
    expect(firstReached(d, target(id))?.id ?? null).toBe(expected);
  });

  it('ignores figures for years that ended before the announcement', () => {
    const t = { ...target('target-2008-12bn-nazarbayev'), value: 1 };
    // 2000's $1.5bn ended long before Aug 2007; the first year ending after it is 2007.
    expect(firstReached(d, t)?.period).toEqual({ type: 'year', year: 2007 });
  });
});

describe('trailingCagr', () => {
  const cn = [
    obs('trade-2013-cn-customs'),
    obs('trade-2021-cn-official'),
    obs('trade-2022-cn-customs'),
    obs('trade-2023-cn-customs'),
    obs('trade-2024-cn-customs'),
  ];
  it.each<
    [string, Observation[], number, number | undefined, [number, number], number, number | null]
  >([
    ['CN 2020–2024: 25 → 43.82 over 3 years', cn, 2024, undefined, [2020, 2024], 4, 20.571349],
    [
      'KZ 2018–2022: 18 → 24.1 over 1 year',
      [obs('trade-2021-kz-official'), obs('trade-2022-kz-official')],
      2022,
      undefined,
      [2018, 2022],
      2,
      33.888889,
    ],
    ['one point: no trend', [obs('trade-2018-cn-media')], 2018, undefined, [2014, 2018], 1, null],
    ['empty input', [], 2024, undefined, [2020, 2024], 0, null],
    [
      'a 12-year window reaches 2013: 28.5 → 43.82 over 11 years',
      cn,
      2024,
      12,
      [2013, 2024],
      5,
      3.988262,
    ],
    [
      'half-years are ignored',
      [obs('trade-2007h1-unstated'), obs('trade-2007-unstated')],
      2007,
      undefined,
      [2003, 2007],
      1,
      null,
    ],
  ])('%s', (_name, annual, endYear, window, expectedWindow, points, cagr) => {
    const t = trailingCagr(annual, endYear, window);
    expect(t.window).toEqual(expectedWindow);
    expect(t.points).toHaveLength(points);
    if (cagr === null) expect(t.cagrPct).toBeNull();
    else expect(t.cagrPct).toBeCloseTo(cagr, 3);
  });
});

describe('pendingOutlooks', () => {
  const outlooks = pendingOutlooks(d, TODAY);

  it('covers only the targets still pending', () => {
    expect(outlooks.map((o) => o.target.id)).toEqual([
      'target-2030-35bn-heads-of-state',
      'target-2030-40bn-tokayev',
    ]);
  });

  // (35 / 43.82)^(1/6) − 1 = −3.68%; (35 / 44)^(1/6) − 1 = −3.74%; (35 / 30.1)^(1/6) − 1 = 2.55%;
  // KZ trend 2021 18 → 2024 44: (44 / 18)^(1/3) − 1 = 34.71%; unstated 2020 15.3 → 2024 30.1: 18.43%.
  it.each<[string, string, string, number, number, boolean, [number, number], number | null]>([
    [
      'target-2030-35bn-heads-of-state',
      'CN',
      'trade-2024-cn-customs',
      6,
      -3.676421,
      true,
      [2020, 2024],
      20.571349,
    ],
    [
      'target-2030-35bn-heads-of-state',
      'KZ',
      'trade-2024-kz-official',
      6,
      -3.742208,
      true,
      [2020, 2024],
      34.708001,
    ],
    [
      'target-2030-35bn-heads-of-state',
      'unstated',
      'trade-2024-unstated',
      6,
      2.545575,
      false,
      [2020, 2024],
      18.431919,
    ],
    [
      'target-2030-40bn-tokayev',
      'CN',
      'trade-2024-cn-customs',
      6,
      -1.508685,
      true,
      [2020, 2024],
      20.571349,
    ],
    [
      'target-2030-40bn-tokayev',
      'KZ',
      'trade-2024-kz-official',
      6,
      -1.575953,
      true,
      [2020, 2024],
      34.708001,
    ],
  ])('%s, %s side', (id, side, latestId, years, required, reached, window, trend) => {
    const s = outlooks.find((o) => o.target.id === id)?.sides.find((x) => x.side === side);
    expect(s?.latest.id).toBe(latestId);
    expect(s?.years).toBe(years);
    expect(s?.requiredPct).toBeCloseTo(required, 5);
    expect(s?.alreadyReached).toBe(reached);
    expect(s?.trend.window).toEqual(window);
    if (trend === null) expect(s?.trend.cagrPct).toBeNull();
    else expect(s?.trend.cagrPct).toBeCloseTo(trend, 5);
  });

  it('uses only figures that had ended by today', () => {
    const early = pendingOutlooks(d, new Date('2023-06-01T00:00:00.000Z'));
    const cn = early[0]?.sides.find((s) => s.side === 'CN');
    expect(cn?.latest.id).toBe('trade-2022-cn-customs');
  });

  it('is empty when nothing is pending', () => {
    expect(pendingOutlooks(d, new Date('2031-01-01T00:00:00.000Z'))).toEqual([]);
    expect(pendingOutlooks(only([], []), TODAY)).toEqual([]);
  });

  it('leaves out sides without a figure', () => {
    const got = pendingOutlooks(
      only([obs('trade-2024-cn-customs')], [target('target-2030-40bn-tokayev')]),
      TODAY,
    );
    expect(got[0]?.sides.map((s) => s.side)).toEqual(['CN']);
  });
});

describe('knowableAtAnnouncement', () => {
  type PointRow = [
    basis: string,
    year: number,
    value: number,
    statistic: string,
    requiredPct: number | null,
    realisedPct: number | null | undefined, // undefined: no realised growth
  ];
  // All worked by hand: e.g. (12 / 8.36)^(1/2) − 1 = 19.81%; 5.97 × 2 = 11.94, 12 / 11.94 − 1 = 0.50%;
  // H1 2006 = 5.97 / 1.604, share = that / 8.36, seasonal = 5.97 / share = 13.40944, 12 / 13.40944 − 1 = −10.51%.
  it.each<[string, string, PointRow[]]>([
    [
      'target-2008-12bn-nazarbayev',
      '2007-H1',
      [
        // (12 / 8.358)^(1/2) − 1 = 19.82%; unstated 8.36 → 17.55 in 2008: 44.89% a year.
        ['reported', 2006, 8.358, 'cn-media', 19.822793, undefined],
        ['reported', 2006, 8.36, 'unstated', 19.80846, 44.889002],
        ['estimate', 2007, 11.94, 'unstated', 0.502513, undefined],
        ['estimate', 2007, 13.40944, 'unstated', -10.510804, undefined],
        ['hindsight', 2007, 13.8, 'unstated', -13.043478, 27.173913],
      ],
    ],
    [
      'target-2015-15bn-heads-of-state',
      '2006',
      [
        ['reported', 2006, 8.358, 'cn-media', 6.713899, 19.153299],
        ['reported', 2006, 8.36, 'unstated', 6.711062, 9.437275],
      ],
    ],
    [
      'target-2010-15bn-masimov',
      '2007',
      [['reported', 2007, 13.8, 'unstated', 2.818372, 27.173913]],
    ],
    [
      'target-2015-40bn-hu-jintao',
      '2011-Q1',
      [
        ['reported', 2010, 20.4, 'cn-official', 14.41579, 11.7905],
        ['reported', 2010, 20.3, 'kz-stat', 14.528294, 3.535285],
      ],
    ],
    [
      'target-2030-35bn-heads-of-state',
      '2022-M01-10',
      [
        ['reported', 2021, 25, 'cn-official', 3.809344, 20.571349],
        ['reported', 2021, 18, 'kz-official', 7.668433, 34.708001],
        ['reported', 2021, 25.25, 'unstated', 3.694637, 6.031532],
      ],
    ],
    [
      'target-2030-40bn-tokayev',
      '2022',
      [
        ['reported', 2022, 31.2, 'cn-customs', 3.154499, 18.511062],
        ['reported', 2022, 24, 'kz-official', 6.593591, 35.40064],
      ],
    ],
    [
      'target-open-100bn-tokayev',
      '2023',
      [
        ['reported', 2023, 41, 'cn-customs', null, 6.878049],
        ['reported', 2023, 31.5, 'kz-ministry', null, 39.68254],
      ],
    ],
    [
      'target-2019-20bn-zhang-xiao',
      '2018',
      [
        ['reported', 2018, 19.88, 'cn-media', 0.603622, undefined],
        ['reported', 2018, 11.7, 'kz-official', 70.940171, 23.931624],
      ],
    ],
  ])('%s: latest period %s', (id, latestKey, expected) => {
    const k = knowableAtAnnouncement(d, target(id), TODAY);
    const { latestPeriod } = k ?? {};
    const key = latestPeriod ? periodKey(latestPeriod) : null;
    expect(key).toBe(latestKey);
    expect(k?.points.map((p) => p.basis)).toEqual(expected.map((e) => e[0]));
    k?.points.forEach((p, i) => {
      const [, year, value, statistic, required, realised] = expected[i] as PointRow;
      expect(p.year).toBe(year);
      expect(p.value).toBeCloseTo(value, 6);
      expect(p.statistic).toBe(statistic);
      if (required === null) expect(p.requiredPct).toBeNull();
      else expect(p.requiredPct).toBeCloseTo(required, 5);
      if (realised === undefined) expect(p.realised).toBeNull();
      else expect(p.realised?.cagrPct).toBeCloseTo(realised ?? NaN, 5);
    });
  });

  it('compares each 2007 estimate with the 13.8 reported later', () => {
    const k = knowableAtAnnouncement(d, target('target-2008-12bn-nazarbayev'), TODAY);
    const estimates = k?.points.filter((p) => p.basis === 'estimate') ?? [];
    expect(estimates.map((p) => p.laterReported?.id)).toEqual([
      'trade-2007-unstated',
      'trade-2007-unstated',
    ]);
    // 11.94 − 13.8 = −1.86 (−13.48%); 13.40944 − 13.8 = −0.39056 (−2.83%).
    expect(estimates[0]?.error?.absolute).toBeCloseTo(-1.86, 9);
    expect(estimates[0]?.error?.pct).toBeCloseTo(-13.478261, 5);
    expect(estimates[1]?.error?.absolute).toBeCloseTo(-0.39056, 9);
    expect(estimates[1]?.error?.pct).toBeCloseTo(-2.830145, 5);
    expect(k?.outcomes.map((r) => [r.status, r.actual?.value])).toEqual([
      ['beaten', 17.5],
      ['beaten', 17.55],
    ]);
  });

  it('agrees with deriveSeedFigures on the annualised 2007', () => {
    const seed = deriveSeedFigures(d).filter((f) => f.fn.startsWith('annualiseHalfYear'));
    const k = knowableAtAnnouncement(d, target('target-2008-12bn-nazarbayev'), TODAY);
    const ours = k?.points.filter((p) => p.basis === 'estimate') ?? [];
    expect(ours.map((p) => p.fn)).toEqual(seed.map((f) => f.fn));
    ours.forEach((p, i) => expect(p.value).toBeCloseTo(seed[i]?.value ?? NaN, 9));
  });

  it.each<[string, Dataset, Target]>([
    [
      'no figure precedes the announcement',
      d,
      { ...target('target-2008-12bn-nazarbayev'), announced: '1999' },
    ],
    ['no observations at all', only([], []), target('target-2008-12bn-nazarbayev')],
  ])('is null when %s', (_name, dataset, t) => {
    expect(knowableAtAnnouncement(dataset, t, TODAY)).toBeNull();
  });

  it('gives only the naive estimate when no earlier year gives an H1 share', () => {
    const h1 = obs('trade-2007h1-unstated');
    const k = knowableAtAnnouncement(
      only([h1, obs('trade-2005-unstated')], [target('target-2008-12bn-nazarbayev')]),
      target('target-2008-12bn-nazarbayev'),
      TODAY,
    );
    expect(k?.points.map((p) => p.fn)).toEqual([null, 'annualiseHalfYearNaive']);
    expect(k?.points[1]?.laterReported).toBeNull();
  });

  it('covers every target with earlier figures', () => {
    expect(knowableForAll(d, TODAY).map((k) => k.target.id)).toEqual(d.targets.map((t) => t.id));
  });
});

describe('summariseStatus and formatTargetStatus', () => {
  const rows = trackTargets(d, TODAY);
  const of = (id: string) => rows.filter((r) => r.target.id === id);
  it.each<[string, TrackerRow[], string]>([
    ['one statistic', of('target-2010-15bn-masimov').slice(0, 1), 'beaten (Chinese officials)'],
    ['two sides', of('target-2008-12bn-nazarbayev'), 'beaten (Kazakh officials, Unstated)'],
    ['no statistic reports it', of('target-2015-40bn-hu-jintao'), 'no data'],
    ['pending', of('target-2030-40bn-tokayev'), 'pending'],
    ['open-ended', of('target-open-100bn-tokayev'), 'open-ended'],
    ['no rows', [], ''],
    [
      'two statistics, two statuses',
      trackTargets(
        only(
          [obs('trade-2013-kz-ministry'), obs('trade-2013-cn-customs')],
          [
            {
              ...target('target-2015-40bn-hu-jintao'),
              value: 25,
              period: { type: 'year', year: 2013 },
            },
          ],
        ),
        TODAY,
      ),
      'beaten (Chinese customs), missed (Kazakh ministry)',
    ],
  ])('%s', (_name, input, expected) => {
    expect(summariseStatus(input)).toBe(expected);
  });

  it.each<[TargetStatus, string]>([
    ['beaten', 'beaten'],
    ['met', 'met'],
    ['missed', 'missed'],
    ['pending', 'pending'],
    ['open-ended', 'open-ended'],
    ['no-data', 'no data'],
  ])('%s reads "%s"', (s, text) => expect(formatTargetStatus(s)).toBe(text));
});
