import { describe, expect, it } from 'vitest';
import { eventLayer } from '@/lib/charts/events';
import { getDataset } from '@/lib/datasets';
import { clusterEvents, eventKeyText, numberEvents, type NumberedEvent } from './events';
import type { EventSpec } from './spec';

const ev = (id: string, start: number, end: number | null = null): EventSpec => ({
  id,
  start,
  end,
  when: `when ${id}`,
  title: `title ${id}`,
});

describe('numberEvents', () => {
  it.each<[string, EventSpec[], [string, number][]]>([
    ['no events', [], []],
    ['one event', [ev('a', 2006.64)], [['a', 1]]],
    [
      'in date order',
      [ev('a', 2006.64), ev('b', 2007.25)],
      [
        ['a', 1],
        ['b', 2],
      ],
    ],
    [
      'out of date order',
      [ev('b', 2007.6), ev('a', 2006.64)],
      [
        ['a', 1],
        ['b', 2],
      ],
    ],
    [
      'a tie keeps the spec order',
      [ev('x', 2007.6), ev('y', 2007.6), ev('w', 2007.6)],
      [
        ['x', 1],
        ['y', 2],
        ['w', 3],
      ],
    ],
    [
      'a tie after a later event',
      [ev('late', 2010), ev('x', 2007), ev('y', 2007)],
      [
        ['x', 1],
        ['y', 2],
        ['late', 3],
      ],
    ],
    [
      'the end date does not order',
      [ev('long', 2006, 2009), ev('short', 2006.5, 2006.6)],
      [
        ['long', 1],
        ['short', 2],
      ],
    ],
    [
      'negative and fractional years',
      [ev('b', -0.5), ev('a', -1.25), ev('c', 0)],
      [
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ],
    ],
  ])('%s', (_name, events, expected) => {
    expect(numberEvents(events).map((e) => [e.id, e.n])).toEqual(expected);
  });

  it('keeps every field and leaves its input alone', () => {
    const events = [ev('b', 2007.6, 2007.62), ev('a', 2006.64)];
    const copy = structuredClone(events);
    const numbered = numberEvents(events);
    expect(events).toEqual(copy);
    expect(numbered).toEqual([
      { ...events[1], n: 1 },
      { ...events[0], n: 2 },
    ]);
  });
});

describe('eventKeyText', () => {
  it.each<[string, string, string, string]>([
    [
      'a month',
      'Apr 2007',
      'Kazakhstan publishes its new military doctrine',
      'Apr 2007: Kazakhstan publishes its new military doctrine',
    ],
    ['a range of days', '24–26 Aug 2006', 'Tien-Shan-1-2006', '24–26 Aug 2006: Tien-Shan-1-2006'],
    ['an empty title', 'Apr 2007', '', 'Apr 2007: '],
  ])('%s', (_name, when, title, expected) => {
    expect(eventKeyText({ when, title })).toBe(expected);
  });
});

const px = (t: number) => (t - 2000) * 40;
const numbered = (...starts: number[]): NumberedEvent[] =>
  numberEvents(starts.map((s, i) => ev(`e${i}`, s)));

describe('clusterEvents', () => {
  it.each<[string, NumberedEvent[], number, string[]]>([
    ['no events', [], 20, []],
    ['one event', numbered(2006.64), 20, ['1']],
    ['a year apart at 40 px a year', numbered(2006, 2007), 20, ['1', '2']],
    ['0.4 years apart (16 px) overlap', numbered(2006, 2006.4), 20, ['1–2']],
    ['exactly one badge apart: touching, not merged', numbered(2006, 2006.5), 20, ['1', '2']],
    ['just under one badge apart', numbered(2006, 2006.49), 20, ['1–2']],
    ['on one day', numbered(2007.6, 2007.6, 2007.6), 20, ['1–3']],
    ['a run, then one apart', numbered(2006, 2006.1, 2006.2, 2006.3, 2008), 20, ['1–4', '5']],
    [
      'one apart, then a run',
      numbered(2006.64, 2007.25, 2007.61, 2007.62, 2007.63, 2007.68),
      20,
      ['1', '2–6'],
    ],
    ['badges of no width never merge', numbered(2006, 2006.01), 0, ['1', '2']],
  ])('%s', (_name, events, minDistancePx, labels) => {
    const clusters = clusterEvents(events, px, minDistancePx);
    expect(clusters.map((c) => c.label)).toEqual(labels);
    expect(clusters.flatMap((c) => c.events)).toEqual(events);
  });

  it.each<[number, boolean]>([
    [0, true],
    [5, true],
    [19.9, true],
    [20, false],
    [20.1, false],
    [40, false],
  ])('merges two one-day badges 20 px wide that are %s px apart: %s', (apart, merged) => {
    const clusters = clusterEvents(numbered(2006, 2006 + apart / 40), px, 20);
    expect(clusters).toHaveLength(merged ? 1 : 2);
  });

  it('spans a cluster from the first start to the latest end', () => {
    const events = numberEvents([ev('a', 2007, 2007.3), ev('b', 2007.1, 2007.2), ev('c', 2007.2)]);
    expect(clusterEvents(events, px, 20)).toEqual([
      { events, label: '1–3', x0: px(2007), x1: px(2007.3) },
    ]);
  });

  it('places a lone event at its start, or across its days', () => {
    expect(clusterEvents(numbered(2006.5), px, 20)).toEqual([
      { events: numbered(2006.5), label: '1', x0: 260, x1: 260 },
    ]);
    const long = numberEvents([ev('a', 2006.5, 2006.75)]);
    expect(clusterEvents(long, px, 20)[0]).toMatchObject({ x0: 260, x1: 270 });
  });

  it('writes a run with an en dash', () => {
    const [cluster] = clusterEvents(numbered(2006, 2006.1), px, 20);
    expect(cluster!.label).toBe('1\u20132');
  });

  it('measures the last badge with widthOf: a wider one reaches the next event', () => {
    const events = numbered(2006, 2006.625); // 25 px apart
    expect(clusterEvents(events, px, 20).map((c) => c.label)).toEqual(['1', '2']);
    expect(clusterEvents(events, px, 20, () => 40).map((c) => c.label)).toEqual(['1–2']);
    expect(clusterEvents(events, px, 20, () => 29).map((c) => c.label)).toEqual(['1', '2']);
  });

  it('marks the six events of 2006–07 as "1" and "2–6" at 40 px a year', () => {
    const d = getDataset();
    const seed = [
      'event-tien-shan-2006',
      'event-kz-military-doctrine-2007',
      'event-peace-mission-2007',
      'event-sco-summit-bishkek-2007',
      'event-hu-jintao-state-visit-2007',
      'event-seed-article-published',
    ];
    const { events } = eventLayer(d, [2006, 2008], { events: seed });
    const clusters = clusterEvents(numberEvents(events), px, 20);
    expect(events).toHaveLength(6);
    expect(clusters.map((c) => c.label)).toEqual(['1', '2–6']);
    expect(clusters.map((c) => c.events.map((e) => e.id))).toEqual([
      [events[0]!.id],
      events.slice(1).map((e) => e.id),
    ]);
  });
});
