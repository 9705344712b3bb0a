import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { tradeSeriesSpec } from './trade-series';

const d = getDataset();
const spec = tradeSeriesSpec(d);
const at = (id: string, year: number) =>
  spec.series.find((s) => s.id === id)?.values[spec.categories.indexOf(String(year))];

describe('tradeSeriesSpec', () => {
  it('has one line per side and the half-years as points', () => {
    expect(spec.series.map((s) => [s.id, s.mark, s.kind])).toEqual([
      ['annual-cn', 'line', 'reported'],
      ['annual-kz', 'line', 'reported'],
      ['annual-unstated', 'line', 'reported'],
      ['half-years', 'point', 'half-year'],
    ]);
    expect(spec.categories[0]).toBe('2000');
    expect(spec.categories.at(-1)).toBe('2024');
  });

  it.each<[string, number, number | null]>([
    ['annual-cn', 2013, 28.5],
    ['annual-kz', 2013, 22.53],
    ['annual-unstated', 2006, 8.36],
    ['half-years', 2007, 5.97],
    ['annual-cn', 2014, null],
    ['annual-kz', 2015, null],
    ['annual-unstated', 2001, null],
  ])('%s in %i is %s', (id, year, value) => {
    expect(at(id, year)).toBe(value);
  });

  it('never joins a gap', () => {
    expect(spec.series.every((s) => s.connectGaps === undefined)).toBe(true);
  });

  it.each<[boolean | undefined, boolean]>([
    [undefined, true],
    [true, true],
    [false, false],
  ])('events %s: the trade events on the axis, or none', (events, shown) => {
    const s = tradeSeriesSpec(d, events === undefined ? {} : { events });
    const trade = d.events.filter(
      (e) => e.category === 'trade' && Number(e.start.slice(0, 4)) >= 2000,
    );
    expect(s.events.map((e) => e.id).sort()).toEqual(shown ? trade.map((e) => e.id).sort() : []);
  });

  it('has no series for an empty dataset', () => {
    expect(tradeSeriesSpec({ ...d, observations: [] }).series).toEqual([]);
  });
});
