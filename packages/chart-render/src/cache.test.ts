import { describe, expect, it } from 'vitest';
import { memoiseRender } from './cache';

/** A render function that records every call it really makes. */
function counted() {
  const calls: string[] = [];
  const render = (id: string, size: { width: number; height: number }) => {
    calls.push(`${id}@${size.width}x${size.height}`);
    return { svg: `<svg id="${id}" width="${size.width}"/>` };
  };
  return { calls, render };
}

const S = { width: 1068, height: 460 };
const L = { width: 1920, height: 1080 };

describe('memoiseRender', () => {
  it.each<[string, number, [string, typeof S][], string[]]>([
    ['the first call renders', 4, [['a', S]], ['a@1068x460']],
    [
      'the same arguments hit',
      4,
      [
        ['a', S],
        ['a', S],
        ['a', S],
      ],
      ['a@1068x460'],
    ],
    [
      'equal arguments in new objects hit',
      4,
      [
        ['a', S],
        ['a', { width: 1068, height: 460 }],
      ],
      ['a@1068x460'],
    ],
    [
      'another chart misses',
      4,
      [
        ['a', S],
        ['b', S],
      ],
      ['a@1068x460', 'b@1068x460'],
    ],
    [
      'another size misses',
      4,
      [
        ['a', S],
        ['a', L],
      ],
      ['a@1068x460', 'a@1920x1080'],
    ],
    [
      'both entries then hit',
      4,
      [
        ['a', S],
        ['a', L],
        ['a', S],
        ['a', L],
      ],
      ['a@1068x460', 'a@1920x1080'],
    ],
    [
      'the oldest entry goes first',
      2,
      [
        ['a', S],
        ['b', S],
        ['c', S],
        ['b', S],
        ['a', S],
      ],
      ['a@1068x460', 'b@1068x460', 'c@1068x460', 'a@1068x460'],
    ],
    [
      'a hit makes an entry the newest',
      2,
      [
        ['a', S],
        ['b', S],
        ['a', S],
        ['c', S],
        ['a', S],
        ['b', S],
      ],
      ['a@1068x460', 'b@1068x460', 'c@1068x460', 'b@1068x460'],
    ],
    [
      'one entry',
      1,
      [
        ['a', S],
        ['a', S],
        ['b', S],
        ['a', S],
      ],
      ['a@1068x460', 'b@1068x460', 'a@1068x460'],
    ],
    [
      'maxEntries 0 never caches',
      0,
      [
        ['a', S],
        ['a', S],
        ['a', S],
      ],
      ['a@1068x460', 'a@1068x460', 'a@1068x460'],
    ],
    [
      'negative maxEntries never caches',
      -1,
      [
        ['a', S],
        ['a', S],
      ],
      ['a@1068x460', 'a@1068x460'],
    ],
  ])('%s', (_name, maxEntries, callsMade, rendered) => {
    const { calls, render } = counted();
    const memo = memoiseRender(render, maxEntries);
    for (const [id, size] of callsMade) {
      expect(memo(id, size)).toEqual({ svg: `<svg id="${id}" width="${size.width}"/>` });
    }
    expect(calls).toEqual(rendered);
  });

  it('returns the very result it remembered', () => {
    const { render } = counted();
    const memo = memoiseRender(render, 4);
    expect(memo('a', S)).toBe(memo('a', S));
    expect(memo('a', S)).not.toBe(memo('a', L));
  });

  it('tells apart arguments that differ only in order', () => {
    const seen: number[][] = [];
    const memo = memoiseRender((a: number, b: number) => {
      seen.push([a, b]);
      return a - b;
    }, 4);
    expect([memo(1, 2), memo(2, 1), memo(1, 2)]).toEqual([-1, 1, -1]);
    expect(seen).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it('does not remember a render that threw', () => {
    let fail = true;
    const memo = memoiseRender((id: string) => {
      if (fail) throw new Error(`no ${id}`);
      return id.toUpperCase();
    }, 4);
    expect(() => memo('a')).toThrow('no a');
    fail = false;
    expect(memo('a')).toBe('A');
  });

  it('does not remember an undefined result', () => {
    let n = 0;
    const memo = memoiseRender(() => {
      n++;
      return undefined;
    }, 4);
    memo();
    memo();
    expect(n).toBe(2);
  });
});
