import {
  formatValue,
  type AnnotationSpec,
  type ChartSpec,
  type PeriodHighlight,
} from 'chart-render';
import { formatUsdBnDifference } from '../format-difference';
import { formatPct } from '../format';
import { cagrPct, variance } from '../growth';
import type { ParamError, ParseResult } from '../params';

/** One mark a reader names: a series id and a period as the chart writes it ("2008", "H1 2007"). */
export interface MarkQuery {
  series: string;
  period: string;
}

/**
 * The annotations a reader may ask for: a period shaded (`period`, years inclusive), a
 * difference arrow from one mark to another (`diff`: `to` measured against `from`) and a CAGR
 * arrow over one series between two years (`cagr`). Values are computed here by lib/growth.ts,
 * never typed by the reader.
 */
export interface AnnotationView {
  period?: { from: number; to: number };
  diff?: { to: MarkQuery; from: MarkQuery };
  cagr?: { series: string; from: number; to: number };
}

function refuse(
  parameter: string,
  error: string,
  allowed: string,
): { ok: false; error: ParamError } {
  return { ok: false, error: { error, parameter, allowed } };
}

const isNum = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);

/** A series' name as one line (target names carry a second line). */
const nameOf = (s: ChartSpec['series'][number]) => s.name.split('\n')[0]!;

/** The periods where a series has a value in this view, as the chart writes them. */
function periodsWithValues(spec: ChartSpec, seriesId: string): string[] {
  const s = spec.series.find((x) => x.id === seriesId);
  return s ? spec.categories.filter((_, i) => isNum(s.values[i])) : [];
}

/** Series of the view a reader may annotate: those with a value, connectors left out. */
export function annotatableSeries(spec: Pick<ChartSpec, 'series'>): string[] {
  return spec.series.filter((s) => !s.connectGaps && s.values.some(isNum)).map((s) => s.id);
}

function findMark(
  spec: ChartSpec,
  parameter: string,
  q: MarkQuery,
): ParseResult<{ j: number; i: number; value: number }> {
  const ids = annotatableSeries(spec);
  const j = spec.series.findIndex((s) => s.id === q.series);
  if (j < 0 || !ids.includes(q.series)) {
    return refuse(parameter, `${parameter} names a series not drawn in this view`, ids.join(', '));
  }
  const i = spec.categories.indexOf(q.period);
  const value = spec.series[j]!.values[i];
  if (i < 0 || !isNum(value)) {
    return refuse(
      parameter,
      `${parameter}: ${q.series} has no value at that period in this view`,
      `periods of ${q.series}: ${periodsWithValues(spec, q.series).join(', ')}`,
    );
  }
  return { ok: true, value: { j, i, value } };
}

/** A year span as a label: 2021–2024 → "2021–24", 1999–2001 → "1999–2001". */
export function shortSpan(from: number, to: number): string {
  const a = String(from);
  const b = String(to);
  return a.slice(0, 2) === b.slice(0, 2) ? `${a}–${b.slice(2)}` : `${a}–${b}`;
}

/**
 * The difference between two figures as the chart writes it, by `variance` (lib/growth.ts):
 * US$ bn at the precision of its inputs and the percentage of `from`; percentages in points.
 *
 * @example differenceLabel(17.5, 12, 'usd-bn') // → "+$5.5bn · +45.8%"
 */
export function differenceLabel(to: number, from: number, unit: ChartSpec['valueFormat']): string {
  const v = variance(to, from);
  if (unit === 'pct') return `${formatValue(v.absolute, 'pct', { sign: true }).slice(0, -1)} pp`;
  const abs =
    unit === 'usd-bn'
      ? formatUsdBnDifference(v.absolute, [to, from], { sign: true })
      : formatValue(v.absolute, unit, { sign: true });
  return v.pct === null ? abs : `${abs} · ${formatPct(v.pct, { sign: true })}`;
}

/**
 * The view's annotations resolved against the spec it draws (after range and series): each mark
 * must be drawn with a value in the view, the shaded period must overlap the axis; the figures
 * are computed by `variance` and `cagrPct` (lib/growth.ts) from the plotted values. Refusals name
 * the option and list what it may name.
 *
 * @example resolveAnnotations(projections, { cagr: { series: 'actual-cn', from: 2021, to: 2024 } }).value.annotations[0].label // → "+20.6%/yr 2021–24"
 */
export function resolveAnnotations(
  spec: ChartSpec,
  v: AnnotationView,
): ParseResult<{ annotations: AnnotationSpec[]; period?: PeriodHighlight }> {
  const annotations: AnnotationSpec[] = [];
  const f = (x: number) => formatValue(x, spec.valueFormat);
  const first = Math.floor(spec.bands[0]!.start);
  const last = Math.ceil(spec.bands.at(-1)!.end) - 1;
  let period: PeriodHighlight | undefined;
  if (v.period) {
    const { from, to } = v.period;
    if (to < first || from > last) {
      return refuse(
        'period',
        'period lies outside the years this view shows',
        `years ${first}–${last}`,
      );
    }
    period = {
      start: Math.max(from, first),
      end: Math.min(to, last) + 1,
      label: from === to ? String(from) : `${from}–${to}`,
    };
  }
  if (v.diff) {
    const to = findMark(spec, 'diff', v.diff.to);
    if (!to.ok) return to;
    const from = findMark(spec, 'diff', v.diff.from);
    if (!from.ok) return from;
    if (to.value.j === from.value.j && to.value.i === from.value.i) {
      return refuse(
        'diff',
        'diff names the same mark twice',
        'two different marks: series:period,series:period',
      );
    }
    const a = to.value.value;
    const b = from.value.value;
    const d = variance(a, b);
    const label = differenceLabel(a, b, spec.valueFormat);
    const sa = spec.series[to.value.j]!;
    const sb = spec.series[from.value.j]!;
    annotations.push({
      kind: 'difference',
      to: { series: sa.id, category: to.value.i },
      from: { series: sb.id, category: from.value.i },
      label,
      value: d.absolute,
      unit: spec.valueFormat,
      description:
        `Difference arrow: ${nameOf(sa)}, ${v.diff.to.period} (${f(a)}) against ${nameOf(sb)}, ` +
        `${v.diff.from.period} (${f(b)}): ${label} (variance, lib/growth.ts).`,
    });
  }
  if (v.cagr) {
    const { series, from, to } = v.cagr;
    if (spec.valueFormat === 'pct') {
      return refuse(
        'cagr',
        'a growth rate has no CAGR: this chart plots percentages',
        'a chart of levels (US$ bn, Mt, bcm)',
      );
    }
    const years = (id: string) => periodsWithValues(spec, id).filter((p) => /^\d{4}$/.test(p));
    const ids = annotatableSeries(spec);
    if (!ids.includes(series)) {
      return refuse('cagr', 'cagr names a series not drawn in this view', ids.join(', '));
    }
    const allowed = `years of ${series} with a value in this view: ${years(series).join(', ')}`;
    const ys = years(series);
    if (!ys.includes(String(from)) || !ys.includes(String(to))) {
      return refuse(
        'cagr',
        `cagr: ${series} has no full-year value at both ends in this view`,
        allowed,
      );
    }
    const s = spec.series.find((x) => x.id === series)!;
    const i0 = spec.categories.indexOf(String(from));
    const i1 = spec.categories.indexOf(String(to));
    const a = s.values[i0]!;
    const b = s.values[i1]!;
    const rate = cagrPct(a, b, to - from);
    if (rate === null) {
      return refuse('cagr', 'cagr has no answer: the first value is not above zero', allowed);
    }
    const label = `${formatPct(rate, { sign: true })}/yr ${shortSpan(from, to)}`;
    annotations.push({
      kind: 'cagr',
      series,
      from: i0,
      to: i1,
      label,
      value: rate,
      unit: 'pct',
      description:
        `CAGR arrow: ${nameOf(s)} from ${f(a)} in ${from} to ${f(b)} in ${to}, ` +
        `${formatPct(rate, { sign: true })} a year over ${to - from} years (cagrPct, lib/growth.ts).`,
    });
  }
  return { ok: true, value: { annotations, ...(period ? { period } : {}) } };
}

/**
 * Ready-made annotations for a chart's options form: each target against each reported figure
 * for its year, Chinese against Kazakh figures for each year both report (the mirror gap), and
 * for each series with full-year values the CAGR over its last four years and its whole span.
 * Values are written as the URL takes them; labels say what each compares.
 *
 * @example annotationSuggestions(projections).diff[0].value // → "actual-kz:2008,target-2008-12bn-nazarbayev:2008"
 */
export function annotationSuggestions(spec: ChartSpec): {
  diff: { value: string; label: string }[];
  cagr: { value: string; label: string }[];
} {
  const ids = annotatableSeries(spec);
  const series = spec.series.filter((s) => ids.includes(s.id));
  const diff: { value: string; label: string }[] = [];
  const valued = (s: ChartSpec['series'][number], i: number) => isNum(s.values[i]);
  spec.categories.forEach((c, i) => {
    const here = series.filter((s) => valued(s, i));
    const reported = here.filter((s) => s.kind === 'reported');
    for (const t of here.filter((s) => s.kind === 'projection')) {
      for (const r of reported) {
        diff.push({
          value: `${r.id}:${c},${t.id}:${c}`,
          label: `${nameOf(r)} ${c} against ${nameOf(t)}`,
        });
      }
    }
    const cn = reported.find((s) => s.statisticLabel === 'Chinese statistics');
    const kz = reported.find((s) => s.statisticLabel === 'Kazakh statistics');
    if (cn && kz) {
      diff.push({
        value: `${cn.id}:${c},${kz.id}:${c}`,
        label: `${c}: Chinese against Kazakh statistics`,
      });
    }
  });
  const cagr: { value: string; label: string }[] = [];
  if (spec.valueFormat !== 'pct') {
    for (const s of series.filter((x) => x.kind !== 'projection')) {
      const years = spec.categories
        .filter((c, i) => /^\d{4}$/.test(c) && valued(s, i) && s.values[i]! > 0)
        .map(Number);
      if (years.length < 2) continue;
      const last = years.at(-1)!;
      const recent = years.filter((y) => y >= last - 4 && y < last)[0];
      const spans = new Set([
        ...(recent !== undefined ? [`${recent}-${last}`] : []),
        `${years[0]}-${last}`,
      ]);
      for (const span of spans) {
        cagr.push({ value: `${s.id}:${span}`, label: `${nameOf(s)}, ${span.replace('-', '–')}` });
      }
    }
  }
  return { diff, cagr };
}
