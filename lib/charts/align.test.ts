import { describe, expect, it } from 'vitest';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { alignByYear } from './align';

const byId = (id: string) => d.observations.find((o) => o.id === id)!;
const who = (o: { reportedBy: string }) => o.reportedBy;

describe('alignByYear', () => {
  it.each<[string, string[], string[], (number | null)[]]>([
    ['no observations', [], ['2006'], [null]],
    ['no categories', ['trade-2006-unstated'], [], []],
    [
      'one point, gaps around it',
      ['trade-2006-unstated'],
      ['2005', '2006', '2007'],
      [null, 8.36, null],
    ],
    [
      'a year outside the axis is left out',
      ['trade-2007-unstated'],
      ['2005', '2006'],
      [null, null],
    ],
    [
      'the first of two figures for a year wins',
      ['trade-2013-kz-ministry', 'trade-2013-cn-customs'],
      ['2013'],
      [22.53],
    ],
  ])('%s', (_name, ids, categories, values) => {
    const aligned = alignByYear(ids.map(byId), categories, who);
    expect(aligned.values).toEqual(values);
    expect(aligned.notes).toEqual(
      values.map((v, i) =>
        v === null
          ? null
          : who(byId(ids.find((id) => String(byId(id).period.year) === categories[i])!)),
      ),
    );
  });
});
