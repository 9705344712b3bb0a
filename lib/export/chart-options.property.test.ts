import fc from 'fast-check';
import { fontHasGlyphs, MARK_KINDS } from 'chart-render';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { chartIds, getChartSpec, type ChartOptions } from '../charts/registry';
import { applyView, VIEW_STATISTICS, VIEW_TEXT_LIMITS } from '../charts/view';
import {
  CHART_OPTION_PARAMS,
  chartOptionsQuery,
  parseChartOptions,
  YEAR_LIMITS,
} from './chart-options';

const d = getDataset();
const MARKER = 'zq<script>]]>=HYPERLINK(';
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 130 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(MARKER, '', ' ', 'on', 'off', '2005', '2005,2006', 'kz,cn', 'annual-kz'),
);
/** Any query over the option names: each given 0–2 times with any text. */
const anyQuery = fc
  .array(fc.tuple(fc.constantFrom(...CHART_OPTION_PARAMS, 'width'), anyText), { maxLength: 8 })
  .map((pairs) => new URLSearchParams(pairs));

const subset = <T>(xs: readonly T[]) =>
  fc.subarray([...xs], { minLength: 1 }).map((s) => xs.filter((x) => s.includes(x)));
/** Characters the chart font draws, hostile ones among them. */
const DRAWABLE = [...'aZ09 <>&"\'=+-@[]/;:.,!?()–—…’“”€₸%ҚқӘәЖжΔλ'];
const ownText = (max: number) =>
  fc
    .string({ unit: fc.constantFrom(...DRAWABLE), minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s !== '');
/** Valid options: what a form or a link may carry. */
const validOptions = fc
  .record({
    events: maybe(fc.constantFrom(false as const, [d.events[0]!.id])),
    from: maybe(fc.integer({ min: YEAR_LIMITS.min, max: 2010 })),
    to: maybe(fc.integer({ min: 2010, max: YEAR_LIMITS.max })),
    stat: maybe(subset(VIEW_STATISTICS)),
    kind: maybe(subset(MARK_KINDS)),
    title: maybe(ownText(VIEW_TEXT_LIMITS.title)),
    subtitle: maybe(ownText(VIEW_TEXT_LIMITS.subtitle)),
    note: maybe(ownText(VIEW_TEXT_LIMITS.note)),
    highlight: maybe(fc.constantFrom('annual-kz', 'target-2008-12bn-nazarbayev')),
  })
  .map(
    (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as ChartOptions,
  );

const bases = new Map(chartIds.map((id) => [id, getChartSpec(d, id)]));

describe('parseChartOptions on any query', () => {
  it('answers options or one error naming a parameter, never echoing the input', () => {
    fc.assert(
      fc.property(anyQuery, (q) => {
        const r = parseChartOptions(q, d);
        if (!r.ok) {
          expect(CHART_OPTION_PARAMS).toContain(r.error.parameter);
          expect(r.error.allowed).not.toBe('');
          expect(JSON.stringify(r.error)).not.toContain('zq');
          return;
        }
        // Whatever it accepts, it writes back as a link that reads the same.
        const again = parseChartOptions(new URLSearchParams(chartOptionsQuery(r.value)), d);
        expect(again).toEqual(r);
        for (const t of [r.value.title, r.value.subtitle, r.value.note]) {
          if (t === undefined) continue;
          expect(t).not.toMatch(/\p{Cc}/u);
          expect(fontHasGlyphs(t) && fontHasGlyphs(t, true)).toBe(true);
        }
      }),
      { seed: 111, numRuns: 1500 },
    );
  }, 60_000);

  it('reads back every valid option written as a link', () => {
    fc.assert(
      fc.property(validOptions, (o) => {
        const q = new URLSearchParams(chartOptionsQuery(o));
        expect(parseChartOptions(q, d)).toEqual({ ok: true, value: o });
      }),
      { seed: 112, numRuns: 1000 },
    );
  }, 60_000);

  it('draws every chart for every valid option, or refuses naming a view parameter', () => {
    fc.assert(
      fc.property(validOptions, fc.constantFrom(...chartIds), (o, id) => {
        const r = applyView(bases.get(id)!, o);
        if (!r.ok) {
          expect(['from', 'to', 'stat', 'kind', 'highlight']).toContain(r.error.parameter);
          return;
        }
        const v = r.value;
        expect(v.bands.length).toBe(v.categories.length);
        for (const s of v.series) expect(s.values.length).toBe(v.categories.length);
        expect(v.series.some((s) => s.values.some((x) => x !== null))).toBe(true);
        if (o.from !== undefined) expect(v.bands.every((b) => b.start >= o.from!)).toBe(true);
        if (o.to !== undefined) expect(v.bands.every((b) => b.end <= o.to! + 1)).toBe(true);
        expect(v.title).toBe(o.title ?? v.title);
        expect(v.credit !== undefined).toBe(o.title !== undefined);
      }),
      { seed: 113, numRuns: 400 },
    );
  }, 60_000);
});
