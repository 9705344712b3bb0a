import type { Palette } from './palette';
import { el, r2 } from './svg';
import type { Mark, MarkKind, SeriesColor } from './spec';

/**
 * How one kind of number looks, defined once. Every surface reads this: the chart body, the kind
 * key of the page, embed and image, the PPTX series styles and the data table's column glyphs.
 */
export interface KindEncoding {
  kind: MarkKind;
  /** The kind key's words when a chart gives none of its own. */
  text: string;
  /** Bars and part-filled marks: solid colour, a light tint of it, or hollow (background). */
  fill: 'solid' | 'light' | 'hollow';
  /** Opacity of the colour in the fill (hollow: 0, the background shows). */
  fillOpacity: number;
  /** Dash of lines and of bar outlines, in stroke widths; empty: solid. */
  dash: readonly number[];
  /** Bars get an outline in the series colour (a solid bar needs none). */
  barOutline: boolean;
  /** Point marker shape: a circle, or a diamond for targets and projections. */
  marker: 'circle' | 'diamond';
  /** PowerPoint: line dash preset, marker symbol, and how the marker and bar are filled. */
  pptx: {
    dash: 'solid' | 'sysDot' | 'dash';
    marker: 'circle' | 'diamond';
    fill: 'solid' | 'tint' | 'background';
    /** Share of white mixed into the colour for `tint` fills (0.55 ≈ 45% opacity on white). */
    tint: number;
  };
}

export const ENCODING: Readonly<Record<MarkKind, KindEncoding>> = {
  reported: {
    kind: 'reported',
    text: 'reported',
    fill: 'solid',
    fillOpacity: 1,
    dash: [],
    barOutline: false,
    marker: 'circle',
    pptx: { dash: 'solid', marker: 'circle', fill: 'solid', tint: 0 },
  },
  'half-year': {
    kind: 'half-year',
    text: 'first half of the year',
    fill: 'light',
    fillOpacity: 0.45,
    dash: [],
    barOutline: false,
    marker: 'circle',
    pptx: { dash: 'solid', marker: 'circle', fill: 'tint', tint: 0.55 },
  },
  estimate: {
    kind: 'estimate',
    text: 'derived estimate',
    fill: 'hollow',
    fillOpacity: 0,
    dash: [1.5, 1.5],
    barOutline: true,
    marker: 'circle',
    pptx: { dash: 'sysDot', marker: 'circle', fill: 'background', tint: 1 },
  },
  projection: {
    kind: 'projection',
    text: 'target or projection',
    fill: 'light',
    fillOpacity: 0.15,
    dash: [3.5, 2],
    barOutline: true,
    marker: 'diamond',
    pptx: { dash: 'dash', marker: 'diamond', fill: 'background', tint: 1 },
  },
};

/** Sizes of marks for a body font size `fs` (px): stroke widths, marker radius. */
export function markSizes(fs: number): { stroke: number; outline: number; radius: number } {
  return {
    stroke: Math.max(2, fs / 6.5),
    outline: Math.max(1.5, fs / 8),
    radius: Math.max(3.5, fs * 0.34),
  };
}

/** The SVG dash array of a kind at a stroke width, or null for solid. */
export function dashArray(kind: MarkKind, strokeWidth: number): string | null {
  const d = ENCODING[kind].dash;
  return d.length === 0 ? null : d.map((x) => Math.round(x * strokeWidth * 100) / 100).join(' ');
}

function fillOf(
  kind: MarkKind,
  color: string,
  palette: Palette,
): { fill: string; opacity?: number } {
  const e = ENCODING[kind];
  if (e.fill === 'hollow') return { fill: palette.hollow };
  return e.fillOpacity === 1 ? { fill: color } : { fill: color, opacity: e.fillOpacity };
}

/**
 * A bar of a kind: solid; light (half-year); hollow with a dotted outline (estimate); a faint
 * tint with a dashed outline (projection). The outline sits inside the bar's box.
 */
export function barSvg(
  kind: MarkKind,
  box: { x: number; y: number; w: number; h: number },
  color: string,
  palette: Palette,
  outline: number,
  extra: Record<string, string | number> = {},
): string {
  const e = ENCODING[kind];
  const f = fillOf(kind, color, palette);
  const inset = e.barOutline ? Math.min(outline / 2, box.w / 4, box.h / 2) : 0;
  return el('rect', {
    x: box.x + inset,
    y: box.y + inset,
    width: Math.max(0, box.w - 2 * inset),
    height: Math.max(0, box.h - 2 * inset),
    fill: f.fill,
    'fill-opacity': f.opacity,
    stroke: e.barOutline ? color : null,
    'stroke-width': e.barOutline ? outline : null,
    'stroke-dasharray': e.barOutline ? dashArray(kind, outline) : null,
    ...extra,
  });
}

/**
 * The point marker of a kind: a filled circle (reported), a light circle (half-year), a hollow
 * circle (estimate) or a hollow diamond (projection), centred on (cx, cy).
 */
export function markerSvg(
  kind: MarkKind,
  cx: number,
  cy: number,
  r: number,
  color: string,
  palette: Palette,
  extra: Record<string, string | number> = {},
): string {
  const e = ENCODING[kind];
  const stroke = Math.max(1.5, r * 0.42);
  const hollow = e.fill === 'hollow' || kind === 'projection';
  const fill = hollow ? palette.hollow : color;
  const opacity = !hollow && e.fillOpacity < 1 ? e.fillOpacity : undefined;
  if (e.marker === 'diamond') {
    const d = r * 1.3;
    return el('path', {
      d: `M${r2(cx)} ${r2(cy - d)}L${r2(cx + d)} ${r2(cy)}L${r2(cx)} ${r2(cy + d)}L${r2(cx - d)} ${r2(cy)}Z`,
      fill,
      stroke: color,
      'stroke-width': stroke,
      ...extra,
    });
  }
  return el('circle', {
    cx,
    cy,
    r: hollow ? r - stroke / 2 : r,
    fill,
    'fill-opacity': opacity,
    stroke: hollow ? color : null,
    'stroke-width': hollow ? stroke : null,
    ...extra,
  });
}

/** Stroke attributes of a line of a kind (light for half-years, dashed for projections). */
export function lineAttrs(
  kind: MarkKind,
  color: string,
  width: number,
): Record<string, string | number | null> {
  const e = ENCODING[kind];
  return {
    fill: 'none',
    stroke: color,
    'stroke-width': width,
    'stroke-opacity': e.fill === 'light' && kind === 'half-year' ? e.fillOpacity : null,
    'stroke-dasharray': dashArray(kind, width),
    'stroke-linejoin': 'round',
    'stroke-linecap': e.dash.length === 0 ? 'round' : 'butt',
  };
}

/**
 * The key glyph of a kind drawn as `mark` in a w × h box at (x, y): a bar swatch, a marker, or a
 * short line with its marker; the same functions draw the chart's own marks.
 */
export function glyphSvg(
  kind: MarkKind,
  mark: Mark,
  box: { x: number; y: number; w: number; h: number },
  color: string,
  palette: Palette,
): string {
  return `<g class="chart-glyph" data-kind="${kind}" data-mark="${mark}">${glyphMarks(kind, mark, box, color, palette)}</g>`;
}

function glyphMarks(
  kind: MarkKind,
  mark: Mark,
  box: { x: number; y: number; w: number; h: number },
  color: string,
  palette: Palette,
): string {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const { stroke, outline, radius } = markSizes(box.h / 0.9);
  const r = Math.min(radius, box.h * 0.36);
  if (mark === 'bar') {
    const w = Math.min(box.w, box.h * 0.8);
    return barSvg(kind, { x: cx - w / 2, y: box.y, w, h: box.h }, color, palette, outline);
  }
  if (mark === 'point') return markerSvg(kind, cx, cy, r, color, palette);
  const path =
    mark === 'step'
      ? `M${r2(box.x)} ${r2(cy + box.h / 3)}H${r2(cx)}V${r2(cy - box.h / 3)}H${r2(box.x + box.w)}`
      : `M${r2(box.x)} ${r2(cy)}H${r2(box.x + box.w)}`;
  return (
    el('path', { d: path, ...lineAttrs(kind, color, stroke * 0.8) }) +
    (mark === 'line' ? markerSvg(kind, cx, cy, r * 0.85, color, palette) : '')
  );
}

/** The colour of a series in a palette. */
export function colorOf(color: SeriesColor, palette: Palette): string {
  return palette.series[color];
}
