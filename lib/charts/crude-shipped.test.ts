import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { crudeShippedSpec } from './crude-shipped';

const d = getDataset();
const spec = crudeShippedSpec(d);

describe('crudeShippedSpec', () => {
  it('draws reported bars only, every year from 2006 to 2019 on the axis', () => {
    expect(spec.categories).toHaveLength(14);
    expect(spec.series).toHaveLength(1);
    expect(spec.series[0]?.mark).toBe('bar');
    expect(spec.series[0]?.kind).toBe('reported');
    expect(spec.valueFormat).toBe('mt');
  });

  it.each<[number, number | null]>([
    [2006, 1.7],
    [2007, null],
    [2009, 7.73],
    [2013, 11.85],
    [2016, null],
    [2019, 10.88],
  ])('%i is %s', (year, value) => {
    expect(spec.series[0]?.values[spec.categories.indexOf(String(year))]).toBe(value);
  });

  it('names the missing years', () => {
    expect(spec.notes).toEqual([
      'No figure found for 2007, 2008, 2010, 2011, 2012, 2014, 2015, 2016, 2017, 2018; the gaps are not filled.',
    ]);
  });

  it.each<[boolean | undefined, string[]]>([
    [undefined, ['2006', '2007']],
    [false, []],
  ])('events %s', (events, categories) => {
    const s = crudeShippedSpec(d, events === undefined ? {} : { events });
    expect([...new Set(s.events.map((e) => String(Math.floor(e.start))))]).toEqual(categories);
  });
});
