import { markSizes } from './encoding';
import { clusterEvents, numberEvents, type EventCluster, type NumberedEvent } from './events';
import { formatTick } from './format';
import { boxesOverlap, segmentHitsBox, type Box, type Segment } from './geometry';
import { placePointLabels, stackLabels } from './labels';
import { linearScale, type Scale } from './scale';
import type { ChartSpec, Mark, MarkKind, SeriesColor } from './spec';
import { flowItems, measureText, wrapText } from './text';
import { niceTicks, yearLabels } from './ticks';

/** A mark the body draws, with what a reader needs to know about it. */
interface MarkBase {
  series: number;
  category: number;
  value: number;
  kind: MarkKind;
  color: SeriesColor;
}

export interface BarMark extends MarkBase {
  box: Box;
}

export interface PointMark extends MarkBase {
  cx: number;
  cy: number;
  r: number;
}

export interface LinePath {
  series: number;
  kind: MarkKind;
  color: SeriesColor;
  mark: Mark;
  /** Runs of connected points; a gap starts a new run. */
  runs: { x: number; y: number; x0: number; x1: number }[][];
}

export interface TextLabel {
  /** Lines of text, top to bottom. */
  lines: string[];
  /** The text block. */
  box: Box;
  color: SeriesColor;
  leader: Segment | null;
  /** Which series (and category, for a point label) the label names. */
  series: number;
  category: number | null;
  /** A letter standing for a label written out under the plot (narrow charts). */
  tag?: string;
}

/** A line of the key under the plot: a series' swatch or a tag's letter, then text. */
export interface BelowLine {
  series: number;
  /** 'swatch': the series' glyph leads; a letter: the tag on the plot. */
  lead: 'swatch' | string;
  /** Draw the lead at (leadX, y); false on a wrapped continuation line. */
  first: boolean;
  leadX: number;
  x: number;
  /** Top of the line box. */
  y: number;
  text: string;
}

export interface EventMarker extends EventCluster {
  /** The badge: a circle for one event, a pill for a run. */
  box: Box;
}

/** A difference or CAGR arrow as drawn: dotted guides to the marks, the shaft, its label. */
export interface AnnotationMark {
  kind: 'difference' | 'cagr';
  /** Index in `spec.annotations`. */
  index: number;
  /** Dotted lines from the marks to the arrow. */
  guides: Segment[];
  /** The arrow, pointing from (x1, y1) to (x2, y2). */
  shaft: Segment;
  label: { lines: string[]; box: Box; leader: Segment | null };
}

/** The chart body as positions: what `drawBody` draws, and what tests inspect. */
export interface BodyModel {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  plot: Box;
  x: Scale;
  y: Scale;
  yTicks: { value: number; label: string; y: number }[];
  xLabels: { year: number; label: string; x: number }[];
  /** Every year boundary on the axis (minor ticks): a year with no figure is visible space. */
  yearTicks: number[];
  bars: BarMark[];
  lines: LinePath[];
  points: PointMark[];
  labels: TextLabel[];
  events: EventMarker[];
  /** Difference and CAGR arrows with their labels. */
  annotations: AnnotationMark[];
  /** The shaded period (`spec.period`), in px; null when none. */
  periodBand: { x0: number; x1: number } | null;
  /** Series names and tagged labels written out under the axis when there was no room beside the marks. */
  below: BelowLine[];
  /** False when some label could not be placed clear of every mark and label. */
  clean: boolean;
}

export interface BodyOptions {
  width: number;
  height: number;
  /** Axis and label text size in px. */
  fontSize: number;
  /** 'below': name every series in rows under the axis (narrow charts); default beside its marks. */
  labels?: 'auto' | 'below';
  /**
   * Where lettered labels are written out, when their key would take over the body: the key
   * becomes one line, "A–F: {keyPointer}" (an image passes "described at {page URL}").
   */
  keyPointer?: string;
  /**
   * 'full': never replace point labels by letters (a native PPTX chart carries each label on its
   * point; it has no key of letters). Default 'auto'.
   */
  pointLabels?: 'auto' | 'full';
}

interface Mode {
  /** Series names beside their marks, or in rows under the axis. */
  series: 'beside' | 'below';
  /** Point labels (targets) in full beside their marks, or as a letter with the text under the axis. */
  points: 'full' | 'tags';
}

const isNum = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);

const TAGS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Lays out a chart body (no title, key or sources): axes, bars, lines, points, the series'
 * direct labels, target labels and event markers, all in px inside width × height. Pure: the
 * same spec and options give the same model.
 *
 * Rules: the x axis is time (each category sits in its band, so a missing year is visible
 * space); bars of one category share its band, all bars one width; series are named at their
 * last mark (lines reaching the last year in a column at the right, stacked without overlap;
 * others beside their last mark); each point label (a target) is placed clear of marks and other
 * labels, with a leader line when it had to move; events are numbered badges above the plot, a
 * run that would overlap is one badge. When labels can't all be placed clear, the layout tries
 * again with point labels as letters written out under the axis, then with series names there
 * too, and keeps the first clean result.
 */
export function layoutBody(spec: ChartSpec, o: BodyOptions): BodyModel {
  const modes: Mode[] =
    o.labels === 'below'
      ? [
          { series: 'below', points: 'full' },
          { series: 'below', points: 'tags' },
        ]
      : [
          { series: 'beside', points: 'full' },
          { series: 'beside', points: 'tags' },
          { series: 'below', points: 'tags' },
        ];
  let model: BodyModel | null = null;
  for (const mode of o.pointLabels === 'full' ? modes.filter((m) => m.points === 'full') : modes) {
    model = layoutWith(spec, o, mode);
    if (model.clean) return model;
  }
  return model!;
}

function layoutWith(spec: ChartSpec, o: BodyOptions, mode: Mode): BodyModel {
  const { width, height } = o;
  const fs = o.fontSize;
  const lh = Math.round(fs * 1.25 * 100) / 100;
  const sizes = markSizes(fs);
  const pad = Math.round(fs * 0.5);
  const lastCategory = spec.categories.length - 1;

  const values = spec.series.flatMap((s) => s.values.filter(isNum));
  const wantTicks = Math.max(2, Math.min(6, Math.floor(height / (fs * 4.5))));
  const { ticks, step } = niceTicks(Math.min(...values, 0), Math.max(...values, 0), wantTicks);
  const tickText = ticks.map((t) => formatTick(t, spec.valueFormat, step));
  const tickW = Math.max(...tickText.map((t) => measureText(t, fs)));

  // Series sharing a label are named once, at the latest mark among them.
  const lastIndex = (j: number) => {
    const v = spec.series[j]!.values;
    for (let i = v.length - 1; i >= 0; i--) if (isNum(v[i])) return i;
    return -1;
  };
  const groups = new Map<string, number[]>();
  spec.series.forEach((s, j) => {
    if (s.label === null || s.label.trim() === '' || lastIndex(j) < 0) return;
    groups.set(s.label, [...(groups.get(s.label) ?? []), j]);
  });
  const ends = [...groups].map(([text, js]) => {
    const j = js.reduce((a, b) => (lastIndex(b) > lastIndex(a) ? b : a));
    return { text, j, i: lastIndex(j) };
  });
  const pointLabels = spec.series.flatMap((s, j) =>
    (s.pointLabels ?? []).flatMap((t, i) =>
      t && t.trim() !== '' && isNum(s.values[i]) ? [{ j, i, lines: t.split('\n') }] : [],
    ),
  );
  const tagOf = new Map(pointLabels.map((p, k) => [`${p.j}:${p.i}`, TAGS[k] ?? String(k + 1)]));

  // The right-hand column: lines reaching the last category, and point labels there.
  const edgeSeries =
    mode.series === 'beside'
      ? ends.filter((e) => spec.series[e.j]!.mark !== 'bar' && e.i === lastCategory)
      : [];
  const edgePoints =
    mode.points === 'full'
      ? pointLabels.filter((p) => p.i === lastCategory && spec.series[p.j]!.mark === 'point')
      : [];
  const columnW = Math.max(
    0,
    ...edgeSeries.map((e) => measureText(e.text, fs)),
    ...edgePoints.flatMap((e) => e.lines.map((l) => measureText(l, fs))),
  );
  const inColumn = edgeSeries.length + edgePoints.length > 0 && columnW + pad * 2.5 <= width * 0.3;
  const seriesBelow = mode.series === 'below' || (!inColumn && edgeSeries.length > 0) ? ends : [];
  const besideMarks = ends.filter(
    (e) => !seriesBelow.includes(e) && !(inColumn && edgeSeries.includes(e)),
  );

  // Rows under the axis: series names after their swatch, then tagged labels after their letter.
  const swatchW = fs * 1.6;
  const tagW = (t: string) => measureText(t, fs, true) + pad;
  const belowItems = [
    ...seriesBelow.map((e) => ({
      series: e.j,
      lead: 'swatch',
      text: e.text,
      leadW: swatchW + pad * 0.6,
    })),
    ...(mode.points === 'tags'
      ? pointLabels.map((p) => {
          const tag = tagOf.get(`${p.j}:${p.i}`)!;
          return { series: p.j, lead: tag, text: p.lines.join(' — '), leadW: tagW(tag) };
        })
      : []),
  ];
  let belowFlow = flowItems(belowItems, fs, width, pad * 2);
  const tagged = belowItems.filter((it) => it.lead !== 'swatch');
  if (o.keyPointer && tagged.length > 1 && belowFlow.length * lh > height * 0.3) {
    const range = `${tagged[0]!.lead}–${tagged.at(-1)!.lead}`;
    belowItems.splice(belowItems.length - tagged.length, tagged.length, {
      series: tagged[0]!.series,
      lead: range,
      text: o.keyPointer,
      leadW: tagW(range),
    });
    belowFlow = flowItems(belowItems, fs, width, pad * 2);
  }
  const belowH = belowFlow.length > 0 ? belowFlow.length * lh + pad * 0.5 : 0;

  const numbered = numberEvents(spec.events);
  const badgeR = Math.round(fs * 0.62 * 100) / 100;
  const eventStrip = numbered.length > 0 ? badgeR * 2 + pad * 1.5 : 0;

  const left = Math.ceil(tickW + pad);
  const right = inColumn ? Math.ceil(columnW + pad * 2.5) : Math.ceil(pad * 1.5);
  // A CAGR arrow rides over its series: room above the plot for the arrow and its label.
  const hasCagr = (spec.annotations ?? []).some((a) => a.kind === 'cagr');
  const top = Math.ceil(eventStrip + lh * (hasCagr ? 2.1 : 0.6));
  const bottom = Math.ceil(fs * 1.9 + belowH);
  const plot: Box = {
    x: left,
    y: top,
    w: Math.max(10, width - left - right),
    h: Math.max(10, height - top - bottom),
  };

  const bands = spec.bands;
  const d0 = Math.min(...bands.map((b) => b.start));
  const d1 = Math.max(...bands.map((b) => b.end));
  const span = Math.max(1e-6, d1 - d0);
  const inner = Math.min(plot.w * 0.01, fs * 0.5);
  const x = linearScale([d0, d1], [plot.x + inner, plot.x + plot.w - inner]);
  const y = linearScale([ticks[0]!, ticks.at(-1)!], [plot.y + plot.h, plot.y]);
  const pxPerYear = (plot.w - 2 * inner) / span;

  // Labels every k-th tick when the plot is too short for all (gridlines stay).
  const tickPx = plot.h / Math.max(1, ticks.length - 1);
  const every = Math.max(1, Math.ceil((lh * 1.15) / Math.max(tickPx, 1e-6)));
  const yTicks = ticks.map((t, i) => ({
    value: t,
    label: i % every === 0 ? tickText[i]! : '',
    y: y(t),
  }));
  const firstYear = Math.ceil(d0);
  const lastYear = Math.floor(d1 - 1e-9);
  const labelled = yearLabels(
    firstYear,
    Math.max(firstYear, lastYear),
    pxPerYear,
    measureText('2000', fs),
    fs,
  );
  const xLabels = labelled.map((year) => ({
    year,
    label: String(year),
    x: x(Math.min(year + 0.5, d1)),
  }));
  const yearTicks: number[] = [];
  for (let yr = Math.ceil(d0); yr <= Math.floor(d1); yr++) yearTicks.push(yr);

  const bars = layoutBars(spec, bands, x, y, pxPerYear, fs);
  const { lines, points } = layoutLines(spec, bands, x, y, sizes);

  const lastPoint = (j: number) => {
    const s = spec.series[j]!;
    const i = lastIndex(j);
    if (i < 0) return null;
    const band = bands[i]!;
    const endX = s.mark === 'step' ? x(band.end) : x((band.start + band.end) / 2);
    return { i, x: endX, y: y(s.values[i]!) };
  };

  const labels: TextLabel[] = [];
  let clean = true;

  if (inColumn) {
    const items = [
      ...edgeSeries.map((e) => {
        const p = lastPoint(e.j)!;
        return { id: `s:${e.text}`, lines: [e.text], j: e.j, i: null, at: p, r: sizes.radius };
      }),
      ...edgePoints.map((e) => {
        const p = points.find((m) => m.series === e.j && m.category === e.i)!;
        return {
          id: `p:${e.j}:${e.i}`,
          lines: e.lines,
          j: e.j,
          i: e.i as number | null,
          at: { x: p.cx, y: p.cy },
          r: p.r * 1.4,
        };
      }),
    ].map((it) => ({ ...it, y: it.at.y, height: lh * it.lines.length }));
    const { centres, fits } = stackLabels(items, plot.y - lh * 0.5, plot.y + plot.h + lh * 0.5, 2);
    if (!fits) clean = false;
    const colX = plot.x + plot.w + pad * 1.5;
    for (const it of items) {
      const cy = centres.get(it.id)!;
      const firstLine = cy - it.height / 2 + lh / 2;
      const moved = Math.abs(firstLine - it.at.y) > lh * 0.35;
      const farFromEdge = colX - it.at.x > pad * 3;
      labels.push({
        lines: it.lines,
        box: {
          x: colX,
          y: cy - it.height / 2,
          w: Math.max(...it.lines.map((l) => measureText(l, fs))),
          h: it.height,
        },
        color: spec.series[it.j]!.color,
        leader:
          moved || farFromEdge
            ? { x1: it.at.x + it.r + 2, y1: it.at.y, x2: colX - 3, y2: firstLine }
            : null,
        series: it.j,
        category: it.i,
      });
    }
  }

  const below: BelowLine[] = [];
  const rowsTop = plot.y + plot.h + fs * 1.9 + pad * 0.5;
  belowFlow.forEach((line, row) => {
    for (const seg of line) {
      const item = belowItems[seg.item]!;
      below.push({
        series: item.series,
        lead: item.lead,
        first: seg.lead,
        leadX: seg.x - item.leadW,
        x: seg.x,
        y: rowsTop + row * lh,
        text: seg.text,
      });
    }
  });

  const annotations = layoutAnnotations(spec, {
    bars,
    points,
    plot,
    x,
    y,
    bands,
    pad,
    lh,
    fs,
    width,
    boxes: [
      ...bars.map((b) => b.box),
      ...points.map((p) => ({ x: p.cx - p.r, y: p.cy - p.r, w: 2 * p.r, h: 2 * p.r })),
    ],
    segments: lineSegments(lines),
  });

  // Beside their marks, clear of every mark and of each other: series names above their last bar
  // or right of their last point, then point labels (or their letters).
  const obstacles = {
    boxes: [
      ...bars.map((b) => b.box),
      ...points.map((p) => ({ x: p.cx - p.r, y: p.cy - p.r, w: 2 * p.r, h: 2 * p.r })),
      ...labels.map((l) => l.box),
    ],
    segments: [...lineSegments(lines), ...annotations.flatMap((a) => [a.shaft, ...a.guides])],
  };
  interface Wanted {
    lines: string[];
    series: number;
    category: number;
    anchor: { x: number; y: number };
    radius: number;
    tag?: string;
  }
  const wanted: Wanted[] = [];
  for (const e of besideMarks) {
    const bar = bars.find((m) => m.series === e.j && m.category === e.i);
    const point = points.find((m) => m.series === e.j && m.category === e.i);
    const end = lastPoint(e.j)!;
    wanted.push({
      lines: [e.text],
      series: e.j,
      category: e.i,
      anchor: bar
        ? { x: bar.box.x + bar.box.w / 2, y: bar.value >= 0 ? bar.box.y : bar.box.y + bar.box.h }
        : { x: end.x, y: end.y },
      radius: bar ? 1 : (point?.r ?? sizes.stroke) * 1.2,
    });
  }
  // A long label is wrapped to a quarter of the plot, so it fits between marks.
  const maxLabelW = Math.max(plot.w * 0.25, fs * 14);
  const narrow = (lines: string[]) => lines.flatMap((l) => wrapAtSeparators(l, fs, maxLabelW));
  for (const p of pointLabels) {
    if (inColumn && edgePoints.includes(p)) continue;
    const point = points.find((m) => m.series === p.j && m.category === p.i);
    const bar = bars.find((m) => m.series === p.j && m.category === p.i);
    const anchor = point
      ? { x: point.cx, y: point.cy }
      : bar
        ? { x: bar.box.x + bar.box.w / 2, y: bar.box.y }
        : null;
    if (!anchor) continue;
    const tag = mode.points === 'tags' ? tagOf.get(`${p.j}:${p.i}`) : undefined;
    wanted.push({
      lines: tag ? [tag] : narrow(p.lines),
      series: p.j,
      category: p.i,
      anchor,
      radius: point ? point.r * 1.4 : 1,
      tag,
    });
  }
  // Inside the plot and the strip above it; never over the axis labels.
  const bounds: Box = {
    x: plot.x,
    y: eventStrip,
    w: width - plot.x,
    h: plot.y + plot.h - eventStrip,
  };
  // Annotation labels first: an arrow reads only with its figure beside it.
  const annotationLines = annotations.map((a) =>
    narrow([spec.annotations![a.index]!.label]).map((l) => l.trim()),
  );
  const { placed: allPlaced, clean: placedClean } = placePointLabels(
    [
      ...annotations.map((a, k) => ({
        id: `a${k}`,
        anchor:
          a.kind === 'cagr'
            ? { x: (a.shaft.x1 + a.shaft.x2) / 2, y: a.shaft.y1 }
            : { x: a.shaft.x1, y: (a.shaft.y1 + a.shaft.y2) / 2 },
        radius: 1,
        w: Math.max(...annotationLines[k]!.map((t) => measureText(t, fs, true))),
        h: lh * annotationLines[k]!.length,
      })),
      ...wanted.map((w, k) => ({
        id: String(k),
        anchor: w.anchor,
        radius: w.radius,
        w: Math.max(...w.lines.map((t) => measureText(t, fs, w.tag !== undefined))),
        h: lh * w.lines.length,
      })),
    ],
    obstacles,
    bounds,
    Math.max(2, fs * 0.25),
  );
  if (!placedClean) clean = false;
  annotations.forEach((a, k) => {
    const p = allPlaced[k]!;
    a.label = { lines: annotationLines[k]!, box: p.box, leader: p.leader };
  });
  const placed = allPlaced.slice(annotations.length);
  placed.forEach((p, k) => {
    const w = wanted[k]!;
    labels.push({
      lines: w.lines,
      box: p.box,
      color: spec.series[w.series]!.color,
      leader: p.leader,
      series: w.series,
      category: w.category,
      tag: w.tag,
    });
  });

  const events = layoutEvents(numbered, x, fs, badgeR, pad, width);
  return {
    width,
    height,
    fontSize: fs,
    lineHeight: lh,
    plot,
    x,
    y,
    yTicks,
    xLabels,
    yearTicks,
    bars,
    lines,
    points,
    labels,
    events,
    annotations,
    periodBand: spec.period
      ? { x0: x(Math.max(spec.period.start, d0)), x1: x(Math.min(spec.period.end, d1)) }
      : null,
    below,
    clean,
  };
}

/**
 * The arrows of `spec.annotations` (labels are placed later, with the other labels).
 * Difference: a vertical arrow just beside the two marks (right of them, or left when the plot
 * ends there) from the level of `from` to the level of `to`, with a dotted guide from each mark
 * to it. CAGR: a horizontal arrow above the series' marks between the two periods, with a dotted
 * guide up from each end mark. An annotation naming no drawn value is skipped.
 */
function layoutAnnotations(
  spec: ChartSpec,
  c: {
    bars: readonly BarMark[];
    points: readonly PointMark[];
    plot: Box;
    x: Scale;
    y: Scale;
    bands: ChartSpec['bands'];
    pad: number;
    lh: number;
    fs: number;
    width: number;
    /** Every bar and point, for choosing the freer side. */
    boxes: readonly Box[];
    segments: readonly Segment[];
  },
): AnnotationMark[] {
  const { plot, pad } = c;
  const markAt = (series: string, category: number) => {
    const j = spec.series.findIndex((s) => s.id === series);
    const v = spec.series[j]?.values[category];
    if (j < 0 || !isNum(v)) return null;
    const bar = c.bars.find((b) => b.series === j && b.category === category);
    if (bar) {
      return { x0: bar.box.x, x1: bar.box.x + bar.box.w, level: c.y(v), top: bar.box.y };
    }
    const p = c.points.find((m) => m.series === j && m.category === category);
    const band = c.bands[category]!;
    const cx = p?.cx ?? c.x((band.start + band.end) / 2);
    const r = p?.r ?? 2;
    const cy = p?.cy ?? c.y(v);
    return { x0: cx - r, x1: cx + r, level: cy, top: cy - r };
  };
  const out: AnnotationMark[] = [];
  (spec.annotations ?? []).forEach((a, index) => {
    const empty = { lines: [], box: { x: 0, y: 0, w: 0, h: 0 }, leader: null };
    if (a.kind === 'difference') {
      const to = markAt(a.to.series, a.to.category);
      const from = markAt(a.from.series, a.from.category);
      if (!to || !from) return;
      // The side (right, else left) where the arrow's label would cover fewest marks.
      const mid = (to.level + from.level) / 2;
      const labelW = measureText(a.label, c.fs, true);
      const sides = [
        { ax: Math.max(to.x1, from.x1) + pad * 1.2, dir: 1 },
        { ax: Math.min(to.x0, from.x0) - pad * 1.2, dir: -1 },
      ].map((side) => {
        const box = {
          x: side.dir > 0 ? side.ax + pad : side.ax - pad - labelW,
          y: mid - c.lh / 2,
          w: labelW,
          h: c.lh,
        };
        const outside = box.x < plot.x || box.x + box.w > c.width;
        const covered =
          c.boxes.filter((b) => boxesOverlap(b, box)).length +
          c.segments.filter((g) => segmentHitsBox(g, box)).length;
        return { ...side, cost: (outside ? 100 : 0) + covered };
      });
      const ax = sides[1]!.cost < sides[0]!.cost ? sides[1]!.ax : sides[0]!.ax;
      const guide = (m: typeof to) => {
        const edge = ax > m.x1 ? m.x1 + 1 : m.x0 - 1;
        return {
          x1: edge,
          y1: m.level,
          x2: ax + (ax > edge ? pad * 0.6 : -pad * 0.6),
          y2: m.level,
        };
      };
      out.push({
        kind: 'difference',
        index,
        guides: [guide(from), guide(to)],
        shaft: { x1: ax, y1: from.level, x2: ax, y2: to.level },
        label: empty,
      });
      return;
    }
    const j = spec.series.findIndex((s) => s.id === a.series);
    const first = markAt(a.series, a.from);
    const last = markAt(a.series, a.to);
    if (j < 0 || !first || !last) return;
    const tops: number[] = [];
    for (let i = a.from; i <= a.to; i++) {
      const m = markAt(a.series, i);
      if (m) tops.push(m.top);
    }
    const ay = Math.max(plot.y - c.lh * 0.5, Math.min(...tops) - pad * 1.6);
    const x1 = (first.x0 + first.x1) / 2;
    const x2 = (last.x0 + last.x1) / 2;
    out.push({
      kind: 'cagr',
      index,
      guides: [
        { x1, y1: first.top - 2, x2: x1, y2: ay },
        { x1: x2, y1: last.top - 2, x2, y2: ay },
      ],
      shaft: { x1, y1: ay, x2, y2: ay },
      label: empty,
    });
  });
  return out;
}

/**
 * The share of a year's band its bars fill. 0.9 keeps a tenth of each year as the gap between
 * years and gives the busiest chart (three sides in one year over 14 years, trade-cn-to-kz) bars
 * of 12 px or more at the 1280 px page.
 */
const BAND_FILL = 0.9;

/** Bars: every bar one width, the bars of a category side by side, centred in its band. */
function layoutBars(
  spec: ChartSpec,
  bands: ChartSpec['bands'],
  x: Scale,
  y: Scale,
  pxPerYear: number,
  fs: number,
): BarMark[] {
  const barSeries = spec.series.map((s, j) => ({ s, j })).filter(({ s }) => s.mark === 'bar');
  const perCategory = spec.categories.map((_, i) =>
    barSeries.filter(({ s }) => isNum(s.values[i])).map(({ j }) => j),
  );
  const barGap = Math.max(1, fs * 0.12);
  const barW = Math.min(
    fs * 3.2,
    ...perCategory.flatMap((js, i) => {
      if (js.length === 0) return [];
      const band = bands[i]!;
      const bandPx = (band.end - band.start) * pxPerYear;
      return [(bandPx * BAND_FILL - barGap * (js.length - 1)) / js.length];
    }),
  );
  const bars: BarMark[] = [];
  perCategory.forEach((js, i) => {
    const band = bands[i]!;
    const centre = x((band.start + band.end) / 2);
    const groupW = js.length * barW + (js.length - 1) * barGap;
    js.forEach((j, k) => {
      const s = spec.series[j]!;
      const v = s.values[i]!;
      const y0 = y(0);
      const y1 = y(v);
      bars.push({
        series: j,
        category: i,
        value: v,
        kind: s.kind,
        color: s.color,
        box: {
          x: centre - groupW / 2 + k * (barW + barGap),
          y: Math.min(y0, y1),
          w: barW,
          h: Math.max(Math.abs(y1 - y0), 0.5),
        },
      });
    });
  });
  return bars;
}

/**
 * Lines, steps and points at the centre of their band; a gap breaks a line unless the series is a
 * connector, and connectors at one level that overlap in time are drawn side by side.
 */
function layoutLines(
  spec: ChartSpec,
  bands: ChartSpec['bands'],
  x: Scale,
  y: Scale,
  sizes: ReturnType<typeof markSizes>,
): { lines: LinePath[]; points: PointMark[] } {
  const lines: LinePath[] = [];
  const points: PointMark[] = [];
  spec.series.forEach((s, j) => {
    if (s.mark === 'bar') return;
    const at = (i: number) => {
      const band = bands[i]!;
      return {
        x: x((band.start + band.end) / 2),
        y: y(s.values[i]!),
        x0: x(band.start),
        x1: x(band.end),
      };
    };
    if (s.mark === 'line' || s.mark === 'step') {
      const runs: LinePath['runs'] = [];
      let run: LinePath['runs'][number] = [];
      s.values.forEach((v, i) => {
        if (isNum(v)) run.push(at(i));
        else if (!s.connectGaps && run.length > 0) {
          runs.push(run);
          run = [];
        }
      });
      if (run.length > 0) runs.push(run);
      lines.push({ series: j, kind: s.kind, color: s.color, mark: s.mark, runs });
    }
    // A connector (a target's line from its announcement) is its end marks' business, not its own.
    if (s.mark === 'step' || s.connectGaps) return;
    // Lines show a marker at every value, so a year standing alone is still seen.
    const r = s.mark === 'line' ? sizes.radius * 0.8 : sizes.radius;
    s.values.forEach((v, i) => {
      if (!isNum(v)) return;
      const p = at(i);
      points.push({
        series: j,
        category: i,
        value: v,
        kind: s.kind,
        color: s.color,
        cx: p.x,
        cy: p.y,
        r,
      });
    });
  });

  const connectors = lines.filter((l) => spec.series[l.series]!.connectGaps);
  connectors.forEach((l, k) => {
    const run = l.runs[0];
    if (!run || run.length < 2) return;
    const overlapping = connectors.slice(0, k).filter((other) => {
      const r = other.runs[0];
      return (
        r !== undefined &&
        Math.abs(r[0]!.y - run[0]!.y) < sizes.stroke * 2 &&
        r[0]!.x < run.at(-1)!.x &&
        run[0]!.x < r.at(-1)!.x
      );
    }).length;
    if (overlapping > 0) for (const p of run) p.y += overlapping * sizes.stroke * 2.2;
  });
  return { lines, points };
}

/** Every drawn segment of the lines and steps, for keeping labels off them. */
function lineSegments(lines: readonly LinePath[]): Segment[] {
  return lines.flatMap((l) =>
    l.runs.flatMap((run) => {
      const segs: Segment[] = [];
      run.forEach((a, k) => {
        const b = run[k + 1];
        if (l.mark === 'step') {
          segs.push({ x1: a.x0, y1: a.y, x2: a.x1, y2: a.y });
          if (b) segs.push({ x1: a.x1, y1: a.y, x2: a.x1, y2: b.y });
        } else if (b) segs.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
      });
      return segs;
    }),
  );
}

/** Event badges above the plot; a run that would overlap is one badge with a range. */
function layoutEvents(
  numbered: readonly NumberedEvent[],
  x: Scale,
  fs: number,
  badgeR: number,
  pad: number,
  width: number,
): EventMarker[] {
  const badgeW = (label: string) =>
    Math.max(badgeR * 2, measureText(label, fs * 0.8) + badgeR * 1.2);
  let clusters = clusterEvents(numbered, x, badgeR * 2 + 2, badgeW);
  for (let merged = true; merged;) {
    merged = false;
    for (let k = 1; k < clusters.length; k++) {
      const a = clusters[k - 1]!;
      const b = clusters[k]!;
      const gap = (b.x0 + b.x1) / 2 - (a.x0 + a.x1) / 2;
      if (gap < (badgeW(a.label) + badgeW(b.label)) / 2 + 2) {
        const events = [...a.events, ...b.events];
        const label = `${events[0]!.n}–${events.at(-1)!.n}`;
        clusters = [
          ...clusters.slice(0, k - 1),
          { events, label, x0: a.x0, x1: Math.max(a.x1, b.x1) },
          ...clusters.slice(k + 1),
        ];
        merged = true;
        break;
      }
    }
  }
  return clusters.map((c) => {
    const w = badgeW(c.label);
    const cx = Math.min(Math.max((c.x0 + c.x1) / 2, w / 2 + 1), width - w / 2 - 1);
    return { ...c, box: { x: cx - w / 2, y: pad * 0.5, w, h: badgeR * 2 } };
  });
}

/**
 * Wraps a label to `maxWidth`, breaking first between its " · " parts ("$12bn for 2008 ·
 * Nazarbayev, 18 Aug 2007" → two lines at the dot), then between words.
 *
 * @example wrapAtSeparators('$12bn for 2008 · Nazarbayev', 13, 120) // → ['$12bn for 2008 ·', 'Nazarbayev']
 */
export function wrapAtSeparators(text: string, size: number, maxWidth: number): string[] {
  if (measureText(text, size) <= maxWidth) return [text];
  const parts = text.split(' · ');
  const lines: string[] = [];
  let line = '';
  parts.forEach((part, i) => {
    const piece = i < parts.length - 1 ? `${part} ·` : part;
    const candidate = line === '' ? piece : `${line} ${piece}`;
    if (measureText(candidate, size) <= maxWidth) {
      line = candidate;
      return;
    }
    if (line !== '') lines.push(line);
    const wrapped = wrapText(piece, size, maxWidth);
    lines.push(...wrapped.slice(0, -1));
    line = wrapped.at(-1) ?? '';
  });
  if (line !== '') lines.push(line);
  return lines;
}
