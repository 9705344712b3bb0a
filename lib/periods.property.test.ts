import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Month, Period } from '@/data/types';
import { formatPartialDate, parsePartialDate, parsePeriodKey, periodKey } from './periods';

const year = fc.integer({ min: 0, max: 9999 });
const period: fc.Arbitrary<Period> = fc.oneof(
  year.map((y) => ({ type: 'year' as const, year: y })),
  fc.tuple(year, fc.constantFrom(1 as const, 2 as const)).map(([y, half]) => ({
    type: 'half' as const,
    year: y,
    half,
  })),
  fc
    .tuple(year, fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const))
    .map(([y, quarter]) => ({ type: 'quarter' as const, year: y, quarter })),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, a, b]) => ({
      type: 'months' as const,
      year: y,
      firstMonth: Math.min(a, b) as Month,
      lastMonth: Math.max(a, b) as Month,
    })),
  fc
    .tuple(
      year,
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m1, d1, m2, d2]) => ({
      type: 'days' as const,
      year: y,
      first: { month: m1 as Month, day: d1 },
      last: { month: m2 as Month, day: d2 },
    })),
);

// Strings near the key grammar: digits, separators, H/Q and their look-alikes.
const keyish = fc.string({
  unit: fc.constantFrom(
    '0',
    '1',
    '2',
    '4',
    '5',
    '9',
    '-',
    'H',
    'h',
    'Q',
    'q',
    'M',
    'D',
    ' ',
    '٢',
    '/',
  ),
  maxLength: 10,
});
const dateish = fc.string({
  unit: fc.constantFrom('0', '1', '2', '3', '9', '-', ' ', 'T', '+', '.', '٢'),
  maxLength: 12,
});
const junk = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('NaN', 'Infinity', '-2007', '+2007', '2007-', '2007-H', '<script>', '../2007'),
);

describe('parsePeriodKey', () => {
  it('inverts periodKey for every period of years 0–9999', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriodKey(periodKey(p))).toEqual(p);
      }),
      { seed: 31, numRuns: 3000 },
    );
  });

  it('accepts only canonical keys: whatever parses prints back to the same string', () => {
    fc.assert(
      fc.property(fc.oneof(keyish, junk), (s) => {
        const p = parsePeriodKey(s);
        if (p !== null) expect(periodKey(p)).toBe(s);
      }),
      { seed: 32, numRuns: 5000 },
    );
  });

  it('rejects a key with anything added around it', () => {
    const extra = fc.constantFrom(' ', '0', '-', '-H3', '-Q5', 'x', '\u0000', '\n');
    fc.assert(
      fc.property(period, extra, fc.boolean(), (p, bit, front) => {
        const key = periodKey(p);
        expect(parsePeriodKey(front ? `${bit}${key}` : `${key}${bit}`)).toBeNull();
      }),
      { seed: 33, numRuns: 2000 },
    );
  });
});

const day = fc.date({
  min: new Date('0000-01-01T00:00:00.000Z'),
  max: new Date('9999-12-31T00:00:00.000Z'),
  noInvalidDate: true,
});
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('parsePartialDate', () => {
  it('gives the UTC span of a year, month or day, containing the instant it came from', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(4, 7, 10), (d, len) => {
        const s = iso(d).slice(0, len);
        const r = parsePartialDate(s);
        expect(r).not.toBeNull();
        if (!r) return;
        expect(r.precision).toBe(len === 4 ? 'year' : len === 7 ? 'month' : 'day');
        expect(iso(r.start).slice(0, len)).toBe(s);
        expect(iso(r.end).slice(0, len)).toBe(s);
        // The span ends 1 ms before the next one starts.
        const next = new Date(r.end.getTime() + 1);
        expect(iso(next).slice(0, len)).not.toBe(s);
        expect(r.start.getTime()).toBeLessThanOrEqual(d.getTime());
        expect(r.end.getTime()).toBeGreaterThanOrEqual(d.getTime());
        expect(r.start.getUTCHours() + r.start.getUTCMinutes() + r.start.getUTCSeconds()).toBe(0);
      }),
      { seed: 34, numRuns: 3000 },
    );
  });

  it('accepts only real calendar dates written YYYY, YYYY-MM or YYYY-MM-DD', () => {
    fc.assert(
      fc.property(fc.oneof(dateish, junk), (s) => {
        const r = parsePartialDate(s);
        if (r === null) {
          expect(formatPartialDate(s)).toBe(s);
          return;
        }
        expect(s).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(iso(r.start).slice(0, s.length)).toBe(s);
      }),
      { seed: 35, numRuns: 5000 },
    );
  });

  it('rejects day 0, days past the month end, and months 00 and 13–99', () => {
    fc.assert(
      fc.property(
        year,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 13, max: 99 }),
        (y, m, bad) => {
          const yyyy = String(y).padStart(4, '0');
          const mm = String(m).padStart(2, '0');
          const daysInMonth = new Date(Date.UTC(2000, m, 0)).getUTCDate();
          const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
          const last = m === 2 ? (leap ? 29 : 28) : daysInMonth;
          expect(parsePartialDate(`${yyyy}-${mm}-${String(last).padStart(2, '0')}`)).not.toBeNull();
          expect(parsePartialDate(`${yyyy}-${mm}-${String(last + 1).padStart(2, '0')}`)).toBeNull();
          expect(parsePartialDate(`${yyyy}-${mm}-00`)).toBeNull();
          expect(parsePartialDate(`${yyyy}-00`)).toBeNull();
          expect(parsePartialDate(`${yyyy}-${bad}`)).toBeNull();
        },
      ),
      { seed: 36, numRuns: 2000 },
    );
  });
});
