import { describe, expect, it } from 'vitest';
import { getDataset } from './datasets';
import {
  EVENT_CATEGORIES,
  eventTimeline,
  formatEventWhen,
  parseTimelineQuery,
  timelineHref,
} from './events';

const d = getDataset();

describe('eventTimeline', () => {
  it('lists all 43 events by year when no category is chosen, oldest first', () => {
    const t = eventTimeline(d, { category: [], dir: 'asc' });
    expect(t.flatMap((y) => y.events)).toHaveLength(43);
    expect(t[0]?.year).toBe(1992);
    expect(t.at(-1)?.year).toBe(2025);
    const years = t.map((y) => y.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('keeps the chosen categories only', () => {
    const t = eventTimeline(d, { category: ['security'], dir: 'asc' });
    expect(t.flatMap((y) => y.events.map((e) => e.id))).toEqual([
      'event-security-guarantee-1995',
      'event-tien-shan-2006',
      'event-kz-military-doctrine-2007',
      'event-peace-mission-2007',
    ]);
  });

  it('puts the two first-oil events of 2006 in date order, and reverses on desc', () => {
    const energy2006 = eventTimeline(d, { category: ['energy'], dir: 'asc' }).find(
      (y) => y.year === 2006,
    );
    expect(energy2006?.events.map((e) => e.start)).toEqual(['2006-05-25', '2006-07-11']);
    const desc = eventTimeline(d, { category: ['energy'], dir: 'desc' });
    expect(desc[0]?.year).toBe(2017);
  });

  it('is empty without events', () => {
    expect(eventTimeline({ ...d, events: [] }, { category: [], dir: 'asc' })).toEqual([]);
  });
});

describe('parseTimelineQuery and timelineHref', () => {
  it.each<[string, Record<string, string>, string[], string[]]>([
    ['nothing: every category', {}, [], []],
    [
      'a comma list, in canonical order',
      { category: 'energy,diplomacy' },
      ['diplomacy', 'energy'],
      [],
    ],
    ['an unknown value is dropped and named', { category: 'energy,war' }, ['energy'], ['category']],
  ])('%s', (_name, params, categories, errors) => {
    const r = parseTimelineQuery(params);
    expect(r.query.category).toEqual(categories);
    expect(r.errors.map((e) => e.parameter)).toEqual(errors);
    expect(r.errors.every((e) => !e.error.includes('war'))).toBe(true);
  });

  it('round-trips a view through its link', () => {
    const href = timelineHref({ category: ['energy', 'trade'], dir: 'desc' });
    expect(href).toBe('/events?dir=desc&category=trade,energy');
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(parseTimelineQuery(params).query).toEqual({
      category: ['trade', 'energy'],
      dir: 'desc',
    });
  });

  it('lists five categories', () => {
    expect(EVENT_CATEGORIES).toEqual(['diplomacy', 'trade', 'energy', 'security', 'other']);
  });
});

describe('formatEventWhen', () => {
  it.each<[string, { start: string; end?: string }, string]>([
    ['one day', { start: '2007-08-18' }, '18 Aug 2007'],
    ['a span', { start: '2024-07-02', end: '2024-07-04' }, '2 Jul 2024 – 4 Jul 2024'],
    ['a month', { start: '2016-09' }, 'Sep 2016'],
    ['a year', { start: '2014' }, '2014'],
  ])('%s', (_name, e, expected) => expect(formatEventWhen(e)).toBe(expected));
});
