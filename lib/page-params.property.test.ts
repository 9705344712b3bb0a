import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EVENTS_VALUES,
  eventsParam,
  firstParam,
  pageHref,
  parseEventsParam,
  type SearchParams,
} from './page-params';

const MARKER = 'zq<script>x9';

// Values as Next hands them over: absent, one string, or a list (repeated keys).
const word = fc.oneof(
  fc.constantFrom(...EVENTS_VALUES, 'ON', 'Off', ' off ', '', '  ', '0', '1', 'true', 'null'),
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 6 }).map((s) => `${s}${MARKER}`),
);
const raw = fc.oneof(
  fc.constant(undefined),
  word,
  fc.array(word, { maxLength: 4 }),
) as fc.Arbitrary<string | string[] | undefined>;

describe('parseEventsParam on any input', () => {
  it('hides events only for a first value of "off", and reports any other unknown value once, by name', () => {
    fc.assert(
      fc.property(raw, fc.dictionary(fc.string({ maxLength: 6 }), word), (events, other) => {
        const params: SearchParams = { ...other, events };
        const first = firstParam(events);
        const r = parseEventsParam(params);
        expect(r.events).toBe(first !== 'off');
        const unknown = first !== undefined && first !== 'on' && first !== 'off';
        expect(r.errors).toEqual(
          unknown ? [{ error: 'unknown value', parameter: 'events', allowed: 'on, off' }] : [],
        );
      }),
      { seed: 41, numRuns: 3000 },
    );
  });

  it('reads back what eventsParam writes', () => {
    fc.assert(
      fc.property(fc.boolean(), (shown) => {
        expect(parseEventsParam({ events: eventsParam(shown) })).toEqual({
          events: shown,
          errors: [],
        });
      }),
      { seed: 42, numRuns: 50 },
    );
  });
});

describe('firstParam', () => {
  it('is the first value trimmed, or undefined when that is blank', () => {
    fc.assert(
      fc.property(raw, (r) => {
        const v = firstParam(r);
        const head = Array.isArray(r) ? r[0] : r;
        expect(v).toBe(head === undefined || head.trim() === '' ? undefined : head.trim());
      }),
      { seed: 43, numRuns: 2000 },
    );
  });
});

describe('pageHref', () => {
  it('round-trips any parameters through the URL a browser would parse', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 10 });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(text, fc.option(text, { nil: undefined })), {
          selector: ([k]) => k,
          maxLength: 5,
        }),
        (entries) => {
          const params = Object.fromEntries(entries);
          const url = new URL(pageHref('/trade', params), 'http://localhost');
          expect(url.pathname).toBe('/trade');
          // In the object's own key order (integer-like keys first), undefined left out.
          const defined = Object.entries(params).filter(([, v]) => v !== undefined);
          expect([...url.searchParams]).toEqual(defined);
        },
      ),
      { seed: 44, numRuns: 2000 },
    );
  });
});
