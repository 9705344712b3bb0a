import { describe, expect, it } from 'vitest';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { CHART_DEFAULT_EVENT_IDS, chartEvents, eventAnnotations, eventMarker } from './annotations';

describe('eventMarker', () => {
  it.each([
    [1, '①'],
    [20, '⑳'],
    [21, '(21)'],
  ])('%i → %s', (n, marker) => expect(eventMarker(n)).toBe(marker));
});

describe('eventAnnotations', () => {
  it('groups events by year, numbered in date order', () => {
    const a = eventAnnotations(d, ['2005', '2006', '2007']);
    expect(a.map((x) => x.category)).toEqual(['2006', '2007']);
    expect(a[0]?.marker).toBe('①');
    expect(a[0]?.text).toMatch(/^① 24 Aug 2006 – 26 Aug 2006: Tien-Shan/);
    expect(a[1]?.marker).toBe('②–⑥');
  });

  it("marks only today's six events by default, and chosen categories when asked", () => {
    expect(chartEvents(d).map((e) => e.id)).toEqual([...CHART_DEFAULT_EVENT_IDS]);
    const energy = chartEvents(d, ['energy']);
    expect(energy.length).toBeGreaterThan(0);
    expect(energy.every((e) => e.category === 'energy')).toBe(true);
    const a = eventAnnotations(d, ['2006'], energy);
    // Energy events of 2006, numbered among energy events: Atasu–Alashankou (2005) is ①.
    expect(a[0]?.text).toMatch(
      /^② 25 May 2006: First oil reaches China.*; ③ 11 Jul 2006: First commercial delivery/,
    );
  });

  it('leaves out events outside the axis', () => {
    expect(eventAnnotations(d, ['2010'])).toEqual([]);
    expect(eventAnnotations(d, [])).toEqual([]);
  });
});
