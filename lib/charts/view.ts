import type { ChartSpec, MarkKind, SeriesSpec } from 'chart-render';
import type { ParamError, ParseResult } from '../params';
import { resolveAnnotations, type AnnotationView } from './annotations';
import { sideName } from './palette';

/** Whose statistics a series draws on: one side, or none (targets, lib/ computations, mixes). */
export const VIEW_STATISTICS = ['cn', 'kz', 'unstated'] as const;
export type ViewStatistic = (typeof VIEW_STATISTICS)[number];

/** Upper limits of the reader's own text, in characters. */
export const VIEW_TEXT_LIMITS = { title: 120, subtitle: 200, note: 280 } as const;

/**
 * What a reader may change of a chart beyond its events: the years shown (`from`/`to`, both
 * inclusive), which series (by whose statistics and by kind), their own title, subtitle and
 * note, one series (a target, a side) highlighted with the rest greyed, and the annotations
 * (a shaded period, a difference arrow, a CAGR arrow; see annotations.ts).
 */
export interface ChartView extends AnnotationView {
  from?: number;
  to?: number;
  stat?: readonly ViewStatistic[];
  kind?: readonly MarkKind[];
  title?: string;
  subtitle?: string;
  note?: string;
  highlight?: string;
}

export const VIEW_KEYS = [
  'from',
  'to',
  'stat',
  'kind',
  'title',
  'subtitle',
  'note',
  'highlight',
  'period',
  'diff',
  'cagr',
] as const satisfies readonly (keyof ChartView)[];

/**
 * Whose statistics a series is, read from its whose-statistics label; null for a series that
 * belongs to no one side (a target, a figure computed from both sides, a mix of sources).
 *
 * @example seriesStatistic({ statisticLabel: 'Kazakh statistics' }) // → 'kz'
 */
export function seriesStatistic(s: Pick<SeriesSpec, 'statisticLabel'>): ViewStatistic | null {
  if (s.statisticLabel === sideName.CN) return 'cn';
  if (s.statisticLabel === sideName.KZ) return 'kz';
  if (s.statisticLabel === sideName.unstated) return 'unstated';
  return null;
}

/** True when the view changes nothing: the chart is the dashboard's own. */
export function isDefaultView(v: ChartView): boolean {
  return VIEW_KEYS.every((k) => v[k] === undefined);
}

/** A target's connector line goes with it: highlighting the target keeps both in colour. */
function highlighted(s: SeriesSpec, id: string): boolean {
  return s.id === id || s.id === `${id}-connector`;
}

/**
 * The series a highlight may name: every coloured series but connectors, which follow their
 * target. A grey series cannot stand out against the greyed rest, so it is not offered.
 */
export function highlightIds(spec: Pick<ChartSpec, 'series'>): string[] {
  const ids = spec.series.map((s) => s.id);
  return spec.series
    .filter((s) => s.color !== 'grey')
    .map((s) => s.id)
    .filter((id) => !(id.endsWith('-connector') && ids.includes(id.slice(0, -10))));
}

function yearsWithData(spec: ChartSpec): [number, number] | null {
  const years = spec.bands
    .filter((_, i) => spec.series.some((s) => s.values[i] !== null && s.values[i] !== undefined))
    .map((b) => Math.floor(b.start));
  if (years.length === 0) return null;
  return [Math.min(...years), Math.max(...years)];
}

function refuse(
  parameter: string,
  error: string,
  allowed: string,
): { ok: false; error: ParamError } {
  return { ok: false, error: { error, parameter, allowed } };
}

/**
 * A chart as the reader asked for it: categories outside `from`–`to` dropped (a category counts
 * when its whole band lies in those years; events outside are dropped too), series kept when
 * their side is in `stat` (a series of no one side, such as a target, stays) and their kind in
 * `kind`, the reader's title, subtitle and note (the dashboard title then kept as the credit
 * "Chart: …"), and every series but the highlighted one greyed. Values, whose-statistics labels,
 * notes and the source line are never changed. A view that leaves no value, or highlights a series
 * not drawn, is refused naming the parameter. The default view returns `spec` itself.
 *
 * @example applyView(tradeTrend, { from: 2005, to: 2010 }).value.categories // → ['2005', …, '2010']
 */
export function applyView(spec: ChartSpec, v: ChartView): ParseResult<ChartSpec> {
  if (isDefaultView(v)) return { ok: true, value: spec };
  const data = yearsWithData(spec);
  const dataText = data ? `years ${data[0]}–${data[1]}` : 'none';
  const lo = v.from ?? -Infinity;
  const hi = v.to === undefined ? Infinity : v.to + 1;
  const ranged = v.from !== undefined || v.to !== undefined;
  const keep = spec.bands.map((b) => b.start >= lo && b.end <= hi);
  const pick = <T>(xs: readonly T[]): T[] => xs.filter((_, i) => keep[i]);
  const series = spec.series
    .filter((s) => {
      const side = seriesStatistic(s);
      return (
        (!v.stat || side === null || v.stat.includes(side)) && (!v.kind || v.kind.includes(s.kind))
      );
    })
    .map((s) => ({
      ...s,
      values: pick(s.values),
      ...(s.notes ? { notes: pick(s.notes) } : {}),
      ...(s.pointLabels ? { pointLabels: pick(s.pointLabels) } : {}),
    }))
    .filter((s) => !ranged || s.values.some((x) => x !== null));
  if (series.length === 0) {
    const kept = spec.series.some((s) => s.values.some((x, i) => x !== null && keep[i]));
    if (ranged && !kept) {
      return refuse(
        v.from !== undefined ? 'from' : 'to',
        'this chart has no data in that range',
        dataText,
      );
    }
    return refuse(
      v.stat ? 'stat' : 'kind',
      'no series of this chart matches stat and kind in that range',
      describeSeries(spec),
    );
  }
  if (v.highlight !== undefined && !highlightIds({ series }).includes(v.highlight)) {
    return refuse(
      'highlight',
      'highlight names no coloured series drawn in this view',
      highlightIds({ series }).join(', '),
    );
  }
  const bands = pick(spec.bands);
  const axis: [number, number] = [bands[0]!.start, bands.at(-1)!.end];
  const h = v.highlight;
  const names = new Map(spec.series.map((s) => [s.id, s.name]));
  const out: ChartSpec = {
    ...spec,
    title: v.title ?? (ranged ? retitleYears(spec.title, axis) : spec.title),
    subtitle: v.subtitle ?? spec.subtitle,
    categories: pick(spec.categories),
    bands,
    series:
      h === undefined
        ? series
        : series.map((s) => (highlighted(s, h) ? s : { ...s, color: 'grey' as const })),
    events: ranged
      ? spec.events.filter((e) => e.start >= axis[0] && e.start < axis[1])
      : spec.events,
    notes: [
      ...spec.notes,
      ...(h === undefined
        ? []
        : [`Highlighted: ${names.get(h)?.split('\n')[0]}; every other series is drawn in grey.`]),
      ...(v.note === undefined ? [] : [v.note]),
    ],
  };
  if (v.title !== undefined) out.credit = `Chart: ${spec.title}`;
  if (v.period || v.diff || v.cagr) {
    const a = resolveAnnotations(out, v);
    if (!a.ok) return a;
    if (a.value.annotations.length > 0) out.annotations = a.value.annotations;
    if (a.value.period) out.period = a.value.period;
  }
  return { ok: true, value: out };
}

/**
 * A title ending in its year span, rewritten for the years a view shows.
 *
 * @example retitleYears('Trade turnover, 2000–2024', [2005, 2011]) // → "Trade turnover, 2005–2010"
 */
export function retitleYears(title: string, axis: readonly [number, number]): string {
  const first = Math.floor(axis[0]);
  const last = Math.ceil(axis[1]) - 1;
  const span = first === last ? String(first) : `${first}–${last}`;
  return title.replace(/\b\d{4}–\d{4}$/, span);
}

/** What `stat` and `kind` may pick on this chart: "cn: reported; kz: reported; any side: projection". */
export function describeSeries(spec: Pick<ChartSpec, 'series'>): string {
  const by = new Map<string, Set<string>>();
  for (const s of spec.series) {
    const side = seriesStatistic(s) ?? 'any side';
    by.set(side, (by.get(side) ?? new Set()).add(s.kind));
  }
  return [...by].map(([side, kinds]) => `${side}: ${[...kinds].join(', ')}`).join('; ');
}
