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
      '$12bn for 2008, Nursultan Nazarbayev — beaten (Kazakh officials, Unstated)',
    ],
    [
      'target-2010-15bn-masimov',
      '$15bn for 2010, PM Karim Masimov — beaten (Chinese officials, Kazakh statistics)',
    ],
    ['target-2007-10bn-nazarbayev', '$10bn for 2007, Nursultan Nazarbayev — beaten (Unstated)'],
    [
      'target-2019-20bn-zhang-xiao',
      '>$20bn for 2019, Chinese ambassador Zhang Xiao — missed (Kazakh officials)',
    ],
    [
      'target-2015-15bn-heads-of-state',
      '$15bn for 2015, Heads of state of China and Kazakhstan — no data',
    ],
    ['target-2015-40bn-hu-jintao', '$40bn for 2015, Hu Jintao — no data'],
    [
      'target-2030-35bn-heads-of-state',
      '$35bn for 2030, Heads of state of China and Kazakhstan — pending',
    ],
    ['target-2030-40bn-tokayev', '$40bn for 2030, Kassym-Jomart Tokayev — pending'],
  ])('names %s with its status', (id, name) => {
    const s = byId(id);
    expect(s?.name).toBe(name);
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
    expect(spec.annotations.map((a) => a.category)).toEqual(['2006', '2007']);
    expect(projectionsSpec(d, { today: TODAY, events: false }).annotations).toEqual([]);
  });

  it('judges on the day it is given', () => {
    const then = projectionsSpec(d, { today: new Date('2008-06-01T00:00:00.000Z') });
    expect(then.series.find((s) => s.id === 'target-2008-12bn-nazarbayev')?.name).toMatch(
      /— pending/,
    );
  });

  it('credits every target source', () => {
    const ids = spec.sources.map((s) => s.id);
    for (const t of d.targets) expect(ids).toContain(t.sourceId);
  });
});
