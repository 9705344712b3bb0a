import { describe, expect, it } from 'vitest';
import { chinaKazakhstan as d } from '@/data/china-kazakhstan';
import { eventAnnotations, eventMarker } from './annotations';

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
    expect(a[1]?.marker).toBe(`②–${eventMarker(d.events.length)}`);
  });

  it('leaves out events outside the axis', () => {
    expect(eventAnnotations(d, ['2010'])).toEqual([]);
    expect(eventAnnotations(d, [])).toEqual([]);
  });
});
