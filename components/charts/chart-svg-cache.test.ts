import { describe, expect, it } from 'vitest';
import type { RenderOptions } from 'chart-render';
import type { ChartSpec } from '@/lib/charts/spec';
import { memoiseChartRenderer } from './chart-svg-cache';

function spec(id: string, value: number): ChartSpec {
  return {
    id,
    title: id,
    subtitle: '',
    categories: ['2006'],
    xLabel: 'Year',
    yLabel: 'US$ bn',
    valueFormat: 'usd-bn',
    series: [
      { id: 's', name: 's', mark: 'bar', kind: 'reported', color: '#000000', values: [value] },
    ],
    annotations: [],
    sourceLine: 'Sources: test',
    sources: [],
    notes: [],
  };
}

const SIZE: RenderOptions = { width: 960, height: 440 };

/** Renders the calls in order; returns how many reached the renderer and the outputs. */
function run(maxEntries: number, calls: [ChartSpec, RenderOptions][]) {
  let renders = 0;
  const svgOf = memoiseChartRenderer((s, o) => {
    renders++;
    return `<svg data-id="${s.id}" data-v="${s.series[0]?.values[0]}" width="${o.width}"/>`;
  }, maxEntries);
  const out = calls.map(([s, o]) => svgOf(s, o));
  return { renders, out };
}

const a = spec('a', 1);
const b = spec('b', 2);

describe('memoiseChartRenderer', () => {
  it.each<[string, number, [ChartSpec, RenderOptions][], number]>([
    [
      'renders once for a repeated spec',
      8,
      [
        [a, SIZE],
        [a, SIZE],
        [a, SIZE],
      ],
      1,
    ],
    [
      'renders an equal spec built anew once',
      8,
      [
        [a, SIZE],
        [spec('a', 1), SIZE],
      ],
      1,
    ],
    [
      'renders again when a value changes under the same id',
      8,
      [
        [a, SIZE],
        [spec('a', 9), SIZE],
      ],
      2,
    ],
    [
      'renders again for another size',
      8,
      [
        [a, SIZE],
        [a, { width: 720, height: 360 }],
      ],
      2,
    ],
    [
      'renders again for another theme',
      8,
      [
        [a, SIZE],
        [a, { ...SIZE, theme: 'dark' }],
      ],
      2,
    ],
    [
      'drops the oldest entry past the bound',
      1,
      [
        [a, SIZE],
        [b, SIZE],
        [a, SIZE],
      ],
      3,
    ],
    [
      'keeps both within the bound',
      2,
      [
        [a, SIZE],
        [b, SIZE],
        [a, SIZE],
        [b, SIZE],
      ],
      2,
    ],
    [
      'caches nothing with a bound of 0',
      0,
      [
        [a, SIZE],
        [a, SIZE],
      ],
      2,
    ],
    ['renders nothing for no calls', 8, [], 0],
  ])('%s', (_name, maxEntries, calls, expected) => {
    expect(run(maxEntries, calls).renders).toBe(expected);
  });

  it('returns what the renderer returned, hit or miss', () => {
    const { out } = run(8, [
      [a, SIZE],
      [a, SIZE],
      [spec('a', 9), SIZE],
    ]);
    expect(out).toEqual([
      '<svg data-id="a" data-v="1" width="960"/>',
      '<svg data-id="a" data-v="1" width="960"/>',
      '<svg data-id="a" data-v="9" width="960"/>',
    ]);
  });
});
