import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { chartIds } from '../charts/registry';
import { CHART_OPTION_PARAMS } from './chart-options';
import { DECK_LIMITS, deckQuery, moveChart, pastedCharts, readDeck, removeChart } from './deck';

const d = getDataset();
const MARKER = 'zq<script>]]>=HYPERLINK(';
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 130 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(MARKER, '', ' ', '2005', 'off', 'kz', 'annual-kz', '?', '&', '%', '%zz'),
);
/** A `c` value: a chart id (or not) and any options query (or none). */
const anyChart = fc
  .tuple(
    fc.oneof(fc.constantFrom(...chartIds), anyText),
    fc.option(
      fc.array(fc.tuple(fc.constantFrom(...CHART_OPTION_PARAMS, 'width'), anyText), {
        maxLength: 4,
      }),
      { nil: undefined },
    ),
  )
  .map(([id, pairs]) => (pairs === undefined ? id : `${id}?${new URLSearchParams(pairs)}`));
const anyDeckQuery = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constant('c'), anyChart),
      fc.tuple(fc.constantFrom('title', 'subtitle', 'download'), anyText),
    ),
    { maxLength: 6 },
  )
  .map((pairs) => new URLSearchParams(pairs));
const PARAMETER = /^(title|subtitle|c|c\[([1-9]\d*)\](\.[a-z]+)?)$/;

describe('readDeck on any query', () => {
  it('gives a valid deck and errors naming a parameter, never the input', () => {
    fc.assert(
      fc.property(anyDeckQuery, (q) => {
        const r = readDeck(q, d);
        expect(r.specs).toHaveLength(r.deck.charts.length);
        expect(r.deck.charts.length).toBeLessThanOrEqual(DECK_LIMITS.charts);
        for (const e of r.errors) {
          expect(e.parameter).toMatch(PARAMETER);
          const n = PARAMETER.exec(e.parameter)![2];
          if (n !== undefined) expect(Number(n)).toBeLessThanOrEqual(q.getAll('c').length);
          expect(e.allowed).not.toBe('');
          expect(JSON.stringify(e)).not.toContain('zq');
        }
        for (const t of [r.deck.title, r.deck.subtitle]) {
          if (t !== undefined) {
            expect(t).not.toMatch(/\p{Cc}/u);
            expect(t.trim()).toBe(t);
          }
        }
        // What it kept, written as a link, reads back the same, without errors.
        const again = readDeck(deckQuery(r.deck), d);
        expect(again.errors).toEqual([]);
        expect(again.deck).toEqual(r.deck);
      }),
      { seed: 211, numRuns: 300 },
    );
  }, 120_000);

  it('reorders and removes without changing what each chart is', () => {
    const deck = readDeck(
      new URLSearchParams(chartIds.slice(0, 5).map((id, i) => ['c', `${id}?from=${2000 + i}`])),
      d,
    ).deck;
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.tuple(fc.constant('move' as const), fc.integer({ min: -1, max: 6 }), fc.boolean()),
            fc.tuple(fc.constant('remove' as const), fc.integer({ min: 0, max: 5 }), fc.boolean()),
          ),
          { maxLength: 8 },
        ),
        (ops) => {
          let now = deck;
          for (const [op, i, up] of ops) {
            now = op === 'move' ? moveChart(now, i, up ? -1 : 1) : removeChart(now, i);
          }
          const key = (c: { id: string; query: string }) => `${c.id}?${c.query}`;
          const before = deck.charts.map(key);
          for (const c of now.charts) expect(before).toContain(key(c));
          expect(new Set(now.charts.map(key)).size).toBe(now.charts.length);
          expect(now.title).toBe(deck.title);
        },
      ),
      { seed: 212, numRuns: 500 },
    );
  });
});

describe('pastedCharts on any text', () => {
  const hosts = ['dash.example'];
  it('gives chart values or an error naming a line, never the text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            anyText,
            anyChart.map((c) => `/charts/${c}`),
          ),
        ),
        (lines) => {
          const text = lines.join('\n');
          const r = pastedCharts(text, hosts);
          if (!r.ok) {
            expect(r.error.parameter).toBe('paste');
            expect(r.error.error).toMatch(
              /^(line \d+ is not a chart link of this site|paste is too long)$/,
            );
            expect(JSON.stringify(r.error)).not.toContain('zq');
            return;
          }
          for (const v of r.value) expect(chartIds).toContain(v.split('?')[0]);
        },
      ),
      { seed: 213, numRuns: 1000 },
    );
  });

  it('reads a chart link written any way this site serves it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...chartIds),
        fc.constantFrom('', 'from=2005', 'from=2005&to=2010&title=%3Cb%3E'),
        fc.constantFrom(
          '/charts/',
          '/embed/',
          'https://dash.example/charts/',
          'http://DASH.example/embed/',
        ),
        fc.constantFrom('', '/svg', '/png', '/pptx', '/csv'),
        (id, query, prefix, format) => {
          const path = format ? `/api/charts/${id}${format}` : `${prefix}${id}`;
          const url = format && prefix.startsWith('http') ? `https://dash.example${path}` : path;
          const r = pastedCharts(`${url}${query ? `?${query}` : ''}`, hosts);
          expect(r).toEqual({ ok: true, value: [query ? `${id}?${query}` : id] });
        },
      ),
      { seed: 214, numRuns: 300 },
    );
  });
});
