import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { oilFlowsSpec } from './oil-flows';

const d = getDataset();
const spec = oilFlowsSpec(d);
const at = (id: string, year: number) =>
  spec.series.find((s) => s.id === id)?.values[spec.categories.indexOf(String(year))];

describe('oilFlowsSpec', () => {
  it('draws three series, never one: throughput, Kazakh exports, Russian transit', () => {
    expect(spec.series.map((s) => s.id)).toEqual([
      'oil-pipeline-throughput',
      'oil-kazakh-exports',
      'oil-russian-transit',
    ]);
    expect(spec.series.every((s) => s.kind === 'reported')).toBe(true);
    expect(spec.valueFormat).toBe('mt');
  });

  it.each<[string, number, number | null]>([
    ['oil-pipeline-throughput', 2024, 11.2],
    ['oil-kazakh-exports', 2024, 1.2],
    ['oil-pipeline-throughput', 2013, 11.85],
    // Magauov's 11.8 (a Kazakh official, exact) over Nazarbayev's "about 13".
    ['oil-kazakh-exports', 2013, 11.8],
    ['oil-russian-transit', 2023, 9.989],
    ['oil-russian-transit', 2024, null],
    ['oil-pipeline-throughput', 2010, null],
  ])('%s in %i is %s', (id, year, value) => {
    expect(at(id, year)).toBe(value);
  });

  it('leaves the China-and-Uzbekistan transit out, and says so with its figure', () => {
    expect(spec.notes.at(-1)).toBe(
      'Russian transit to China and Uzbekistan together (10.21 Mt in 2024) is a different measure and is not drawn.',
    );
  });
});
