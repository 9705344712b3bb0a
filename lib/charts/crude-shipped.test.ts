import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { crudeShippedSpec } from './crude-shipped';

const d = getDataset();
const spec = crudeShippedSpec(d);

describe('crudeShippedSpec', () => {
  it('draws reported bars only, every year from 2006 to 2024 on the axis', () => {
    expect(spec.categories).toHaveLength(19);
    expect(spec.series).toHaveLength(1);
    expect(spec.series[0]?.mark).toBe('bar');
    expect(spec.series[0]?.kind).toBe('reported');
    expect(spec.valueFormat).toBe('mt');
  });

  it.each<[number, number | null]>([
    [2006, 1.76],
    [2007, 4.77],
    [2008, 6],
    [2009, 7.73],
    [2010, null],
    [2013, 11.85],
    [2016, null],
    [2017, 12.3082],
    [2019, 10.8827],
    [2024, 11.2],
  ])('%i is %s', (year, value) => {
    expect(spec.series[0]?.values[spec.categories.indexOf(String(year))]).toBe(value);
  });

  it('names the missing years', () => {
    expect(spec.notes).toEqual([
      'No figure found for 2010, 2012, 2014, 2016, 2018, 2020, 2021, 2022, 2023; the gaps are not filled.',
    ]);
  });

  it('keeps "more than 6" in the 2008 note, though the bar is drawn at 6', () => {
    const i = spec.categories.indexOf('2008');
    expect(spec.series[0]?.notes?.[i]).toMatch(/^more than 6 \(drawn at 6\); CNPC/);
  });

  it('marks exactly the energy events on its axis, and none with events off', () => {
    const s = crudeShippedSpec(d);
    const [start, end] = [s.bands[0]!.start, s.bands.at(-1)!.end];
    const inAxis = d.events.filter((e) => {
      const year = Number(e.start.slice(0, 4));
      return e.category === 'energy' && year >= start && year < end;
    });
    expect(s.events.map((e) => e.id).sort()).toEqual(inAxis.map((e) => e.id).sort());
    expect(s.events.length).toBeGreaterThan(0);
    expect(crudeShippedSpec(d, { events: false }).events).toEqual([]);
  });
});
