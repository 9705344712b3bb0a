import {
  ENCODING,
  PALETTES,
  formatValue,
  layoutBody,
  markSizes,
  roundForDisplay,
  type BodyModel,
  type ChartSpec,
  type KindEncoding,
  type SeriesSpec,
  type ValueFormat,
} from 'chart-render';
import { columnName, rangeRef, type SheetCell, type SheetColumn } from './pptx-sheet';

/** Axis and label text of a native chart, in pt; the engine lays the chart out in pt at this size. */
export const CHART_FONT_PT = 10;

const PALETTE = PALETTES.light;
/** The gap PowerPoint and LibreOffice leave between a mark and a label at its default place, pt. */
const LABEL_GAP_PT = 2;

/** "#c8102e" → "C8102E"; anything else → the grey series colour, so a bad colour never breaks the XML. */
export function hex(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color.slice(1).toUpperCase() : '5F6B7A';
}

/**
 * Mixes a #-less hex colour with white: 0 → the colour, 1 → white.
 *
 * @example tint('C8102E', 0.5) // → "E48897"
 */
export function tint(color: string, amount: number): string {
  const t = Math.min(1, Math.max(0, amount));
  const c = hex(`#${color}`);
  return [0, 2, 4]
    .map((i) => {
      const v = parseInt(c.slice(i, i + 2), 16);
      return Math.round(v + (255 - v) * t)
        .toString(16)
        .padStart(2, '0');
    })
    .join('')
    .toUpperCase();
}

/**
 * The Excel number format that writes a value as `formatValue` does (the literals come from
 * formatValue itself): General digits, so 12 → "$12bn" and 8.36 → "$8.36bn", a true minus, and
 * no sign on zero. Values must already be rounded (roundForDisplay), as General shows every digit.
 *
 * @example excelFormat('usd-bn') // → '"$"General"bn";"−$"General"bn";"$0bn"'
 * @example excelFormat('pct') // → '"+"General"%";"−"General"%";"0%"'
 */
export function excelFormat(f: ValueFormat): string {
  const around = (text: string): [string, string] => {
    const i = text.indexOf('1');
    return [text.slice(0, i), text.slice(i + 1)];
  };
  const quote = (s: string) => (s === '' ? '' : `"${s.replace(/"/g, '')}"`);
  const [pre, post] = around(formatValue(1, f));
  const [negPre, negPost] = around(formatValue(-1, f));
  return `${quote(pre)}General${quote(post)};${quote(negPre)}General${quote(negPost)};${quote(formatValue(0, f))}`;
}

/**
 * The name of a series in PowerPoint (sheet heading, series name): the spec's name, plus the
 * chart's kind-key words for its kind when the name says none of them, so a restyled chart still
 * tells a target from a report.
 *
 * @example pptxSeriesName(tradeTrend, { name: '$12bn for 2008 · Nazarbayev · beaten', kind: 'projection' })
 * // → "$12bn for 2008 · Nazarbayev · beaten (target or projection)"
 */
export function pptxSeriesName(
  spec: Pick<ChartSpec, 'kindText'>,
  s: Pick<SeriesSpec, 'name' | 'kind'>,
): string {
  if (s.kind === 'reported') return s.name;
  const words = spec.kindText?.[s.kind] ?? ENCODING[s.kind].text;
  const name = s.name.toLowerCase();
  const said = words
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => w.length > 3 && name.includes(w));
  return said ? s.name : `${s.name} (${words})`;
}

/** Values the chart refers to in the sheet: the reference and the cached numbers. */
export interface PptxRef {
  ref: string;
  values: (number | null)[];
}

export interface PptxLine {
  color: string;
  widthPt: number;
  dash: KindEncoding['pptx']['dash'];
}

export interface PptxMarker {
  symbol: KindEncoding['pptx']['marker'];
  /** Width in pt, as OOXML's `c:size`. */
  size: number;
  fill: string;
  /** Outline colour; null: none. */
  line: string | null;
}

/** A data label with its own text, placed where the engine's layout put it. */
export interface PptxLabel {
  /** Index of the point in the series. */
  idx: number;
  lines: string[];
  color: string;
  /** The default place it is moved from: beside the mark (r, l), above or below it, above a bar. */
  pos: 'r' | 'l' | 't' | 'b' | 'outEnd';
  /** The move from that place, as fractions of the chart's width and height. */
  dx: number;
  dy: number;
}

/** One series of the native chart; a spec series may be drawn by more than one. */
export interface PptxSeries {
  specIndex: number;
  /** `centre`: the background-filled middle of a hollow marker, drawn below and above the ring. */
  role: 'main' | 'centre';
  group: 'bar' | 'line' | 'xy';
  name: string;
  /** The sheet cell holding the name; null: the name is written in the chart only. */
  nameRef: string | null;
  /** X values (years on the time axis) of an XY series; null for bars and lines on categories. */
  x: PptxRef | null;
  y: PptxRef;
  /** Bar fill; null for lines and points. */
  fill: string | null;
  /** Line, or bar outline; null: none. */
  line: PptxLine | null;
  marker: PptxMarker | null;
  labels: PptxLabel[];
  /** Draw leader lines from moved labels back to their marks. */
  leaderLines: boolean;
}

/** A difference or CAGR arrow of the chart, in pt of the chart frame. */
export interface PptxAnnotation {
  kind: 'difference' | 'cagr';
  label: string[];
  description: string;
  /** True: the label is a data label in the chart XML; false: the slide writes it at `labelBox`. */
  labelOnChart: boolean;
  labelBox: { x: number; y: number; w: number; h: number };
  shaft: { x1: number; y1: number; x2: number; y2: number };
  guides: { x1: number; y1: number; x2: number; y2: number }[];
  /** The figure, and the sheet formula that computes it from the plotted cells. */
  value: number;
  formula: string;
}

export interface PptxChartPlan {
  /** `bar`: bars (and points, lines) on a category axis, one category a year; `xy`: a time axis. */
  type: 'bar' | 'xy';
  /** The chart frame in pt. */
  frame: { w: number; h: number };
  /** The inner plot area, as fractions of the frame. */
  plot: { x: number; y: number; w: number; h: number };
  valueFormat: string;
  y: { min: number; max: number; major: number };
  /** XY: the time axis in years, labelled every `major` years from `min`, a tick every year. */
  x: { min: number; max: number; major: number };
  /** Bar charts: the category labels and every how many categories one is written. */
  categories: { ref: string; labels: string[]; labelSkip: number } | null;
  bars: { gapWidth: number; overlap: number } | null;
  series: PptxSeries[];
  sheet: (SheetColumn | null)[];
  /** False when a bar chart's categories are not equal steps of time (they are spaced evenly). */
  evenlySpaced: boolean;
  annotations: PptxAnnotation[];
  /** The shaded period, in pt of the frame; null when none. */
  periodBand: { x0: number; x1: number; y: number; h: number } | null;
}

const isNum = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);
const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * The order of bar series in a cluster, and how far apart the slots are, so that bars sharing a
 * category never overlap but each is as wide as it can be: series that never share a category
 * may overlap slots. Tries every order of up to 7 series (the spec's order wins ties).
 *
 * @example clusterBars([[1, null], [null, 2]]) // → { order: [0, 1], minDistance: Infinity }: one slot each, overlapping fully
 */
export function clusterBars(values: readonly (readonly (number | null)[])[]): {
  order: number[];
  minDistance: number;
} {
  const n = values.length;
  const share = (a: number, b: number) =>
    values[a]!.some((v, i) => isNum(v) && isNum(values[b]![i]));
  const distance = (order: readonly number[]) => {
    let d = Infinity;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) if (share(order[p]!, order[q]!)) d = Math.min(d, q - p);
    return d;
  };
  let best = { order: [...Array(n).keys()], minDistance: distance([...Array(n).keys()]) };
  if (n > 7) return best;
  const permute = (prefix: number[], rest: number[]) => {
    if (rest.length === 0) {
      const d = distance(prefix);
      if (d > best.minDistance) best = { order: prefix, minDistance: d };
      return;
    }
    rest.forEach((r, k) => permute([...prefix, r], [...rest.slice(0, k), ...rest.slice(k + 1)]));
  };
  permute([], [...Array(n).keys()]);
  return best;
}

/** The most common step between labelled years (1 when fewer than two are labelled). */
function labelStep(model: BodyModel): number {
  const steps = new Map<number, number>();
  model.xLabels.forEach((l, k) => {
    const prev = model.xLabels[k - 1];
    if (prev) steps.set(l.year - prev.year, (steps.get(l.year - prev.year) ?? 0) + 1);
  });
  return [...steps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1;
}

interface Style {
  fill: string | null;
  line: PptxLine | null;
  marker: PptxMarker | null;
  /** The middle of a hollow marker; drawn as a series of its own. */
  centre: PptxMarker | null;
}

/**
 * How a series is drawn, from ENCODING[kind].pptx: bars filled solid, with a tint or with the
 * background (outlined, dashed as the kind says); lines dashed as the kind says; markers of the
 * kind's shape, hollow ones as a ring (a marker in the series colour with a background-coloured
 * marker over it, because LibreOffice draws no marker outlines).
 */
function styleOf(s: SeriesSpec, fs: number): Style {
  const e = ENCODING[s.kind];
  const p = e.pptx;
  const c = hex(PALETTE.series[s.color] ?? '');
  const background = hex(PALETTE.hollow);
  const shade = p.fill === 'solid' ? c : p.fill === 'tint' ? tint(c, p.tint) : background;
  const sizes = markSizes(fs);
  if (s.mark === 'bar') {
    return {
      fill: shade,
      line: e.barOutline ? { color: c, widthPt: sizes.outline, dash: p.dash } : null,
      marker: null,
      centre: null,
    };
  }
  const line: PptxLine | null =
    s.mark === 'point'
      ? null
      : { color: p.fill === 'tint' ? shade : c, widthPt: sizes.stroke, dash: p.dash };
  if (s.mark === 'step' || s.connectGaps) return { fill: null, line, marker: null, centre: null };
  const r = s.mark === 'line' ? sizes.radius * 0.8 : sizes.radius;
  const ring = Math.max(1.5, r * 0.42);
  const diamond = p.marker === 'diamond';
  const size = Math.max(2, Math.round(diamond ? 2.6 * r : 2 * r));
  if (p.fill !== 'background') {
    return {
      fill: null,
      line,
      marker: { symbol: p.marker, size, fill: shade, line: null },
      centre: null,
    };
  }
  const inner = Math.max(2, Math.round(size - 2 * ring * (diamond ? Math.SQRT2 : 1)));
  return {
    fill: null,
    line,
    marker: { symbol: p.marker, size, fill: c, line: c },
    centre: { symbol: p.marker, size: inner, fill: background, line: null },
  };
}

/**
 * True when the native chart spaces a spec's categories by time: always on an XY chart; on a
 * bar chart's category axis only when every category is one whole year after the one before.
 *
 * @example spacedByTime(tradeTrend) // → true; a bar chart with an "H1 2007" category → false
 */
export function spacedByTime(spec: Pick<ChartSpec, 'series' | 'bands'>): boolean {
  if (!spec.series.some((s) => s.mark === 'bar')) return true;
  return spec.bands.every(
    (b, i) =>
      Math.abs(b.end - b.start - 1) < 1e-9 &&
      (i === 0 || Math.abs(b.start - spec.bands[i - 1]!.end) < 1e-9),
  );
}

/**
 * The native chart of a spec, planned in the chart frame (`frame`, pt): the engine lays the body
 * out at that size (events are listed beside the chart, not drawn), so the plot area, value
 * ticks and every direct label sit where the web puts them. Charts with bars use a category axis
 * (one category per year, as the bars' bands are); others an XY chart on a time axis in years,
 * where a missing year is empty space, steps are real steps (each value held from the start to
 * the end of its band) and connectors are their own dashed series. Values are rounded to display
 * precision; reported series keep their gaps. (A step among bars, which no chart has, would be
 * drawn on the category axis as a line through its values.)
 *
 * @example planPptxChart(pipelineCapacity, { w: 888, h: 290 }).type // → "xy"
 */
export function planPptxChart(spec: ChartSpec, frame: { w: number; h: number }): PptxChartPlan {
  const fs = CHART_FONT_PT;
  const model = layoutBody(
    { ...spec, events: [] },
    { width: frame.w, height: frame.h, fontSize: fs, pointLabels: 'full' },
  );
  const type: PptxChartPlan['type'] = spec.series.some((s) => s.mark === 'bar') ? 'bar' : 'xy';
  const [d0, d1] = model.x.domain;
  const n = spec.categories.length;
  const fmt = excelFormat(spec.valueFormat);
  const value = (v: number | null | undefined) =>
    isNum(v) ? roundForDisplay(v, spec.valueFormat) : null;
  const values = spec.series.map((s) => spec.categories.map((_, i) => value(s.values[i])));
  const centres = spec.bands.map((b) => round4((b.start + b.end) / 2));

  // The sheet: the data as a table (categories down, one column per series), then the geometry
  // of steps and connectors, computed from the table's cells.
  const sheet: (SheetColumn | null)[] = [];
  const add = (c: SheetColumn | null) => sheet.push(c) - 1;
  const catCol = add({ header: spec.xLabel, cells: [...spec.categories] });
  const xCol =
    type === 'xy' ? add({ header: 'Time axis (year, middle of the period)', cells: centres }) : -1;
  const names = spec.series.map((s) => pptxSeriesName(spec, s));
  const valueCols = spec.series.map((_, j) =>
    add({ header: names[j]!, cells: values[j]!, numberFormat: fmt }),
  );
  /** The sheet cell of series j's value in category i, for formulas: "D5". */
  const cell = (j: number, i: number) => `${columnName(valueCols[j]!)}${i + 2}`;
  let separated = false;
  const block = (header: string, cells: SheetCell[], numberFormat?: string) => {
    if (!separated) {
      add(null);
      separated = true;
    }
    const col = add({ header, cells, ...(numberFormat ? { numberFormat } : {}) });
    const cached = cells.map((c) =>
      c === null ? null : typeof c === 'number' ? c : typeof c === 'string' ? null : c.value,
    );
    return { ref: rangeRef(col, 2, cells.length + 1), values: cached };
  };
  const mainY = (j: number): PptxRef => ({
    ref: rangeRef(valueCols[j]!, 2, n + 1),
    values: values[j]!,
  });
  const mainX: PptxRef | null =
    type === 'xy' ? { ref: rangeRef(xCol, 2, n + 1), values: centres } : null;

  // Where each drawn series' points are, for labels: category → point index.
  const pointIndex = new Map<number, Map<number, number>>();
  const identity = () => new Map(spec.categories.map((_, i) => [i, i] as const));

  const geometry = (j: number): { x: PptxRef | null; y: PptxRef } => {
    const s = spec.series[j]!;
    if (s.mark === 'step' && type === 'xy') {
      // (start, v0) (end, v0) (end, v1) (end₁, v1) …, as the web draws a step; a gap breaks it.
      const xs: SheetCell[] = [];
      const ys: SheetCell[] = [];
      const at = new Map<number, number>();
      let prev: number | null = null;
      values[j]!.forEach((v, i) => {
        const b = spec.bands[i]!;
        if (v === null) {
          if (prev !== null) {
            xs.push(null);
            ys.push(null);
          }
          prev = null;
          return;
        }
        const y = { formula: cell(j, i), value: v };
        if (prev === null) {
          xs.push(round4(b.start));
          ys.push(y);
        } else {
          xs.push(round4(spec.bands[prev]!.end));
          ys.push(y);
        }
        xs.push(round4(b.end));
        ys.push(y);
        at.set(i, ys.length - 1);
        prev = i;
      });
      pointIndex.set(j, at);
      return {
        x: block(`${names[j]} — drawn as steps: year`, xs),
        y: block(`${names[j]} — drawn as steps: value`, ys, fmt),
      };
    }
    if (s.connectGaps) {
      const present = values[j]!.flatMap((v, i) => (v === null ? [] : [i]));
      const line = model.lines.find((l) => l.series === j)?.runs[0] ?? [];
      if (type === 'xy') {
        // The engine moves connectors that share a level and years apart by a few points; the
        // sheet says so in the formula (`=E9-0.22`).
        const ys: SheetCell[] = present.map((i, k) => {
          const v = values[j]![i]!;
          const drawn = line[k] ? value(model.y.invert(line[k]!.y)) : v;
          const shift = drawn === null ? 0 : roundForDisplay(v - drawn, spec.valueFormat);
          if (shift === 0) return { formula: cell(j, i), value: v };
          const op = shift > 0 ? `-${shift}` : `+${-shift}`;
          return {
            formula: `${cell(j, i)}${op}`,
            value: roundForDisplay(v - shift, spec.valueFormat),
          };
        });
        pointIndex.set(j, new Map(present.map((i, k) => [i, k] as const)));
        const xs: SheetCell[] = present.map((i) => centres[i]!);
        const level = values[j]![present[0]!]!;
        if (present.length < 2 || present.some((i) => values[j]![i] !== level)) {
          return {
            x: block(`${names[j]} — dashed line: year`, xs),
            y: block(`${names[j]} — dashed line: value`, ys, fmt),
          };
        }
        // A level line stops at the edge of every target marker on it, as it disappears behind
        // the web's hollow markers, so the markers stay whole in either drawing order
        // (LibreOffice paints XY series last-to-first, PowerPoint first-to-last).
        const yearsPerPt = (d1 - d0) / (model.x(d1) - model.x(d0));
        const holes = spec.series
          .flatMap((o, jo) => {
            const size = jo === j || o.mark !== 'point' ? 0 : (styleOf(o, fs).marker?.size ?? 0);
            return values[jo]!.flatMap((v, i) =>
              size > 0 && v === level ? [{ c: centres[i]!, half: (size / 2) * yearsPerPt }] : [],
            );
          })
          .sort((p, q) => p.c - q.c);
        let from = centres[present[0]!]!;
        const to = centres[present.at(-1)!]!;
        const segments: [number, number][] = [];
        for (const h of holes) {
          if (h.c + h.half <= from || h.c - h.half >= to) continue;
          if (h.c - h.half > from) segments.push([from, h.c - h.half]);
          from = Math.max(from, h.c + h.half);
        }
        if (from < to) segments.push([from, to]);
        const sx: SheetCell[] = [];
        const sy: SheetCell[] = [];
        segments.forEach(([x0, x1], k) => {
          if (k > 0) {
            sx.push(null);
            sy.push(null);
          }
          sx.push(round4(x0), round4(x1));
          sy.push(ys[0]!, ys.at(-1)!);
        });
        pointIndex.set(j, new Map());
        return {
          x: block(`${names[j]} — dashed line: year`, sx),
          y: block(`${names[j]} — dashed line: value`, sy, fmt),
        };
      }
      // On categories: the line's level at every category it crosses.
      const cells: SheetCell[] = spec.categories.map((_, i) => {
        const k = present.findIndex((p) => p >= i);
        if (k < 0 || present[0]! > i) return null;
        const b = present[k]!;
        if (b === i) return { formula: cell(j, i), value: values[j]![i]! };
        const a = present[k - 1]!;
        const va = values[j]![a]!;
        const vb = values[j]![b]!;
        return value(va + ((vb - va) * (i - a)) / (b - a));
      });
      pointIndex.set(j, identity());
      return { x: null, y: block(`${names[j]} — dashed line: value`, cells, fmt) };
    }
    pointIndex.set(j, identity());
    return { x: mainX, y: mainY(j) };
  };

  // Series in drawing order: bars; then lines and steps, connectors, points (on top in PowerPoint).
  const rank = (s: SeriesSpec) =>
    s.mark === 'bar' ? 0 : s.connectGaps ? 2 : s.mark === 'point' ? 3 : 1;
  const barIdx = spec.series.flatMap((s, j) => (s.mark === 'bar' ? [j] : []));
  const cluster = clusterBars(barIdx.map((j) => values[j]!));
  const ordered = [
    ...cluster.order.map((k) => barIdx[k]!),
    ...spec.series
      .map((s, j) => ({ s, j }))
      .filter(({ s }) => s.mark !== 'bar')
      .sort((a, b) => rank(a.s) - rank(b.s) || a.j - b.j)
      .map(({ j }) => j),
  ];
  const series: PptxSeries[] = [];
  for (const j of ordered) {
    const s = spec.series[j]!;
    if (!values[j]!.some((v) => v !== null)) continue;
    const st = styleOf(s, fs);
    const g = geometry(j);
    const group: PptxSeries['group'] = s.mark === 'bar' ? 'bar' : type === 'xy' ? 'xy' : 'line';
    const base = { specIndex: j, group, x: g.x, y: g.y, labels: [], leaderLines: false };
    const centre = (): PptxSeries => ({
      ...base,
      role: 'centre',
      name: `${names[j]} (marker centre)`,
      nameRef: null,
      fill: null,
      line: null,
      marker: st.centre,
      labels: [],
    });
    // LibreOffice draws XY and line series last-to-first, PowerPoint first-to-last: a centre
    // before and after the ring is on top in both.
    if (st.centre) series.push(centre());
    series.push({
      ...base,
      role: 'main',
      name: names[j]!,
      nameRef: rangeRef(valueCols[j]!, 1, 1),
      fill: st.fill,
      line: st.line,
      marker: st.marker,
    });
    if (st.centre) series.push(centre());
  }

  // LibreOffice (7.4) leaves out the line of a two-point XY series drawn before any longer
  // series, so the chart starts with one of at least three points.
  const long = series.findIndex((p) => p.group === 'xy' && p.y.values.length >= 3);
  if (type === 'xy' && long > 0 && series[0]!.y.values.length < 3) {
    series.unshift(...series.splice(long, 1));
  }

  // The plot area: the engine's, without its inner padding, so the axis ends at the first and
  // last band and the categories or years sit where the engine put them.
  const left = model.x(d0);
  const right = model.x(d1);
  const plot = { x: left, y: model.plot.y, w: right - left, h: model.plot.h };
  const ticks = model.yTicks.map((t) => t.value);
  const yAxis = {
    min: ticks[0] ?? 0,
    max: ticks.at(-1) ?? 1,
    major: ticks.length > 1 ? round4(ticks[1]! - ticks[0]!) : 1,
  };

  // Bars: gap and overlap so the bars are the engine's width where the cluster allows.
  let bars: PptxChartPlan['bars'] = null;
  const barBox = new Map<string, { x: number; y: number; w: number; h: number }>();
  if (barIdx.length > 0) {
    const k = barIdx.length;
    const spacing = cluster.minDistance === Infinity ? 0 : 1.1 / cluster.minDistance;
    const overlap = Math.max(-100, Math.min(100, Math.round((1 - spacing) * 100)));
    const step = 1 - overlap / 100;
    const catW = plot.w / Math.max(1, n);
    const want = model.bars[0]?.box.w ?? catW * 0.6;
    const gapWidth = Math.max(
      0,
      Math.min(500, Math.round((catW / want - 1 - (k - 1) * step) * 100)),
    );
    bars = { gapWidth, overlap };
    const barW = catW / (1 + (k - 1) * step + gapWidth / 100);
    const groupW = barW * (1 + (k - 1) * step);
    cluster.order.forEach((slot, pos) => {
      const j = barIdx[slot]!;
      values[j]!.forEach((v, i) => {
        if (v === null) return;
        const y0 = model.y(0);
        const y1 = model.y(v);
        barBox.set(`${j}:${i}`, {
          x: plot.x + i * catW + (catW - groupW) / 2 + pos * step * barW,
          y: Math.min(y0, y1),
          w: barW,
          h: Math.abs(y1 - y0),
        });
      });
    });
  }

  // Direct labels: the engine's, each moved from the renderer's default place beside its mark.
  const lastIndex = (j: number) => values[j]!.findLastIndex((v) => v !== null);
  /**
   * A data label with its own text on point i of series j, moved from the renderer's default
   * place to `box` (the engine's place); null when the point is not drawn.
   */
  const labelAt = (
    j: number,
    i: number,
    lines: string[],
    color: string,
    box: { x: number; y: number; w: number; h: number } | null,
  ): { label: PptxLabel; target: PptxSeries } | null => {
    const s = spec.series[j]!;
    const v = values[j]![i];
    const target = series.find((p) => p.specIndex === j && p.role === 'main');
    const idx = pointIndex.get(j)?.get(i);
    if (v === null || v === undefined || !target || idx === undefined) return null;
    const label: PptxLabel = { idx, lines, color, pos: 'r', dx: 0, dy: 0 };
    const bar = barBox.get(`${j}:${i}`);
    if (bar) label.pos = 'outEnd';
    if (box) {
      const frac = (dx: number, dy: number) => {
        label.dx = Math.abs(dx) < 1 ? 0 : round4(dx / frame.w);
        label.dy = Math.abs(dy) < 1 ? 0 : round4(dy / frame.h);
      };
      if (bar) {
        // Keep the label where the engine put it relative to its bar; PowerPoint's bar sits in a slot.
        const engineBar = model.bars.find((m) => m.series === j && m.category === i)?.box ?? bar;
        box = { ...box, x: box.x + bar.x - engineBar.x };
        // At its default place the label sits past the bar's end: above it, or below a negative bar.
        const dy =
          v >= 0 ? box.y + box.h - (bar.y - LABEL_GAP_PT) : box.y - (bar.y + bar.h + LABEL_GAP_PT);
        frac(box.x + box.w / 2 - (bar.x + bar.w / 2), dy);
      } else {
        const band = spec.bands[i]!;
        const ax = model.x(s.mark === 'step' ? band.end : (band.start + band.end) / 2);
        const ay = model.y(v);
        const r = (target.marker?.size ?? 0) / 2 + LABEL_GAP_PT;
        const cy = box.y + box.h / 2;
        if (box.x >= ax) {
          label.pos = 'r';
          frac(box.x - (ax + r), cy - ay);
        } else if (box.x + box.w <= ax) {
          label.pos = 'l';
          frac(box.x + box.w - (ax - r), cy - ay);
        } else if (cy < ay) {
          label.pos = 't';
          frac(box.x + box.w / 2 - ax, box.y + box.h - (ay - r));
        } else {
          label.pos = 'b';
          frac(box.x + box.w / 2 - ax, box.y - (ay + r));
        }
      }
    }
    return { label, target };
  };

  for (const l of [
    ...model.labels,
    // Series named under the axis on a narrow chart: on their last point here, where the
    // renderer puts a data label by default.
    ...model.below.flatMap((b) =>
      b.lead === 'swatch' && b.first
        ? [
            {
              lines: [spec.series[b.series]!.label ?? b.text],
              box: null,
              color: spec.series[b.series]!.color,
              leader: null,
              series: b.series,
              category: null,
            },
          ]
        : [],
    ),
  ]) {
    const j = l.series;
    const s = spec.series[j]!;
    const placed = labelAt(
      j,
      l.category ?? lastIndex(j),
      l.lines,
      hex(PALETTE.series[s.color] ?? ''),
      l.box,
    );
    if (!placed) continue;
    placed.target.labels.push(placed.label);
    if (l.leader) placed.target.leaderLines = true;
  }

  // Annotations: the label a data label on one of its marks (the measured one, else the other),
  // so it moves with the chart and is in the chart XML; the arrow is drawn on the slide from the
  // same layout (`arrows`, in pt of the frame). The figure is a formula of the sheet's cells.
  const annotations: PptxAnnotation[] = model.annotations.map((m) => {
    const a = spec.annotations![m.index]!;
    const marks =
      a.kind === 'cagr'
        ? [
            { series: a.series, category: a.to },
            { series: a.series, category: a.from },
          ]
        : [a.to, a.from];
    let onChart = false;
    // A data label far from its point may get a leader line: a mark the label sits beside (within
    // two lines of text) carries it first.
    const near = (mk: { series: string; category: number }) => {
      const j = spec.series.findIndex((x) => x.id === mk.series);
      const v = values[j]?.[mk.category];
      if (!isNum(v)) return false;
      const band = spec.bands[mk.category]!;
      const bar = model.bars.find((x) => x.series === j && x.category === mk.category)?.box;
      const px = bar ? bar.x + bar.w / 2 : model.x((band.start + band.end) / 2);
      const py = bar ? bar.y : model.y(v);
      const b = m.label.box;
      const dx = Math.max(b.x - px, 0, px - (b.x + b.w));
      const dy = Math.max(b.y - py, 0, py - (b.y + b.h));
      return Math.hypot(dx, dy) <= model.lineHeight * 2;
    };
    // Else a mark further away whose series draws no leader lines (PowerPoint and LibreOffice
    // then draw none to the label either).
    // Else a mark further away drawn by a series with no leader lines (PowerPoint and
    // LibreOffice then draw none to the label); else the slide writes the label.
    outer: for (const far of [false, true]) {
      for (const mk of marks.filter((x) => near(x) !== far)) {
        const j = spec.series.findIndex((x) => x.id === mk.series);
        const idx = pointIndex.get(j)?.get(mk.category);
        const host = series.find((p) => p.specIndex === j && p.role === 'main');
        if (!host || idx === undefined || (far && host.leaderLines)) continue;
        if (series.some((p) => p.specIndex === j && p.labels.some((l) => l.idx === idx))) continue;
        const placed = labelAt(j, mk.category, m.label.lines, hex(PALETTE.text), m.label.box);
        if (!placed) continue;
        placed.target.labels.push(placed.label);
        onChart = true;
        break outer;
      }
    }
    const ref = (mk: { series: string; category: number }) =>
      cell(
        spec.series.findIndex((x) => x.id === mk.series),
        mk.category,
      );
    const formula =
      a.kind === 'cagr'
        ? `((${ref({ series: a.series, category: a.to })}/${ref({ series: a.series, category: a.from })})^(1/${Number(spec.categories[a.to]) - Number(spec.categories[a.from])})-1)*100`
        : `${ref(a.to)}-${ref(a.from)}`;
    // PowerPoint puts a bar in its cluster slot, not where the engine drew it: each end of the
    // arrow moves with its own bar (marks on a time axis are where the engine put them).
    const shiftOf = (mk: { series: string; category: number }) => {
      const j = spec.series.findIndex((x) => x.id === mk.series);
      const native = barBox.get(`${j}:${mk.category}`);
      const engine = model.bars.find((b) => b.series === j && b.category === mk.category)?.box;
      return native && engine ? native.x - engine.x : 0;
    };
    const [s0, s1] = marks.map(shiftOf) as [number, number];
    const moved = (g: PptxAnnotation['shaft'], a0: number, a1: number) => ({
      x1: g.x1 + a0,
      y1: g.y1,
      x2: g.x2 + a1,
      y2: g.y2,
    });
    // marks are [to, from], guides [from, to]; a difference's guides end at its arrow.
    const guides = m.guides.map((g, k) =>
      a.kind === 'cagr'
        ? moved(g, k === 0 ? s1 : s0, k === 0 ? s1 : s0)
        : moved(g, k === 0 ? s1 : s0, s0),
    );
    const shaft = a.kind === 'cagr' ? moved(m.shaft, s1, s0) : moved(m.shaft, s0, s0);
    return {
      kind: a.kind,
      label: m.label.lines,
      description: a.description,
      labelOnChart: onChart,
      labelBox: m.label.box,
      shaft,
      guides,
      value: Math.round(a.value * 1e6) / 1e6,
      formula,
    };
  });
  if (annotations.length > 0) {
    block(
      'Annotation',
      annotations.map((a) => a.label.join(' ')),
    );
    block(
      'Annotation figure (formula of the values above)',
      annotations.map((a) => ({ formula: a.formula, value: a.value })),
    );
  }

  return {
    type,
    frame,
    plot: {
      x: round4(plot.x / frame.w),
      y: round4(plot.y / frame.h),
      w: round4(plot.w / frame.w),
      h: round4(plot.h / frame.h),
    },
    valueFormat: fmt,
    y: yAxis,
    x: { min: round4(d0), max: round4(d1), major: labelStep(model) },
    categories:
      type === 'bar'
        ? {
            ref: rangeRef(catCol, 2, n + 1),
            labels: [...spec.categories],
            labelSkip: labelStep(model),
          }
        : null,
    bars,
    series,
    sheet,
    evenlySpaced: spacedByTime(spec),
    annotations,
    periodBand: model.periodBand
      ? { x0: model.periodBand.x0, x1: model.periodBand.x1, y: plot.y, h: plot.h }
      : null,
  };
}
