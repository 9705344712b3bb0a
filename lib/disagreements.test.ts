import { describe, expect, it } from 'vitest';
import type { Conflict, Dataset, Observation } from '@/data/types';
import { getDataset } from './datasets';
import { claimRecordId, conflictNaming, sameSideDisagreements } from './disagreements';

const d = getDataset();
const base: Observation = {
  id: 'x',
  series: 'trade-turnover',
  period: { type: 'year', year: 2010 },
  value: 1,
  unit: 'usd-bn',
  kind: 'reported',
  statistic: 'kz-official',
  reportedBy: 'r',
  sourceId: 'caci-2007-09-05',
  quote: 'q',
};
const two = (a: Partial<Observation>, b: Partial<Observation>): Dataset => ({
  ...d,
  observations: [
    { ...base, id: 'a', ...a },
    { ...base, id: 'b', ...b },
  ],
});

describe('sameSideDisagreements', () => {
  it.each<[string, Partial<Observation>, Partial<Observation>, boolean]>([
    ['1.7 against 1.76: apart', { value: 1.7 }, { value: 1.76 }, true],
    ['28.5 against 28.6: they touch at 28.55', { value: 28.5 }, { value: 28.6 }, false],
    ['20 against 20.3: 20 covers 19.5–20.5', { value: 20 }, { value: 20.3 }, false],
    ['"more than 20" against 20.4', { value: 20, qualifier: 'more-than' }, { value: 20.4 }, false],
    ['"more than 20" against 19', { value: 20, qualifier: 'more-than' }, { value: 19 }, true],
    ['"about 13" against 11.8', { value: 13, qualifier: 'about' }, { value: 11.8 }, false],
    [
      'Chinese against Kazakh: never paired',
      { value: 28.5, statistic: 'cn-customs' },
      { value: 22.53 },
      false,
    ],
    [
      'two periods: never paired',
      { value: 1.7 },
      { value: 9, period: { type: 'half', year: 2010, half: 1 } },
      false,
    ],
    ['two series: never paired', { value: 1.7 }, { value: 9, series: 'trade-kz-to-cn' }, false],
  ])('%s', (_name, a, b, disagree) => {
    const found = sameSideDisagreements(two(a, b));
    expect(found.length > 0).toBe(disagree);
    if (disagree) expect([found[0]?.first.id, found[0]?.second.id]).toEqual(['a', 'b']);
  });

  it('finds the three pairs of the reference its conflicts name, and only those', () => {
    expect(sameSideDisagreements(d).map((x) => [x.first.id, x.second.id])).toEqual([
      ['crude-2006-unstated', 'crude-2006-unstated-cnpc'],
      ['kz-to-cn-2021-unstated', 'kz-to-cn-2021-unstated-desht-a'],
      ['kz-to-cn-2021-unstated', 'kz-to-cn-2021-unstated-desht-b'],
      ['kz-to-cn-2021-unstated-desht-a', 'kz-to-cn-2021-unstated-desht-b'],
    ]);
  });

  it('is empty without figures', () => {
    expect(sameSideDisagreements({ ...d, observations: [] })).toEqual([]);
  });
});

describe('conflictNaming and claimRecordId', () => {
  const conflict: Conflict = {
    id: 'c',
    topic: 't',
    kind: 'rounding',
    claims: [
      { observationId: 'a' },
      { checkpointId: 'k' },
      { sourceId: 's', quote: 'q', says: 'x' },
    ],
    note: 'n',
    foundBy: 'validator',
  };
  const withConflict: Dataset = { ...d, conflicts: [conflict] };

  it.each<[string, string[], string | null]>([
    ['every id named', ['a', 'k'], 'c'],
    ['one id named', ['a'], 'c'],
    ['an id not named', ['a', 'z'], null],
  ])('%s', (_name, ids, expected) => {
    expect(conflictNaming(withConflict, ids)?.id ?? null).toBe(expected);
  });

  it('names records, not passages', () => {
    expect(conflict.claims.map(claimRecordId)).toEqual(['a', 'k', null]);
  });

  it('finds the reference conflict on the 2006 pipeline figures', () => {
    expect(conflictNaming(d, ['crude-2006-unstated', 'crude-2006-unstated-cnpc'])?.id).toBe(
      'conflict-2006-pipeline',
    );
  });
});
