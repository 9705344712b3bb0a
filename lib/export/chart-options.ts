import { fontHasGlyphs, MARK_KINDS } from 'chart-render';
import type { Dataset } from '@/data/types';
import type { ChartOptions } from '../charts/registry';
import { VIEW_STATISTICS, VIEW_TEXT_LIMITS, type ChartView } from '../charts/view';
import { fail, listValues, readParam, type ParseResult } from '../params';
import { z } from 'zod';
import { CHART_OPTION_PARAMS } from './urls';

/** The longest `events` value accepted, in characters. */
export const MAX_EVENTS_PARAM = 2000;
const MAX_LIST_PARAM = 200;
export const YEAR_LIMITS = { min: 1990, max: 2100 } as const;

const YEAR_ALLOWED = `a year, ${YEAR_LIMITS.min}–${YEAR_LIMITS.max}`;
const year = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(YEAR_LIMITS.min).max(YEAR_LIMITS.max));
/** What a reader's own text may be (chart and deck titles, subtitles, notes). */
export const textAllowed = (max: number) =>
  `plain text, at most ${max} characters, in characters the chart font draws (Latin, Greek and Cyrillic letters, digits, punctuation; no emoji, no other writing systems), no control characters`;
/**
 * A reader's own text up to `max` characters. The PNG is drawn with the bundled font alone: a
 * character it lacks would come out as a box, so it is refused.
 */
export const ownText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !/\p{Cc}/u.test(s) && fontHasGlyphs(s) && fontHasGlyphs(s, true));
const SERIES_ID = '[a-z0-9][a-z0-9-]{0,79}';
const highlight = z.string().regex(new RegExp(`^${SERIES_ID}$`));

/** Years in a span: "2005-2008" (or an en dash), one year "2007". */
const SPAN = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/;
const inYears = (n: number) => n >= YEAR_LIMITS.min && n <= YEAR_LIMITS.max;

export const PERIOD_ALLOWED = `a year or a span of years, from-to (${YEAR_LIMITS.min}–${YEAR_LIMITS.max}), e.g. 2005-2008`;
const period = z.string().transform((s, ctx) => {
  const m = SPAN.exec(s);
  const from = Number(m?.[1]);
  const to = m?.[2] === undefined ? from : Number(m[2]);
  if (!m || !inYears(from) || !inYears(to) || to < from) {
    ctx.addIssue({ code: 'custom', message: 'bad period' });
    return z.NEVER;
  }
  return { from, to };
});

/** A mark: series id, a colon, a period as the chart writes it ("2008", "H1 2007"). */
const MARK = new RegExp(`^(${SERIES_ID})\\s*:\\s*([^,:\\p{Cc}]{1,24})$`, 'u');
export const DIFF_ALLOWED =
  'two marks, series:period,series:period (the measured one first, then the one it is measured from), e.g. actual-kz:2008,target-2008-12bn-nazarbayev:2008';
const diff = z.string().transform((s, ctx) => {
  const marks = s.split(',').map((p) => MARK.exec(p.trim()));
  if (marks.length !== 2 || marks.some((m) => m === null)) {
    ctx.addIssue({ code: 'custom', message: 'bad diff' });
    return z.NEVER;
  }
  const [a, b] = marks.map((m) => ({ series: m![1]!, period: m![2]!.trim() }));
  return { to: a!, from: b! };
});

export const CAGR_ALLOWED = 'series:from-to, two years of one series, e.g. actual-cn:2021-2024';
const CAGR = new RegExp(`^(${SERIES_ID})\\s*:\\s*(\\d{4})\\s*[-–]\\s*(\\d{4})$`);
const cagr = z.string().transform((s, ctx) => {
  const m = CAGR.exec(s);
  const from = Number(m?.[2]);
  const to = Number(m?.[3]);
  if (!m || !inYears(from) || !inYears(to) || to <= from) {
    ctx.addIssue({ code: 'custom', message: 'bad cagr' });
    return z.NEVER;
  }
  return { series: m[1]!, from, to };
});
const MAX_ANNOTATION_PARAM = 200;

export { CHART_OPTION_PARAMS };

/** Reads a single parameter of the view: a blank value (an empty form field) counts as absent. */
function readView<S extends z.ZodType<unknown, string>>(
  q: URLSearchParams,
  name: string,
  schema: S,
  allowed: string,
) {
  const blank = q.getAll(name).length === 1 && q.get(name)!.trim() === '';
  if (blank) return { ok: true as const, value: undefined };
  return readParam(
    q,
    name,
    z
      .string()
      .transform((s) => s.trim())
      .pipe(schema),
    allowed,
  );
}

function readList<T extends string>(
  q: URLSearchParams,
  name: string,
  values: readonly T[],
): ParseResult<T[] | undefined> {
  const allowed = `a comma-separated list of ${values.join(', ')}`;
  if (q.getAll(name).join(',').length > MAX_LIST_PARAM)
    return fail(name, `${name} is too long`, allowed);
  const list = listValues(q, name);
  if (list === undefined || list.length === 0) return { ok: true, value: undefined };
  const r = z.array(z.enum(values)).safeParse(list);
  if (!r.success) return fail(name, `${name} names an unknown value`, allowed);
  return { ok: true, value: values.filter((v) => r.data.includes(v)) };
}

function parseEvents(query: URLSearchParams, d: Dataset): ParseResult<ChartOptions['events']> {
  const ids = d.events.map((e) => e.id);
  const allowed = `on, off, or a comma-separated list of event ids (${ids.join(', ')})`;
  const r = readParam(query, 'events', z.string().max(MAX_EVENTS_PARAM), allowed);
  if (!r.ok) return r;
  if (r.value === undefined || r.value === 'on') return { ok: true, value: undefined };
  if (r.value === 'off') return { ok: true, value: false };
  const list = r.value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (list.some((id) => !ids.includes(id)))
    return fail('events', 'events names an unknown event', allowed);
  return { ok: true, value: [...new Set(list)] };
}

/**
 * The chart options every chart surface accepts from a query string (the chart page, `/embed`,
 * and the SVG, PNG, PPTX and CSV routes):
 * - `events`: `on` (default: the events relevant to the chart), `off` (none), or a
 *   comma-separated list of event ids (exactly those on the chart's axis; empty: none);
 * - `from`, `to`: the first and last year shown (inclusive);
 * - `stat`: whose statistics (cn, kz, unstated), `kind`: which kinds of figure, both lists;
 * - `title`, `subtitle`, `note`: the reader's own plain text (length-limited);
 * - `highlight`: the id of the one series drawn in colour;
 * - `period`: a year or span shaded behind the marks (`2005-2008`);
 * - `diff`: a difference arrow, `series:period,series:period`, the measured mark first
 *   (`actual-kz:2008,target-2008-12bn-nazarbayev:2008`: +$5.5bn · +45.8%);
 * - `cagr`: a CAGR arrow over one series, `series:from-to` (`actual-cn:2021-2024`: +20.6%/yr).
 * Blank values of the view parameters count as absent (an empty form field). A bad, repeated or
 * over-long parameter is an error naming it and what is allowed, never echoing the input; whether
 * the view fits the chart (data in the range, the highlighted series drawn) is checked by
 * `getChartView`.
 *
 * @example parseChartOptions(new URLSearchParams('events=off&from=2005'), d).value // → { events: false, from: 2005 }
 */
export function parseChartOptions(query: URLSearchParams, d: Dataset): ParseResult<ChartOptions> {
  const out: ChartOptions = {};
  const events = parseEvents(query, d);
  if (!events.ok) return events;
  if (events.value !== undefined) out.events = events.value;
  const view: ChartView = {};
  const steps: (() => ParseResult<unknown>)[] = [
    () => readView(query, 'from', year, YEAR_ALLOWED),
    () => readView(query, 'to', year, YEAR_ALLOWED),
    () => readList(query, 'stat', VIEW_STATISTICS),
    () => readList(query, 'kind', MARK_KINDS),
    () =>
      readView(
        query,
        'title',
        ownText(VIEW_TEXT_LIMITS.title),
        textAllowed(VIEW_TEXT_LIMITS.title),
      ),
    () =>
      readView(
        query,
        'subtitle',
        ownText(VIEW_TEXT_LIMITS.subtitle),
        textAllowed(VIEW_TEXT_LIMITS.subtitle),
      ),
    () =>
      readView(query, 'note', ownText(VIEW_TEXT_LIMITS.note), textAllowed(VIEW_TEXT_LIMITS.note)),
    () => readView(query, 'highlight', highlight, 'the id of a series drawn on the chart'),
    () => readView(query, 'period', z.string().max(20).pipe(period), PERIOD_ALLOWED),
    () => readView(query, 'diff', z.string().max(MAX_ANNOTATION_PARAM).pipe(diff), DIFF_ALLOWED),
    () => readView(query, 'cagr', z.string().max(MAX_ANNOTATION_PARAM).pipe(cagr), CAGR_ALLOWED),
  ];
  const keys = CHART_OPTION_PARAMS.slice(1) as readonly (keyof ChartView)[];
  for (const [i, step] of steps.entries()) {
    const r = step();
    if (!r.ok) return r;
    if (r.value !== undefined) (view as Record<string, unknown>)[keys[i]!] = r.value;
  }
  if (view.from !== undefined && view.to !== undefined && view.to < view.from) {
    return fail('to', 'to is before from', `a year from ${view.from} to ${YEAR_LIMITS.max}`);
  }
  return { ok: true, value: { ...out, ...view } };
}

/**
 * The `events` option as a query string value: undefined for the default, `off`, or the ids.
 *
 * @example eventsQueryValue({ events: ['a', 'b'] }) // → "a,b"
 */
export function eventsQueryValue(o: ChartOptions): string | undefined {
  if (o.events === undefined || o.events === true) return undefined;
  if (o.events === false) return 'off';
  return o.events.join(',');
}

/**
 * Chart options as the query values of a link, in `CHART_OPTION_PARAMS` order, defaults left out;
 * `parseChartOptions` reads them back to the same options.
 *
 * @example chartOptionsQuery({ from: 2005, stat: ['kz'] }) // → { from: '2005', stat: 'kz' }
 */
export function chartOptionsQuery(o: ChartOptions): Partial<Record<ChartOptionParam, string>> {
  const out: Partial<Record<ChartOptionParam, string>> = {};
  const events = eventsQueryValue(o);
  if (events !== undefined) out.events = events;
  if (o.from !== undefined) out.from = String(o.from);
  if (o.to !== undefined) out.to = String(o.to);
  if (o.stat !== undefined) out.stat = o.stat.join(',');
  if (o.kind !== undefined) out.kind = o.kind.join(',');
  if (o.title !== undefined) out.title = o.title;
  if (o.subtitle !== undefined) out.subtitle = o.subtitle;
  if (o.note !== undefined) out.note = o.note;
  if (o.highlight !== undefined) out.highlight = o.highlight;
  if (o.period !== undefined) {
    out.period =
      o.period.from === o.period.to ? `${o.period.from}` : `${o.period.from}-${o.period.to}`;
  }
  if (o.diff !== undefined) {
    out.diff = `${o.diff.to.series}:${o.diff.to.period},${o.diff.from.series}:${o.diff.from.period}`;
  }
  if (o.cagr !== undefined) out.cagr = `${o.cagr.series}:${o.cagr.from}-${o.cagr.to}`;
  return out;
}

export type ChartOptionParam = (typeof CHART_OPTION_PARAMS)[number];
