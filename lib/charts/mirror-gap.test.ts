import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { mirrorGapSpec } from './mirror-gap';

const d = getDataset();
const spec = mirrorGapSpec(d);

describe('mirrorGapSpec', () => {
  it('spans the first to the last year both sides report, gaps left empty', () => {
    expect(spec.categories).toEqual(Array.from({ length: 15 }, (_, i) => String(2010 + i)));
  });

  it.each<[string, (number | null)[]]>([
    ['mirror-cn', [20.4, 28.5, 19.88, 25, 31.2, 41, 43.82]],
    ['mirror-kz', [20.3, 22.53, 11.7, 18, 24, 31.5, 44]],
  ])('%s has the reported levels', (id, values) => {
    const s = spec.series.find((x) => x.id === id);
    expect(s?.values.filter((v) => v !== null)).toEqual(values);
    expect(s?.kind).toBe('reported');
  });

  it('draws the gap as a computed bar: 0.1, 5.97, 8.18, 7, 7.2, 9.5, −0.18', () => {
    const gap = spec.series.find((x) => x.id === 'mirror-gap');
    expect(gap?.kind).toBe('estimate');
    const values = gap?.values.filter((v): v is number => v !== null) ?? [];
    [0.1, 5.97, 8.18, 7, 7.2, 9.5, -0.18].forEach((v, i) => expect(values[i]).toBeCloseTo(v, 9));
  });

  it('states the gap as a share of the Kazakh figure in the notes', () => {
    expect(spec.notes[1]).toBe(
      '2013: $28.5bn (Chinese customs) − $22.53bn (Kazakh ministry) = $5.97bn, +26.5% of the Kazakh figure.',
    );
  });

  it('marks trade events only, and none when events are off', () => {
    expect(spec.events.length).toBeGreaterThan(0);
    for (const e of spec.events) {
      expect(d.events.find((x) => x.id === e.id)?.category).toBe('trade');
    }
    expect(mirrorGapSpec(d, { events: false }).events).toEqual([]);
  });

  it('is empty without mirror years', () => {
    const empty = mirrorGapSpec({ ...d, observations: [] });
    expect(empty.categories).toEqual([]);
    expect(empty.notes).toEqual([]);
  });
});
