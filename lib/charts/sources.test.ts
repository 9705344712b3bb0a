import { describe, expect, it } from 'vitest';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { chartSources } from './sources';

describe('chartSources', () => {
  it.each<[string, string[], string]>([
    ['no sources', [], ''],
    ['one dated source', ['caci-2007-09-05'], 'Source: CACI Analyst (2007)'],
    [
      'a repeated source once',
      ['caci-2007-09-05', 'caci-2007-09-05'],
      'Source: CACI Analyst (2007)',
    ],
  ])('%s', (_name, ids, line) => {
    expect(chartSources(d, ids).sourceLine).toBe(line);
  });

  it('lists sources in first-use order with their URLs', () => {
    const ids = d.sources
      .slice(0, 3)
      .map((s) => s.id)
      .reverse();
    const { sources, sourceLine } = chartSources(d, ids);
    expect(sources.map((s) => s.id)).toEqual(ids);
    expect(sources.every((s) => s.url.startsWith('http'))).toBe(true);
    expect(sourceLine.startsWith('Sources: ')).toBe(true);
  });

  it('throws on an unknown source id', () => {
    expect(() => chartSources(d, ['nope'])).toThrow(/unknown source "nope"/);
  });
});
