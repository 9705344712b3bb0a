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
    ['a range', 'from=2005&to=2010', { from: 2005, to: 2010 }],
    ['blank form fields', 'from=&to=&title=%20&highlight=&stat=', {}],
    ['sides as repeated keys', 'stat=kz&stat=cn', { stat: ['cn', 'kz'] }],
    ['kinds with commas', 'kind=projection,reported', { kind: ['reported', 'projection'] }],
    [
      'own text, trimmed, Kazakh Cyrillic kept',
      'title=%20%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B%D1%81%D1%82%D0%B0%D0%BD%20%D1%81%D0%B0%D1%83%D0%B4%D0%B0%D1%81%D1%8B%20&note=%3Cscript%3E',
      { title: 'Қазақстан саудасы', note: '<script>' },
    ],
    ['a highlight', 'highlight=annual-kz', { highlight: 'annual-kz' }],
  ])('%s', (_name, query, expected) => {
    expect(parseChartOptions(new URLSearchParams(query), d)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string, string]>([
    ['a year out of range', 'from=1800', 'from'],
    ['a year that is not one', 'to=20x0', 'to'],
    ['to before from', 'from=2010&to=2005', 'to'],
    ['from twice', 'from=2005&from=2006', 'from'],
    ['an unknown side', 'stat=kz,ru', 'stat'],
    ['an unknown kind', 'kind=rumour', 'kind'],
    ['a title of 10 kB', `title=${'x'.repeat(10_000)}`, 'title'],
    ['a title one character too long', `title=${'x'.repeat(121)}`, 'title'],
    ['a control character', 'subtitle=a%0Ab', 'subtitle'],
    // The PNG font lacks them: they would be drawn as boxes.
    ['Arabic letters', 'title=%D8%A7%D9%84%D8%AA%D8%AC%D8%A7%D8%B1%D8%A9', 'title'],
    ['an emoji', 'note=Trade%20%F0%9F%91%8D', 'note'],
    ['a note of 10 kB', `note=${'=1+'.repeat(3400)}`, 'note'],
    ['a highlight that is no id', 'highlight=%3Cscript%3E', 'highlight'],
  ])('refuses %s, naming the parameter', (_name, query, parameter) => {
    const r = parseChartOptions(new URLSearchParams(query), d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.parameter).toBe(parameter);
    expect(r.error.allowed).not.toBe('');
    expect(JSON.stringify(r.error)).not.toMatch(/script|xxxx|=1\+|ru|rumour|1800/);
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
