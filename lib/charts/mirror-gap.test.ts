import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { mirrorGapSpec } from './mirror-gap';

const d = getDataset();
const spec = mirrorGapSpec(d);

describe('mirrorGapSpec', () => {
  it('spans the first to the last year both sides report, gaps left empty', () => {
    expect(spec.categories).toEqual([
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
    ]);
  });

  it.each<[string, (number | null)[]]>([
    ['mirror-cn', [28.5, 25, 31.2]],
    ['mirror-kz', [22.53, 18, 24.1]],
  ])('%s has the reported levels', (id, values) => {
    const s = spec.series.find((x) => x.id === id);
    expect(s?.values.filter((v) => v !== null)).toEqual(values);
    expect(s?.kind).toBe('reported');
  });

  it('draws the gap as a computed bar: 5.97, 7, 7.1', () => {
    const gap = spec.series.find((x) => x.id === 'mirror-gap');
    expect(gap?.kind).toBe('estimate');
    const values = gap?.values.filter((v): v is number => v !== null) ?? [];
    [5.97, 7, 7.1].forEach((v, i) => expect(values[i]).toBeCloseTo(v, 9));
  });

  it('states the gap as a share of the Kazakh figure in the notes', () => {
    expect(spec.notes[0]).toBe(
      '2013: $28.5bn (Chinese customs) − $22.53bn (Kazakh statistics) = $5.97bn, +26.5% of the Kazakh figure.',
    );
  });

  it('has no events in range, on or off', () => {
    expect(spec.events).toEqual([]);
    expect(mirrorGapSpec(d, { events: false }).events).toEqual([]);
  });

  it('is empty without mirror years', () => {
    const empty = mirrorGapSpec({ ...d, observations: [] });
    expect(empty.categories).toEqual([]);
    expect(empty.notes).toEqual([]);
  });
});
