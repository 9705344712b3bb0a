import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { eventsQueryValue, parseChartOptions } from './chart-options';

const d = getDataset();
const [first, second] = d.events.map((e) => e.id);

describe('parseChartOptions', () => {
  it.each<[string, string, unknown]>([
    ['absent', '', {}],
    ['on', 'events=on', {}],
    ['off', 'events=off', { events: false }],
    ['empty list: none', 'events=', { events: [] }],
    ['one id', `events=${first}`, { events: [first] }],
    ['two ids, repeats dropped', `events=${first},${second},${first}`, { events: [first, second] }],
    ['spaces around ids', `events=${first}%20,%20${second}`, { events: [first, second] }],
    ['other parameters ignored', 'width=800&events=off', { events: false }],
  ])('%s', (_name, query, expected) => {
    expect(parseChartOptions(new URLSearchParams(query), d)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string]>([
    ['unknown id', 'events=not-an-event'],
    ['known and unknown', `events=${first},<script>`],
    ['repeated parameter', 'events=on&events=off'],
    ['too long', `events=${'a'.repeat(3000)}`],
  ])('refuses %s, naming events and never echoing the input', (_name, query) => {
    const r = parseChartOptions(new URLSearchParams(query), d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.parameter).toBe('events');
    expect(r.error.allowed).toContain('on, off');
    expect(JSON.stringify(r.error)).not.toContain('<script>');
    expect(JSON.stringify(r.error)).not.toContain('not-an-event');
  });
});

describe('eventsQueryValue', () => {
  it.each<[unknown, string | undefined]>([
    [{}, undefined],
    [{ events: true }, undefined],
    [{ events: false }, 'off'],
    [{ events: ['a', 'b'] }, 'a,b'],
  ])('%j → %s', (o, expected) => {
    expect(eventsQueryValue(o as Parameters<typeof eventsQueryValue>[0])).toBe(expected);
  });

  it('round-trips through parseChartOptions', () => {
    for (const o of [{ events: false }, { events: [first!] }]) {
      const q = new URLSearchParams({ events: eventsQueryValue(o)! });
      expect(parseChartOptions(q, d)).toEqual({ ok: true, value: o });
    }
  });
});
