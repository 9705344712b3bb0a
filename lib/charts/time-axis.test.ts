import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { eventLayer, eventsWithMarkers } from './time-axis';
import { tradeTrendSpec } from './trade-trend';

const d = getDataset();

describe('eventLayer', () => {
  it.each<[string, string[], boolean | undefined, string[], string[]]>([
    [
      'default on',
      ['2006', '2007'],
      undefined,
      ['2006', '2007'],
      ['china-org-cn-2006-08-25', 'caci-2007-09-05', 'rusi-org'],
    ],
    ['explicitly on', ['2006'], true, ['2006'], ['china-org-cn-2006-08-25', 'caci-2007-09-05']],
    ['off', ['2006', '2007'], false, [], []],
    ['no event inside the axis', ['2013', '2022'], undefined, [], []],
    ['empty axis', [], undefined, [], []],
  ])('%s', (_name, categories, events, annotated, sources) => {
    const layer = eventLayer(d, categories, events === undefined ? {} : { events });
    expect(layer.annotations.map((a) => a.category)).toEqual(annotated);
    expect([...new Set(layer.sourceIds)]).toEqual(sources);
  });

  it('puts the one 2006 event and the five of 2007 on their years', () => {
    const [y2006, y2007] = eventLayer(d, ['2006', '2007']).annotations;
    expect(y2006?.text).toContain('Tien-Shan-1-2006');
    expect(y2007?.text).toContain('Peace Mission 2007');
  });
});

describe('tradeTrendSpec events option', () => {
  it('keeps the default output when no option is given', () => {
    expect(tradeTrendSpec(d, {})).toEqual(tradeTrendSpec(d));
    expect(tradeTrendSpec(d, { events: true })).toEqual(tradeTrendSpec(d));
    expect(tradeTrendSpec(d).annotations.length).toBeGreaterThan(0);
  });

  it('drops the events and the sources only they cite when off', () => {
    const off = tradeTrendSpec(d, { events: false });
    expect(off.annotations).toEqual([]);
    expect(off.sources.map((s) => s.id)).not.toContain('rusi-org');
    expect(off.series).toEqual(tradeTrendSpec(d).series);
  });
});

describe('eventsWithMarkers', () => {
  it('numbers the events in date order, as the charts do', () => {
    const list = eventsWithMarkers(d);
    expect(list.map((e) => e.event.id)).toEqual([
      'event-tien-shan-2006',
      'event-kz-military-doctrine-2007',
      'event-peace-mission-2007',
      'event-sco-summit-bishkek-2007',
      'event-hu-jintao-state-visit-2007',
      'event-seed-article-published',
    ]);
    expect(list.map((e) => e.marker)).toEqual(['①', '②', '③', '④', '⑤', '⑥']);
  });

  it('sorts out of order input and leaves unreadable dates unmarked, last', () => {
    const [first, second] = d.events;
    if (!first || !second) throw new Error('fixture');
    const list = eventsWithMarkers({
      ...d,
      events: [{ ...second }, { ...first, start: 'soon' }, first],
    });
    expect(list.map((e) => [e.event.id, e.marker])).toEqual([
      [first.id, '①'],
      [second.id, '②'],
      [first.id, null],
    ]);
  });

  it('is empty without events', () => {
    expect(eventsWithMarkers({ ...d, events: [] })).toEqual([]);
  });
});
