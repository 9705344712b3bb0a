import { describe, expect, it } from 'vitest';
import { chinaKazakhstan } from '@/data/china-kazakhstan';
import type { Dataset, Observation } from '@/data/types';
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
      'duplicate (series, period, statistic)',
      { observations: [obs('first', 2006, 1), obs('second', 2006, 2)] },
      ['observation "second"', 'duplicate (series, period, statistic)', '"first"'],
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
      { events: [{ id: 'ev', start: '18 Aug 2007', title: 'x', sourceIds: ['src'] }] },
      ['event "ev"', 'invalid start', 'YYYY'],
    ],
    [
      'event citing an unknown source',
      { events: [{ id: 'ev2', start: '2007-08-18', title: 'x', sourceIds: ['gone'] }] },
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
      { events: [{ id: 'a-2005', start: '2007', title: 'x', sourceIds: ['src'] }] },
      ['event "a-2005"', 'duplicate id'],
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
