import type { ChartSpec } from 'chart-render';
import { z } from 'zod';
import type { Dataset } from '@/data/types';
import { chartIds, getChartView, isChartId, type ChartId } from '../charts/registry';
import { fail, readParam, type ParamError, type ParseResult } from '../params';
import { chartOptionsQuery, ownText, parseChartOptions, textAllowed } from './chart-options';

/** Limits of a deck: its charts, the title slide's text, one chart's value, the pasted links. */
export const DECK_LIMITS = {
  charts: 12,
  title: 120,
  subtitle: 200,
  chartParam: 2000,
  paste: 8000,
} as const;

/** The deck's own query parameters; `c` is repeated, once per chart slide, in slide order. */
export const DECK_PARAMS = ['title', 'subtitle', 'c'] as const;

/** One chart slide: the chart, its options as a canonical query (`from=2005&to=2010` or ''). */
export interface DeckChart {
  id: ChartId;
  query: string;
}

/** A deck as its URL holds it; title and subtitle undefined: the defaults. */
export interface Deck {
  title?: string;
  subtitle?: string;
  charts: DeckChart[];
}

/** A read deck: what of it is valid, each chart's spec, and every error (none: all valid). */
export interface ReadDeck {
  deck: Deck;
  specs: ChartSpec[];
  errors: ParamError[];
}

const C_ALLOWED =
  `a chart id (${chartIds.join(', ')}), optionally followed by ? and its chart options ` +
  `(from=2005&to=2010), at most ${DECK_LIMITS.chartParam} characters`;

function readText(q: URLSearchParams, name: 'title' | 'subtitle', max: number) {
  const blank = q.getAll(name).length === 1 && q.get(name)!.trim() === '';
  if (blank) return { ok: true as const, value: undefined };
  const schema = z
    .string()
    .transform((s) => s.trim())
    .pipe(ownText(max));
  return readParam(q, name, schema, textAllowed(max));
}

/**
 * One `c` value (`trade-trend?from=2005`) as a chart and its canonical options query, with the
 * chart's spec; `n` (from 1) names it in errors: `c[2]` for the value, `c[2].from` for an option.
 * The options are parsed by `parseChartOptions` and drawn by `getChartView`, whatever they are.
 *
 * @example readDeckChart('trade-trend?to=2010&from=2005', 1, d).value.chart // → { id: 'trade-trend', query: 'from=2005&to=2010' }
 */
export function readDeckChart(
  value: string,
  n: number,
  d: Dataset,
): ParseResult<{ chart: DeckChart; spec: ChartSpec }> {
  const name = `c[${n}]`;
  if (value.length > DECK_LIMITS.chartParam) return fail(name, `${name} is too long`, C_ALLOWED);
  const q = value.indexOf('?');
  const id = (q < 0 ? value : value.slice(0, q)).trim();
  if (!isChartId(id)) return fail(name, `${name} names an unknown chart`, C_ALLOWED);
  const options = parseChartOptions(new URLSearchParams(q < 0 ? '' : value.slice(q + 1)), d);
  const named = (e: ParamError): ParseResult<never> =>
    fail(`${name}.${e.parameter}`, `chart ${n}: ${e.error}`, e.allowed);
  if (!options.ok) return named(options.error);
  const view = getChartView(d, id, options.value);
  if (!view.ok) return named(view.error);
  const query = new URLSearchParams(chartOptionsQuery(options.value)).toString();
  return { ok: true, value: { chart: { id, query }, spec: view.value } };
}

/**
 * The deck of a query (`/deck`, `/api/deck.pptx`, `/api/deck.zip`): `title` and `subtitle` of the
 * title slide (plain text, length-limited; blank = default), then each `c` a chart slide in order,
 * at most DECK_LIMITS.charts. Lenient for pages, strict for routes: every bad part is left out
 * and reported, so `errors[0]` is a route's 400 and a page shows the rest of the deck.
 *
 * @example readDeck(new URLSearchParams('title=Trade&c=projections&c=nope'), d).errors[0].parameter // → "c[2]"
 */
export function readDeck(q: URLSearchParams, d: Dataset): ReadDeck {
  const errors: ParamError[] = [];
  const deck: Deck = { charts: [] };
  const specs: ChartSpec[] = [];
  const title = readText(q, 'title', DECK_LIMITS.title);
  if (title.ok) deck.title = title.value;
  else errors.push(title.error);
  const subtitle = readText(q, 'subtitle', DECK_LIMITS.subtitle);
  if (subtitle.ok) deck.subtitle = subtitle.value;
  else errors.push(subtitle.error);
  if (deck.title === undefined) delete deck.title;
  if (deck.subtitle === undefined) delete deck.subtitle;
  const values = q.getAll('c');
  if (values.length > DECK_LIMITS.charts) {
    errors.push(
      fail(
        'c',
        `a deck holds at most ${DECK_LIMITS.charts} charts`,
        `1–${DECK_LIMITS.charts} c parameters`,
      ).error,
    );
  }
  for (const [i, value] of values.slice(0, DECK_LIMITS.charts).entries()) {
    const r = readDeckChart(value, i + 1, d);
    if (!r.ok) {
      errors.push(r.error);
      continue;
    }
    deck.charts.push(r.value.chart);
    specs.push(r.value.spec);
  }
  return { deck, specs, errors };
}

/** True when the query names nothing of a deck: the routes then give the fixed deck of every chart. */
export function isDefaultDeckQuery(q: URLSearchParams): boolean {
  return DECK_PARAMS.every((p) => !q.has(p));
}

/**
 * A deck as query parameters, `title`, `subtitle`, then each chart; `readDeck` reads it back.
 *
 * @example deckQuery({ title: 'Trade', charts: [{ id: 'projections', query: 'from=2005' }] }).toString() // → "title=Trade&c=projections%3Ffrom%3D2005"
 */
export function deckQuery(deck: Deck): URLSearchParams {
  const q = new URLSearchParams();
  if (deck.title !== undefined) q.set('title', deck.title);
  if (deck.subtitle !== undefined) q.set('subtitle', deck.subtitle);
  for (const c of deck.charts) q.append('c', c.query ? `${c.id}?${c.query}` : c.id);
  return q;
}

/** `path` with the deck's query, or `path` alone for an empty query. */
function withDeck(path: string, deck: Deck): string {
  const s = deckQuery(deck).toString();
  return s ? `${path}?${s}` : path;
}

/**
 * The deck builder page, the PPTX and the ZIP of a deck, root-relative.
 *
 * @example deckUrls({ charts: [{ id: 'projections', query: '' }] }).zip // → "/api/deck.zip?c=projections"
 */
export function deckUrls(deck: Deck) {
  return {
    page: withDeck('/deck', deck),
    pptx: withDeck('/api/deck.pptx', deck),
    zip: withDeck('/api/deck.zip', deck),
  };
}

/** The deck with chart `i` moved by `by` (−1 up, +1 down); unchanged at an end. */
export function moveChart(deck: Deck, i: number, by: -1 | 1): Deck {
  const j = i + by;
  if (i < 0 || j < 0 || i >= deck.charts.length || j >= deck.charts.length) return deck;
  const charts = [...deck.charts];
  [charts[i], charts[j]] = [charts[j]!, charts[i]!];
  return { ...deck, charts };
}

/** The deck without chart `i`. */
export function removeChart(deck: Deck, i: number): Deck {
  return { ...deck, charts: deck.charts.filter((_, k) => k !== i) };
}

const PASTE_ALLOWED =
  'one chart link of this site per line: /charts/{id}?…, /embed/{id}?…, /api/charts/{id}/{format}?…, or the same as a full URL';
const CHART_PATH =
  /^\/(?:charts|embed)\/([^/]+)\/?$|^\/api\/charts\/([^/]+)\/(?:svg|png|pptx|csv)$/;

/**
 * Pasted chart links, one a line (blank lines skipped), as `c` values: a root-relative path or
 * a full http(s) URL whose host is one of `hosts` (this site's), to a chart page, embed or export
 * route. The query is kept whole; `readDeckChart` validates it. A line that is not such a link
 * is an error naming its line, never echoing it.
 *
 * @example pastedCharts('/charts/projections?from=2005\nhttps://x.org/embed/mirror-gap', ['x.org']).value // → ['projections?from=2005', 'mirror-gap']
 */
export function pastedCharts(text: string, hosts: readonly string[]): ParseResult<string[]> {
  if (text.length > DECK_LIMITS.paste) return fail('paste', 'paste is too long', PASTE_ALLOWED);
  const out: string[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const bad = fail('paste', `line ${i + 1} is not a chart link of this site`, PASTE_ALLOWED);
    let url: URL;
    try {
      url = new URL(line, 'http://relative.invalid');
    } catch {
      return bad;
    }
    const relative = line.startsWith('/') && !line.startsWith('//');
    const ownSite =
      /^https?:$/.test(url.protocol) && hosts.some((h) => h.toLowerCase() === url.host);
    if (!relative && !ownSite) return bad;
    const m = CHART_PATH.exec(url.pathname);
    let id: string;
    try {
      id = decodeURIComponent(m?.[1] ?? m?.[2] ?? '');
    } catch {
      return bad;
    }
    if (!isChartId(id)) return bad;
    const query = url.search.slice(1);
    out.push(query ? `${id}?${query}` : id);
  }
  return { ok: true, value: out };
}

/**
 * The file names in a deck ZIP: the slide number, then `title` or the chart id (never the
 * reader's text), so they are safe on every file system.
 *
 * @example deckZipNames(['projections']) // → ['01-title.png', '02-projections.png']
 */
export function deckZipNames(ids: readonly string[]): string[] {
  const n = (i: number) => String(i + 1).padStart(2, '0');
  return ['title', ...ids].map((name, i) => `${n(i)}-${name}.png`);
}
