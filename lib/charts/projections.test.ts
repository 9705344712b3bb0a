import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { projectionColor } from './palette';
import { projectionsSpec } from './projections';

const d = getDataset();
const TODAY = new Date('2025-06-01T00:00:00.000Z');
const spec = projectionsSpec(d, { today: TODAY });
const byId = (id: string) => spec.series.find((s) => s.id === id);
const valueAt = (id: string, year: number) =>
  byId(id)?.values[spec.categories.indexOf(String(year))];

describe('projectionsSpec', () => {
  it('spans 2000 to the last target year, 2030', () => {
    expect(spec.categories[0]).toBe('2000');
    expect(spec.categories.at(-1)).toBe('2030');
    expect(spec.categories).toHaveLength(31);
  });

  it.each<[string, string]>([
    [
      'target-2008-12bn-nazarbayev',
      '$12bn for 2008 · Nazarbayev, 18 Aug 2007\nbeaten: $17.5bn, +45.8% (Kazakh officials)\nbeaten: $17.55bn, +46.3% (Unstated)',
    ],
    [
      'target-2010-15bn-masimov',
      '$15bn for 2010 · PM Masimov, Apr 2008\nbeaten: $20.4bn, +36.0% (Chinese officials)\nbeaten: $20.3bn, +35.3% (Kazakh statistics)',
    ],
    [
      'target-2015-15bn-heads-of-state',
      '$15bn for 2015 · heads of state, 2007\nno figure for 2015',
    ],
    ['target-2015-40bn-hu-jintao', '$40bn for 2015 · Hu Jintao, 13 Jun 2011\nno figure for 2015'],
    ['target-2030-35bn-heads-of-state', '$35bn for 2030 · heads of state, by Nov 2022\npending'],
    ['target-2030-40bn-tokayev', '$40bn for 2030 · Tokayev, 17 May 2023\npending'],
    [
      'target-2007-10bn-nazarbayev',
      '$10bn for 2007 · Nazarbayev, 10 Dec 2007\nbeaten: $13.8bn, +38.0% (Unstated)',
    ],
    [
      'target-2019-20bn-zhang-xiao',
      '>$20bn for 2019 · Ambassador Zhang Xiao, 16 Dec 2019\nmissed: nearly $14.5bn, −27.5% (Kazakh officials)',
    ],
  ])('labels %s on the plot with who, when and its outcome', (id, label) => {
    const s = byId(id);
    expect(s?.pointLabels?.filter((l) => l !== null)).toEqual([label]);
    expect(s?.name).toBe(label.replace('\n', ' — '));
    expect(s?.mark).toBe('point');
    expect(s?.kind).toBe('projection');
    expect(s?.color).toBe(projectionColor);
    expect(s?.values.filter((v) => v !== null)).toHaveLength(1);
  });

  it.each<[string, number, number, number]>([
    ['target-2008-12bn-nazarbayev', 2007, 2008, 12],
    ['target-2015-15bn-heads-of-state', 2007, 2015, 15],
    ['target-2010-15bn-masimov', 2008, 2010, 15],
    ['target-2015-40bn-hu-jintao', 2011, 2015, 40],
    ['target-2030-35bn-heads-of-state', 2022, 2030, 35],
    ['target-2030-40bn-tokayev', 2023, 2030, 40],
  ])('connects %s from %i to %i at its level', (id, from, to, value) => {
    const c = byId(`${id}-connector`);
    expect(c?.mark).toBe('line');
    expect(c?.kind).toBe('projection');
    expect(c?.connectGaps).toBe(true);
    const present = spec.categories.filter((_, i) => c?.values[i] !== null);
    expect(present).toEqual([String(from), String(to)]);
    expect(valueAt(`${id}-connector`, from)).toBe(value);
  });

  it('leaves the open-ended target off the axis and says so', () => {
    expect(byId('target-open-100bn-tokayev')).toBeUndefined();
    expect(spec.notes.some((n) => n.startsWith('$100bn') && n.includes('open-ended'))).toBe(true);
  });

  it.each<[string, number, number | null]>([
    ['actual-kz', 2008, 17.5],
    ['actual-kz', 2010, 20.3],
    ['actual-kz', 2012, null],
    ['actual-cn', 2010, 20.4],
    ['actual-cn', 2024, 43.82],
    ['actual-unstated', 2007, 13.8],
    ['actual-unstated', 2003, null],
  ])('draws %s in %i as %s, gaps as gaps', (id, year, value) => {
    expect(valueAt(id, year)).toBe(value);
    expect(byId(id)?.kind).toBe('reported');
    expect(byId(id)?.connectGaps).toBeUndefined();
  });

  it('marks events unless asked not to', () => {
    expect(spec.events.length).toBeGreaterThan(0);
    for (const e of spec.events)
      expect(d.events.find((x) => x.id === e.id)?.category).toBe('trade');
    expect(projectionsSpec(d, { today: TODAY, events: false }).events).toEqual([]);
  });

  it('judges on the day it is given', () => {
    const then = projectionsSpec(d, { today: new Date('2008-06-01T00:00:00.000Z') });
    expect(then.series.find((s) => s.id === 'target-2008-12bn-nazarbayev')?.name).toMatch(
      /— pending$/,
    );
  });

  it('credits every target source', () => {
    const ids = spec.sources.map((s) => s.id);
    for (const t of d.targets) expect(ids).toContain(t.sourceId);
  });
});
