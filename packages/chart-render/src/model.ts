import { markSizes } from './encoding';
import { clusterEvents, numberEvents, type EventCluster } from './events';
import { formatTick } from './format';
import type { Box, Segment } from './geometry';
import { placePointLabels, stackLabels, type PlacedLabel } from './labels';
import { linearScale, type Scale } from './scale';
import type { ChartSpec, Mark, MarkKind, SeriesColor } from './spec';
import { measureText } from './text';
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
  /** Top-left corner of the text block. */
  box: Box;
  color: SeriesColor | 'text';
  leader: Segment | null;
  /** Which series (and category, for a point label) the label names. */
  series: number;
  category: number | null;
}

export interface EventMarker extends EventCluster {
  /** The badge: a circle for one event, a pill for a run. */
  box: Box;
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
  /** Series labels set below the axis when a right-hand column would not fit (narrow charts). */
  labelsBelow: { series: number; text: string; x: number; y: number }[];
  /** False when some label could not be placed clear of every other mark. */
  clean: boolean;
}

export interface BodyOptions {
  width: number;
  height: number;
  /** Axis and label text size in px. */
  fontSize: number;
  /** 'below': name every series in rows under the axis (narrow charts); default beside its marks. */
  labels?: 'auto' | 'below';
}

const isNum = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);

/** The years a band covers, for the minor ticks: every whole year in the domain. */
function yearBoundaries(d0: number, d1: number): number[] {
  const out: number[] = [];
  for (let y = Math.ceil(d0); y <= Math.floor(d1); y++) out.push(y);
  return out;
}

/**
 * Lays out a chart body (no title, legend or sources): axes, bars, lines, points, the series'
 * direct labels, target labels and event markers, all in px inside width × height. Pure: the
 * same spec and options give the same model.
 *
 * Rules: the x axis is time (each category sits in its band, so a missing year is visible
 * space); bars of one category share its band, all bars one width; series are named at their
 * last mark (lines at the right edge, stacked without overlap; bars above their last bar); each
 * point label (a target) is placed clear of marks and other labels, with a leader line when it
 * had to move; events are numbered badges above the plot, a run that would overlap is one badge.
 */
export function layoutBody(spec: ChartSpec, o: BodyOptions): BodyModel {
  const { width, height } = o;
  const fs = o.fontSize;
  const lh = Math.round(fs * 1.25 * 100) / 100;
  const sizes = markSizes(fs);
  const pad = Math.round(fs * 0.5);

  const values = spec.series.flatMap((s) => s.values.filter(isNum));
  const wantTicks = Math.max(2, Math.min(6, Math.floor(height / (fs * 4.5))));
  const { ticks, step } = niceTicks(Math.min(...values, 0), Math.max(...values, 0), wantTicks);
  const tickText = ticks.map((t) => formatTick(t, spec.valueFormat, step));
  const tickW = Math.max(...tickText.map((t) => measureText(t, fs)));

  // Series sharing a label are named once, at the latest mark among them. A line or step that
  // reaches the last category is named in a column at the right (the OWID line-end label); any
  // other series beside its last mark.
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
  const lastCategory = spec.categories.length - 1;
  // Column candidates: lines ending in the last category, and point labels (targets) there.
  const edgeSeries = ends.filter(
    (e) => spec.series[e.j]!.mark !== 'bar' && e.i === lastCategory && o.labels !== 'below',
  );
  const edgePoints = spec.series.flatMap((s, j) => {
    const t = s.pointLabels?.[lastCategory];
    return s.mark === 'point' && t && t.trim() !== '' && isNum(s.values[lastCategory])
      ? [{ j, lines: t.split('\n') }]
      : [];
  });
  const columnW = Math.max(
    0,
    ...edgeSeries.map((e) => measureText(e.text, fs)),
    ...edgePoints.flatMap((e) => e.lines.map((l) => measureText(l, fs))),
  );
  const labelsInColumn =
    edgeSeries.length + edgePoints.length > 0 && columnW + pad * 2.5 <= width * 0.3;
  const atEdge = labelsInColumn ? edgeSeries : [];
  const inColumn = new Set(atEdge.map((e) => e.text));
  const below = o.labels === 'below' || (!labelsInColumn && edgeSeries.length > 0);
  const besideMarks = ends.filter((e) => !inColumn.has(e.text) && !below);

  const numbered = numberEvents(spec.events);
  const badgeR = Math.round(fs * 0.62 * 100) / 100;
  const eventStrip = numbered.length > 0 ? badgeR * 2 + pad * 1.5 : 0;

  // Without room for the column, the line labels flow in rows under the axis, each after a swatch.
  const swatchW = fs * 1.6;
  const belowRows: { series: number; text: string; x: number; row: number }[] = [];
  if (below) {
    let cx = 0;
    let row = 0;
    for (const e of ends) {
      const w = swatchW + pad * 0.6 + measureText(e.text, fs);
      if (cx > 0 && cx + w > width) {
        row++;
        cx = 0;
      }
      belowRows.push({ series: e.j, text: e.text, x: cx + swatchW + pad * 0.6, row });
      cx += w + pad * 2;
    }
  }
  const belowH = belowRows.length > 0 ? (belowRows.at(-1)!.row + 1) * lh + pad * 0.5 : 0;

  const left = Math.ceil(tickW + pad);
  const right = labelsInColumn ? Math.ceil(columnW + pad * 2.5) : Math.ceil(pad * 1.5);
  const top = Math.ceil(eventStrip + lh * 0.6);
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
  const inner = Math.min(plot.w * 0.02, fs);
  const x = linearScale([d0, d1], [plot.x + inner, plot.x + plot.w - inner]);
  const y = linearScale([ticks[0]!, ticks.at(-1)!], [plot.y + plot.h, plot.y]);
  const pxPerYear = (plot.w - 2 * inner) / span;

  const yTicks = ticks.map((t, i) => ({ value: t, label: tickText[i]!, y: y(t) }));
  const yearW = measureText('2000', fs);
  const firstYear = Math.ceil(d0);
  const lastYear = Math.floor(d1 - 1e-9);
  const labelled = yearLabels(firstYear, Math.max(firstYear, lastYear), pxPerYear, yearW, fs);
  const xLabels = labelled.map((year) => ({
    year,
    label: String(year),
    x: x(Math.min(year + 0.5, d1)),
  }));

  // Bars: every bar one width, the bars of a category centred in its band.
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
      return [(bandPx * 0.86 - barGap * (js.length - 1)) / js.length];
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

  // Lines, steps and points: at the centre of their band.
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

  // Connectors at one level that overlap in time are drawn side by side, a stroke apart.
  const connectors = lines.filter((l) => spec.series[l.series]!.connectGaps);
  connectors.forEach((l, k) => {
    const run = l.runs[0];
    if (!run || run.length < 2) return;
    const overlapping = connectors.slice(0, k).filter((o) => {
      const r = o.runs[0];
      return (
        r !== undefined &&
        Math.abs(r[0]!.y - run[0]!.y) < sizes.stroke * 2 &&
        r[0]!.x < run.at(-1)!.x &&
        run[0]!.x < r.at(-1)!.x
      );
    }).length;
    if (overlapping > 0) for (const p of run) p.y += overlapping * sizes.stroke * 2.2;
  });

  const labels: TextLabel[] = [];
  const labelsBelow: BodyModel['labelsBelow'] = [];
  let clean = true;

  // Line-end labels: a column at the right, each at its series' last value, never overlapping.
  const lastPoint = (j: number) => {
    const s = spec.series[j]!;
    for (let i = s.values.length - 1; i >= 0; i--) {
      if (isNum(s.values[i])) {
        const band = bands[i]!;
        const endX = s.mark === 'step' ? x(band.end) : x((band.start + band.end) / 2);
        return { i, x: endX, y: y(s.values[i]!) };
      }
    }
    return null;
  };
  if (labelsInColumn) {
    const items = [
      ...atEdge.map((e) => {
        const p = lastPoint(e.j)!;
        return { id: `s:${e.text}`, lines: [e.text], j: e.j, i: null, at: p, r: sizes.radius };
      }),
      ...edgePoints.map((e) => {
        const p = points.find((m) => m.series === e.j && m.category === lastCategory)!;
        return {
          id: `p:${e.j}`,
          lines: e.lines,
          j: e.j,
          i: lastCategory,
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
  if (below) {
    const rowsTop = plot.y + plot.h + fs * 1.9 + pad * 0.5;
    for (const b of belowRows) {
      labelsBelow.push({ series: b.series, text: b.text, x: b.x, y: rowsTop + b.row * lh });
    }
  }

  // Bar labels and point labels (targets), placed clear of every mark and of each other.
  const obstacles = {
    boxes: [
      ...bars.map((b) => b.box),
      ...points.map((p) => ({ x: p.cx - p.r, y: p.cy - p.r, w: 2 * p.r, h: 2 * p.r })),
      ...labels.map((l) => l.box),
    ],
    segments: lines.flatMap((l) =>
      l.runs.flatMap((run) => {
        const segs: Segment[] = [];
        for (let k = 1; k < run.length; k++) {
          const a = run[k - 1]!;
          const b = run[k]!;
          if (l.mark === 'step') {
            segs.push({ x1: a.x0, y1: a.y, x2: a.x1, y2: a.y });
            segs.push({ x1: a.x1, y1: a.y, x2: a.x1, y2: b.y });
          } else segs.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
        }
        const lastRun = run.at(-1);
        if (l.mark === 'step' && lastRun) {
          segs.push({ x1: lastRun.x0, y1: lastRun.y, x2: lastRun.x1, y2: lastRun.y });
        }
        return segs;
      }),
    ),
  };
  const wanted: {
    text: string[];
    series: number;
    category: number;
    anchor: { x: number; y: number };
    radius: number;
    color: SeriesColor | 'text';
  }[] = [];
  spec.series.forEach((s, j) => {
    s.pointLabels?.forEach((t, i) => {
      if (t === null || t === undefined || t.trim() === '' || !isNum(s.values[i])) return;
      if (labelsInColumn && s.mark === 'point' && i === lastCategory) return;
      const p = points.find((m) => m.series === j && m.category === i);
      const b = bars.find((m) => m.series === j && m.category === i);
      const anchor = p ? { x: p.cx, y: p.cy } : b ? { x: b.box.x + b.box.w / 2, y: b.box.y } : null;
      if (!anchor) return;
      wanted.push({
        text: t.split('\n'),
        series: j,
        category: i,
        anchor,
        radius: p ? p.r * 1.4 : 1,
        color: s.color,
      });
    });
  });
  // Series labels beside their last mark: above a bar, to the right of a line's last point.
  for (const e of besideMarks) {
    const s = spec.series[e.j]!;
    const bar = bars.find((m) => m.series === e.j && m.category === e.i);
    const point = points.find((m) => m.series === e.j && m.category === e.i);
    const end = lastPoint(e.j)!;
    const anchor = bar
      ? { x: bar.box.x + bar.box.w / 2, y: bar.value >= 0 ? bar.box.y : bar.box.y + bar.box.h }
      : { x: end.x, y: end.y };
    wanted.unshift({
      text: [e.text],
      series: e.j,
      category: e.i,
      anchor,
      radius: bar ? 1 : (point?.r ?? sizes.stroke) * 1.2,
      color: s.color,
    });
  }
  // Inside the plot and the strip above it; never over the axis labels.
  const bounds: Box = {
    x: plot.x,
    y: eventStrip,
    w: width - plot.x,
    h: plot.y + plot.h - eventStrip,
  };
  const { placed, clean: pointsClean } = placePointLabels(
    wanted.map((w, k) => ({
      id: String(k),
      anchor: w.anchor,
      radius: w.radius,
      w: Math.max(...w.text.map((t) => measureText(t, fs))),
      h: lh * w.text.length,
    })),
    obstacles,
    bounds,
    Math.max(2, fs * 0.25),
  );
  if (!pointsClean) clean = false;
  placed.forEach((p: PlacedLabel, k) => {
    const w = wanted[k]!;
    labels.push({
      lines: w.text,
      box: p.box,
      color: w.color,
      leader: p.leader,
      series: w.series,
      category: w.category,
    });
  });

  // Event badges above the plot; a run that would overlap is one badge.
  const badgeW = (label: string) =>
    Math.max(badgeR * 2, measureText(label, fs * 0.8) + badgeR * 1.2);
  let clusters = clusterEvents(numbered, x, badgeR * 2 + 2, badgeW);
  for (let merged = true; merged;) {
    merged = false;
    for (let k = 1; k < clusters.length; k++) {
      const a = clusters[k - 1]!;
      const b = clusters[k]!;
      const ac = (a.x0 + a.x1) / 2;
      const bc = (b.x0 + b.x1) / 2;
      if (bc - ac < (badgeW(a.label) + badgeW(b.label)) / 2 + 2) {
        const events = [...a.events, ...b.events];
        clusters = [
          ...clusters.slice(0, k - 1),
          {
            events,
            label: `${events[0]!.n}–${events.at(-1)!.n}`,
            x0: a.x0,
            x1: Math.max(a.x1, b.x1),
          },
          ...clusters.slice(k + 1),
        ];
        merged = true;
        break;
      }
    }
  }
  const events: EventMarker[] = clusters.map((c) => {
    const w = badgeW(c.label);
    const cx = Math.min(Math.max((c.x0 + c.x1) / 2, w / 2 + 1), width - w / 2 - 1);
    return { ...c, box: { x: cx - w / 2, y: pad * 0.5, w, h: badgeR * 2 } };
  });

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
    yearTicks: yearBoundaries(d0, d1),
    bars,
    lines,
    points,
    labels,
    events,
    labelsBelow,
    clean,
  };
}
