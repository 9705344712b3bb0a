import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { chartIds, getChartView } from '../charts/registry';
import { chartOptionsQuery, parseChartOptions, YEAR_LIMITS } from './chart-options';

const d = getDataset();
const MARKER = 'zq<script>]]>=HYPERLINK(';
const seriesId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const year = fc.integer({ min: YEAR_LIMITS.min, max: YEAR_LIMITS.max });
const period = fc.oneof(year.map(String), fc.constantFrom('H1 2007', 'Jan–Oct 2010', 'Q1 2017'));
const junk = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    MARKER,
    ':',
    ',',
    'a:',
    ':2008',
    'a:2008,',
    'a:2008,b',
    '2008-2005',
    'x:2010-2010',
  ),
);

describe('the annotation options on any text', () => {
  for (const name of ['period', 'diff', 'cagr'] as const) {
    it(`${name}: options or an error naming ${name}, never echoing the input`, () => {
      fc.assert(
        fc.property(junk, (text) => {
          const r = parseChartOptions(new URLSearchParams([[name, `${MARKER}${text}`]]), d);
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expect(r.error.parameter).toBe(name);
          expect(r.error.allowed).not.toBe('');
          expect(JSON.stringify(r.error)).not.toContain('zq');
        }),
        { seed: 11, numRuns: 300 },
      );
      fc.assert(
        fc.property(junk, (text) => {
          const r = parseChartOptions(new URLSearchParams([[name, text]]), d);
          if (!r.ok) {
            expect(r.error.parameter).toBe(name);
            return;
          }
          const again = parseChartOptions(new URLSearchParams(chartOptionsQuery(r.value)), d);
          expect(again).toEqual(r);
        }),
        { seed: 12, numRuns: 500 },
      );
    });
  }

  it('reads back every well-formed diff, cagr and period written as a link', () => {
    const valid = fc.record({
      diff: fc.record({
        to: fc.record({ series: seriesId, period }),
        from: fc.record({ series: seriesId, period }),
      }),
      cagr: fc
        .tuple(seriesId, year, year)
        .filter(([, a, b]) => a !== b)
        .map(([series, a, b]) => ({ series, from: Math.min(a, b), to: Math.max(a, b) })),
      period: fc.tuple(year, year).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
    });
    fc.assert(
      fc.property(valid, (o) => {
        const r = parseChartOptions(new URLSearchParams(chartOptionsQuery(o)), d);
        expect(r).toEqual({ ok: true, value: o });
      }),
      { seed: 13, numRuns: 500 },
    );
  });

  it('any parsed annotation either draws on every chart or is refused naming its option', () => {
    const q = fc.record({
      diff: fc.tuple(
        fc.constantFrom('actual-kz', 'mirror-cn', 'annual-cn', 'nope'),
        fc.integer({ min: 2005, max: 2026 }),
        fc.constantFrom('target-2008-12bn-nazarbayev', 'mirror-kz', 'annual-kz'),
        fc.integer({ min: 2005, max: 2026 }),
      ),
      cagr: fc.tuple(
        fc.constantFrom('actual-cn', 'mirror-kz', 'annual-kz', 'crude-reported'),
        fc.integer({ min: 2000, max: 2024 }),
        fc.integer({ min: 1, max: 8 }),
      ),
      period: fc.integer({ min: 1995, max: 2035 }),
      from: fc.integer({ min: 2000, max: 2015 }),
      id: fc.constantFrom(...chartIds),
    });
    fc.assert(
      fc.property(q, ({ diff, cagr, period, from, id }) => {
        const query = new URLSearchParams({
          from: String(from),
          diff: `${diff[0]}:${diff[1]},${diff[2]}:${diff[3]}`,
          cagr: `${cagr[0]}:${cagr[1]}-${cagr[1] + cagr[2]}`,
          period: `${period}-${period + 2}`,
        });
        const o = parseChartOptions(query, d);
        expect(o.ok).toBe(true);
        if (!o.ok) return;
        const v = getChartView(d, id, o.value);
        if (!v.ok) {
          expect(['from', 'to', 'diff', 'cagr', 'period']).toContain(v.error.parameter);
          expect(v.error.allowed).not.toBe('');
          return;
        }
        expect(v.value.annotations?.map((a) => a.kind)).toEqual(['difference', 'cagr']);
        for (const a of v.value.annotations!) expect(Number.isFinite(a.value)).toBe(true);
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});
