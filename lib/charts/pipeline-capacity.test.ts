import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { pipelineCapacitySpec } from './pipeline-capacity';

const d = getDataset();
const spec = pipelineCapacitySpec(d);

describe('pipelineCapacitySpec', () => {
  it('steps through 6, 26 and 46 Mt/yr from 2003 to 2009', () => {
    expect(spec.categories).toEqual(['2003', '2004', '2005', '2006', '2007', '2008', '2009']);
    const step = spec.series.find((s) => s.id === 'capacity-cumulative');
    expect(step?.mark).toBe('step');
    expect(step?.values).toEqual([6, 6, 6, 26, 26, 26, 46]);
  });

  it('marks each section’s design capacity in its in-service year', () => {
    const added = spec.series.find((s) => s.id === 'capacity-added');
    expect(added?.values).toEqual([6, null, null, 20, null, null, 20]);
    expect(added?.notes?.[3]).toBe('Atasu–Alashankou: First oil into China, 25 May 2006');
  });

  it('marks exactly the energy events on its axis, and none with events off', () => {
    const s = pipelineCapacitySpec(d);
    const [start, end] = [s.bands[0]!.start, s.bands.at(-1)!.end];
    const inAxis = d.events.filter((e) => {
      const year = Number(e.start.slice(0, 4));
      return e.category === 'energy' && year >= start && year < end;
    });
    expect(s.events.map((e) => e.id).sort()).toEqual(inAxis.map((e) => e.id).sort());
    expect(s.events.length).toBeGreaterThan(0);
    expect(pipelineCapacitySpec(d, { events: false }).events).toEqual([]);
  });

  it('is empty without pipelines', () => {
    const empty = pipelineCapacitySpec({ ...d, pipelines: [] });
    expect(empty.categories).toEqual([]);
    expect(empty.series.every((s) => s.values.length === 0)).toBe(true);
  });
});
