import { describe, expect, it } from 'vitest';
import type { CumulativeCheckpoint, Dataset, Observation } from '@/data/types';
import { cumulativeChecks, fallingTotals } from './cumulative';
import { getDataset } from './datasets';

const d = getDataset();
const flow = (
  id: string,
  year: number,
  value: number,
  extra: Partial<Observation> = {},
): Observation => ({
  id,
  series: 'crude-oil-via-pipeline',
  period: { type: 'year', year },
  value,
  unit: 'mt',
  kind: 'reported',
  statistic: 'unstated',
  reportedBy: 'r',
  sourceId: 'caci-2007-09-05',
  quote: 'q',
  ...extra,
});
const cp = (
  id: string,
  through: string,
  value: number,
  extra: Partial<CumulativeCheckpoint> = {},
): CumulativeCheckpoint => ({
  id,
  series: 'crude-oil-via-pipeline',
  through,
  value,
  unit: 'mt',
  statistic: 'unstated',
  reportedBy: 'r',
  sourceId: 'caci-2007-09-05',
  quote: 'q',
  ...extra,
});
const with_ = (observations: Observation[], cumulative: CumulativeCheckpoint[]): Dataset => ({
  ...d,
  observations,
  cumulative,
});

describe('cumulativeChecks', () => {
  it('checks the end-2009 total since 2006 against the four annual flows: they agree', () => {
    // 20.39 − (1.76 + 4.77 + >6 + 7.73) is at most 0.15 (rounding) and has no lower end ("more
    // than 6"), so it allows 0, the total before the line opened.
    const [check] = cumulativeChecks(d);
    expect(check?.atLabel).toBe('end of 2005');
    expect(check?.agree).toBe(true);
    const derived = check?.estimates.find((e) => e.kind === 'derived');
    expect(derived?.formula).toBe('20.39 − (1.76 + 4.77 + >6 + 7.73)');
    expect(derived?.value).toBeCloseTo(0.13, 9);
    expect(derived?.bounds[0]).toBe(-Infinity);
    expect(derived?.bounds[1]).toBeCloseTo(0.15, 9);
  });

  it('finds the checks of the reference data and which agree', () => {
    expect(cumulativeChecks(d).map((c) => [c.series, c.atLabel, c.agree])).toEqual([
      ['crude-oil-via-pipeline', 'end of 2005', true],
      ['crude-oil-via-pipeline', 'end of 2013', false],
      ['gas-via-central-asia-pipeline', 'end of 2018', false],
      ['gas-via-central-asia-pipeline', 'end of 2019', true],
    ]);
  });

  it('puts the end-2013 oil total 63.62 against 70.22 − 6.62 = 63.6: beyond rounding', () => {
    const c = cumulativeChecks(d)[1];
    expect(c?.estimates.map((e) => e.formula)).toEqual(['63.62', '70.22 − (6.62)']);
    expect(c?.common).toBeNull();
    expect(c?.checkpointIds).toEqual(['cum-crude-2013', 'cum-crude-2014-07-14']);
  });

  it.each<[string, Observation[], CumulativeCheckpoint[], [string, boolean][]]>([
    ['no checkpoints', [flow('f', 2006, 1)], [], []],
    ['one checkpoint, nothing to compare', [], [cp('c', '2009', 5)], []],
    [
      'a gap year breaks the chain: no check',
      [flow('f6', 2006, 1), flow('f8', 2008, 1)],
      [cp('c', '2008', 3, { since: '2006' })],
      [],
    ],
    [
      'a total the flows since the start exceed',
      [flow('f6', 2006, 2.25), flow('f7', 2007, 2.25)],
      [cp('c', '2007', 3.1, { since: '2006' })],
      [['end of 2005', false]],
    ],
    [
      'two totals and the flow between: agree',
      [flow('f7', 2007, 2)],
      [cp('a', '2006', 5), cp('b', '2007', 7)],
      [['end of 2006', true]],
    ],
    [
      'a day-precise total less the days since 1 January',
      [
        flow('ytd', 2014, 6.62, {
          period: {
            type: 'days',
            year: 2014,
            first: { month: 1, day: 1 },
            last: { month: 7, day: 14 },
          },
        }),
      ],
      [cp('a', '2013', 63.6), cp('b', '2014-07-14', 70.22)],
      [['end of 2013', true]],
    ],
  ])('%s', (_name, observations, checkpoints, expected) => {
    expect(
      cumulativeChecks(with_(observations, checkpoints)).map((c) => [c.atLabel, c.agree]),
    ).toEqual(expected);
  });
});

describe('fallingTotals', () => {
  it.each<[string, CumulativeCheckpoint[], [string, string][]]>([
    ['rising', [cp('a', '2010', 20), cp('b', '2011', 30)], []],
    ['falling', [cp('a', '2010', 30), cp('b', '2011', 20)], [['a', 'b']]],
    [
      '"more than 180" after 203.2 does not fall',
      [cp('a', '2017', 203.2), cp('b', '2018-06', 180, { qualifier: 'more-than' })],
      [],
    ],
    ['equal within rounding', [cp('a', '2010', 20), cp('b', '2011', 19.6)], []],
    ['none', [], []],
  ])('%s', (_name, checkpoints, expected) => {
    expect(fallingTotals(with_([], checkpoints)).map((f) => [f.earlier.id, f.later.id])).toEqual(
      expected,
    );
  });

  it('finds none in the reference data', () => {
    expect(fallingTotals(d)).toEqual([]);
  });
});
