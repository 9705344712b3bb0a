import { describe, expect, it } from 'vitest';
import {
  eventsParam,
  firstParam,
  pageHref,
  parseEventsParam,
  type SearchParams,
} from './page-params';

describe('parseEventsParam', () => {
  it.each<[string, SearchParams, boolean, number]>([
    ['absent: shown', {}, true, 0],
    ['off: hidden', { events: 'off' }, false, 0],
    ['on: shown', { events: 'on' }, true, 0],
    ['blank: default, no error', { events: '  ' }, true, 0],
    ['repeated: the first wins', { events: ['off', 'on'] }, false, 0],
    ['unknown value: shown, with an error', { events: 'nope' }, true, 1],
    ['wrong case is unknown', { events: 'OFF' }, true, 1],
  ])('%s', (_name, params, events, errorCount) => {
    const r = parseEventsParam(params);
    expect(r.events).toBe(events);
    expect(r.errors).toHaveLength(errorCount);
  });

  it('names the parameter and its allowed values, never the bad value', () => {
    const [e] = parseEventsParam({ events: '<script>' }).errors;
    expect(e).toEqual({ error: 'unknown value', parameter: 'events', allowed: 'on, off' });
    expect(JSON.stringify(e)).not.toContain('script');
  });
});

describe('firstParam', () => {
  it.each<[string | string[] | undefined, string | undefined]>([
    [undefined, undefined],
    ['', undefined],
    [' x ', 'x'],
    [['a', 'b'], 'a'],
    [[], undefined],
  ])('%j → %j', (raw, expected) => expect(firstParam(raw)).toBe(expected));
});

describe('pageHref and eventsParam', () => {
  it.each<[string, Record<string, string | undefined>, string | undefined, string]>([
    ['/trade', {}, undefined, '/trade'],
    ['/trade', { events: eventsParam(false) }, undefined, '/trade?events=off'],
    ['/trade', { events: eventsParam(true) }, undefined, '/trade'],
    ['/energy', { a: '1', b: 'x y' }, 'crude', '/energy?a=1&b=x%20y#crude'],
  ])('%s %j #%s → %s', (base, params, hash, expected) => {
    expect(pageHref(base, params, hash)).toBe(expected);
  });
});
