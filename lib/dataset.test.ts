import { describe, expect, it } from 'vitest';
import { chinaKazakhstan } from '@/data/china-kazakhstan';
import type { CumulativeCheckpoint, Dataset, Observation } from '@/data/types';
import { DatasetError, validateDataset } from './dataset';

const source = {
  id: 'src',
  title: 'A page',
  publisher: 'Publisher',
  url: 'https://example.org/a',
  published: '2007-09-05',
  quote: 'a quote',
};

function obs(
  id: string,
  year: number,
  value: number,
  extra: Partial<Observation> = {},
): Observation {
  return {
    id,
    series: 'trade-turnover',
    period: { type: 'year', year },
    value,
    unit: 'usd-bn',
    kind: 'reported',
    statistic: 'unstated',
    reportedBy: 'someone',
    sourceId: 'src',
    quote: 'q',
    ...extra,
  };
}

function checkpoint(
  id: string,
  through: string,
  value: number,
  extra: Partial<CumulativeCheckpoint> = {},
): CumulativeCheckpoint {
  return {
    id,
    series: 'crude-oil-via-pipeline',
    through,
    value,
    unit: 'mt',
    statistic: 'unstated',
    reportedBy: 'someone',
    sourceId: 'src',
    quote: 'q',
    ...extra,
  };
}

function fixture(patch: Partial<Dataset>): Dataset {
  return {
    id: 'fixture',
    title: 'Fixture',
    partners: ['A', 'B'],
    sources: [source],
    observations: [
      obs('a-2005', 2005, 6.8),
      obs('a-2006', 2006, 8.36, { statedGrowth: { pct: 22.8, basis: 'previous-year' } }),
    ],
    targets: [],
    events: [],
    ...patch,
  };
}

function issuesOf(d: unknown): string {
  try {
    validateDataset(d as Dataset);
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return (e as Error).message;
  }
  throw new Error('expected the dataset to be rejected');
}

describe('validateDataset', () => {
  it('accepts the China–Kazakhstan dataset', () => {
    expect(validateDataset(chinaKazakhstan)).toBe(chinaKazakhstan);
  });

  it('accepts a small valid fixture', () => {
    expect(() => validateDataset(fixture({}))).not.toThrow();
  });

  it.each<[string, Partial<Dataset>, string[]]>([
    [
      'negative value',
      { observations: [obs('neg', 2006, -1)] },
      ['observation "neg"', 'invalid value', 'must not be negative'],
    ],
    [
      'infinite value',
      { observations: [obs('inf', 2006, Infinity)] },
      ['observation "inf"', 'invalid value', 'Infinity'],
    ],
    [
      'NaN value',
      { observations: [obs('nan', 2006, NaN)] },
      ['observation "nan"', 'invalid value'],
    ],
    [
      'unknown unit',
      { observations: [{ ...obs('odd-unit', 2006, 1), unit: 'usd-m' as never }] },
      ['observation "odd-unit"', 'invalid unit'],
    ],
    [
      'unknown source id',
      { observations: [obs('orphan', 2006, 1, { sourceId: 'nowhere' })] },
      ['observation "orphan"', 'unknown source id', '"nowhere"'],
    ],
    [
      'the same figure twice from one source',
      { observations: [obs('first', 2006, 1), obs('second', 2006, 1)] },
      ['observation "second"', 'duplicate figure', '"first"'],
    ],
    [
      'conflicting duplicate: one side, one period, two figures no rounding reconciles',
      { observations: [obs('first', 2006, 1.7), obs('second', 2006, 1.76)] },
      ['observation "second"', 'conflicting duplicate', '"first"', 'list both in a conflict'],
    ],
    [
      'conflicting duplicate across sources of one side',
      {
        sources: [source, { ...source, id: 'src-2', url: 'https://example.org/b' }],
        observations: [
          obs('kz-a', 2010, 20.3, { statistic: 'kz-stat' }),
          obs('kz-b', 2010, 9.4, { statistic: 'kz-official', sourceId: 'src-2' }),
        ],
      },
      ['observation "kz-b"', 'conflicting duplicate', '"kz-a"'],
    ],
    [
      'partial period: months that are a quarter',
      {
        observations: [
          obs('q', 2011, 5, {
            period: { type: 'months', year: 2011, firstMonth: 1, lastMonth: 3 },
          }),
        ],
      },
      ['observation "q"', 'invalid period', 'is Q1'],
    ],
    [
      'partial period: months running backwards',
      {
        observations: [
          obs('back', 2017, 5, {
            period: { type: 'months', year: 2017, firstMonth: 4, lastMonth: 1 },
          }),
        ],
      },
      ['observation "back"', 'invalid period', 'before the first'],
    ],
    [
      'partial period: a day that does not exist',
      {
        observations: [
          obs('feb30', 2014, 5, {
            period: {
              type: 'days',
              year: 2014,
              first: { month: 1, day: 1 },
              last: { month: 2, day: 30 },
            },
          }),
        ],
      },
      ['observation "feb30"', 'invalid period', '2014-02-30 is not a day'],
    ],
    [
      'partial period: growth against the previous year',
      {
        observations: [
          obs('ytd', 2022, 19.7, {
            period: { type: 'months', year: 2022, firstMonth: 1, lastMonth: 10 },
            statedGrowth: { pct: 33, basis: 'previous-year' },
          }),
        ],
      },
      ['observation "ytd"', 'partial period against the previous year', 'Jan–Oct 2022'],
    ],
    [
      'direction: exports and imports that exceed the turnover',
      {
        observations: [
          obs('turnover', 2013, 22.53, { statistic: 'kz-ministry' }),
          obs('exports', 2013, 14.334, { series: 'trade-kz-to-cn', statistic: 'kz-ministry' }),
          obs('imports', 2013, 12.5, { series: 'trade-cn-to-kz', statistic: 'kz-ministry' }),
        ],
      },
      ['observation "imports"', 'directions do not add up to turnover', '"turnover" (22.53)'],
    ],
    [
      'direction: an unknown series',
      { observations: [obs('sideways', 2013, 1, { series: 'trade-kz-to-ru' as never })] },
      ['observation "sideways"', 'invalid series'],
    ],
    [
      'qualifier: a word the dataset does not know',
      { observations: [obs('roughly', 2013, 1, { qualifier: 'roughly' as never })] },
      ['observation "roughly"', 'invalid qualifier'],
    ],
    [
      'qualifier: a growth rate bounded by an unknown word',
      {
        observations: [
          obs('y2006', 2006, 8.36, {
            statedGrowth: { pct: 22, basis: 'previous-year', qualifier: 'about' as never },
          }),
        ],
      },
      ['observation "y2006"', 'invalid statedGrowth.qualifier'],
    ],
    [
      'more decimals than any source gives',
      { observations: [obs('noise', 2013, 28.5 - 22.53)] },
      ['observation "noise"', 'invalid value', 'at most 6 decimals'],
    ],
    [
      'cumulative check: a running total that the flows since the start exceed',
      {
        observations: [obs('y2006', 2006, 1.76, { series: 'crude-oil-via-pipeline', unit: 'mt' })],
        cumulative: [checkpoint('cum-2006', '2006', 1.2, { since: '2006' })],
      },
      ['cumulative checkpoint "cum-2006"', 'cumulative check fails', '1.2 − (1.76)'],
    ],
    [
      'cumulative check: a running total that falls',
      {
        cumulative: [checkpoint('cum-2010', '2010', 30), checkpoint('cum-2011', '2011', 20)],
      },
      ['cumulative checkpoint "cum-2011"', 'cumulative total falls', '"cum-2010"'],
    ],
    [
      'conflict naming a record that does not exist',
      {
        conflicts: [
          {
            id: 'c1',
            topic: 't',
            kind: 'rounding',
            claims: [{ observationId: 'a-2005' }, { observationId: 'ghost' }],
            note: 'n',
            foundBy: 'reference',
          },
        ],
      },
      ['conflict "c1"', 'unknown claim', '"ghost"'],
    ],
    [
      'stated growth contradicting the levels',
      {
        observations: [
          obs('y2005', 2005, 5),
          obs('y2006', 2006, 10, { statedGrowth: { pct: 20, basis: 'previous-year' } }),
        ],
      },
      ['observation "y2006"', 'stated growth contradicts levels', '"y2005"', '100.00%'],
    ],
    [
      'malformed date on an event',
      {
        events: [
          { id: 'ev', start: '18 Aug 2007', title: 'x', category: 'other', sourceIds: ['src'] },
        ],
      },
      ['event "ev"', 'invalid start', 'YYYY'],
    ],
    [
      'event citing an unknown source',
      {
        events: [
          { id: 'ev2', start: '2007-08-18', title: 'x', category: 'other', sourceIds: ['gone'] },
        ],
      },
      ['event "ev2"', 'unknown source id'],
    ],
    [
      'target with an unknown unit and a bad period',
      {
        targets: [
          {
            id: 't1',
            kind: 'target',
            series: 'trade-turnover',
            announced: '2007',
            who: 'x',
            value: 15,
            unit: 'usd' as never,
            period: { type: 'half', year: 2010, half: 3 as never },
            sourceId: 'src',
            quote: 'q',
          },
        ],
      },
      ['target "t1"', 'invalid unit', 'invalid period'],
    ],
    [
      'non-http source url',
      { sources: [{ ...source, url: 'javascript:alert(1)' }] },
      ['source "src"', 'invalid url'],
    ],
    [
      'duplicate ids across collections',
      {
        events: [
          { id: 'a-2005', start: '2007', title: 'x', category: 'other', sourceIds: ['src'] },
        ],
      },
      ['event "a-2005"', 'duplicate id'],
    ],
    [
      'event without a known category',
      {
        events: [
          { id: 'ev3', start: '2007', title: 'x', category: 'sport' as never, sourceIds: ['src'] },
        ],
      },
      ['event "ev3"', 'invalid category'],
    ],
  ])('rejects %s, naming the record and the rule', (_name, patch, expected) => {
    const message = issuesOf(fixture(patch));
    expect(message).toContain('Dataset "fixture" is invalid');
    for (const part of expected) expect(message).toContain(part);
  });

  it('lists every bad record, not only the first', () => {
    const message = issuesOf(
      fixture({ observations: [obs('bad-1', 2005, -1), obs('bad-2', 2006, -2)] }),
    );
    expect(message).toContain('observation "bad-1"');
    expect(message).toContain('observation "bad-2"');
  });

  it('accepts a stated rate that differs from the levels only by rounding', () => {
    // 13.8 vs 8.36 computes to +65.07%; the source says +66%: consistent within rounding.
    const d = fixture({
      observations: [
        obs('y2006', 2006, 8.36),
        obs('y2007', 2007, 13.8, { statedGrowth: { pct: 66, basis: 'previous-year' } }),
      ],
    });
    expect(() => validateDataset(d)).not.toThrow();
  });

  it('accepts a conflicting duplicate that a conflict names', () => {
    const d = fixture({
      observations: [obs('first', 2006, 1.7), obs('second', 2006, 1.76)],
      conflicts: [
        {
          id: 'c',
          topic: '2006',
          kind: 'rounding',
          claims: [{ observationId: 'first' }, { observationId: 'second' }],
          note: 'a different cut-off',
          foundBy: 'reference',
        },
      ],
    });
    expect(() => validateDataset(d)).not.toThrow();
  });

  it('accepts bounded figures that rounding and their words reconcile', () => {
    // 20.4 and "more than 20"; 28.5 and 28.6 touch at 28.55; 13.2 + 11 meets 24.1.
    const d = fixture({
      observations: [
        obs('cn', 2010, 20.4, { statistic: 'cn-official' }),
        obs('cn-more', 2010, 20, { statistic: 'cn-official', qualifier: 'more-than' }),
        obs('a', 2013, 28.5, { statistic: 'cn-customs' }),
        obs('b', 2013, 28.6, { statistic: 'cn-ministry' }),
        obs('kz', 2022, 24.1, { statistic: 'kz-official' }),
        obs('x', 2022, 13.2, { statistic: 'kz-official', series: 'trade-kz-to-cn' }),
        obs('m', 2022, 11, { statistic: 'kz-official', series: 'trade-cn-to-kz' }),
      ],
    });
    expect(() => validateDataset(d)).not.toThrow();
  });

  it('accepts a running total the flows since the start reach', () => {
    const d = fixture({
      observations: [
        obs('f2006', 2006, 1.76, { series: 'crude-oil-via-pipeline', unit: 'mt' }),
        obs('f2007', 2007, 4.77, { series: 'crude-oil-via-pipeline', unit: 'mt' }),
        obs('f2008', 2008, 6, {
          series: 'crude-oil-via-pipeline',
          unit: 'mt',
          qualifier: 'more-than',
        }),
        obs('f2009', 2009, 7.73, { series: 'crude-oil-via-pipeline', unit: 'mt' }),
      ],
      cumulative: [checkpoint('cum-2009', '2009', 20.39, { since: '2006' })],
    });
    expect(() => validateDataset(d)).not.toThrow();
  });

  it('never compares Chinese with Kazakh levels', () => {
    const d = fixture({
      observations: [
        obs('kz-2005', 2005, 5, { statistic: 'kz-stat' }),
        obs('cn-2006', 2006, 10, {
          statistic: 'cn-customs',
          statedGrowth: { pct: 20, basis: 'previous-year' },
        }),
      ],
    });
    expect(() => validateDataset(d)).not.toThrow();
  });
});
