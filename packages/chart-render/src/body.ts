import { describe } from './describe';
import { markDetail } from './details';
import { barSvg, colorOf, glyphSvg, lineAttrs, markerSvg, markSizes } from './encoding';
import { FONT_FAMILY } from './fonts';
import {
  layoutBody,
  type AnnotationMark,
  type BodyModel,
  type LinePath,
  type TextLabel,
} from './model';
import { paletteOf, withRoleClasses, type Palette, type Theme } from './palette';
import type { ChartSpec } from './spec';
import { el, escapeXml, r2, safeId } from './svg';

/** Where the first baseline of a line box `lh` tall sits below its top, for text `fs` px. */
export function baselineIn(lh: number, fs: number): number {
  return lh / 2 + fs * 0.36;
}

function text(
  s: string,
  x: number,
  y: number,
  attrs: Record<string, string | number | null | undefined>,
): string {
  return el('text', { x, y, ...attrs }, escapeXml(s));
}

function lineData(l: LinePath): Record<string, string | number> {
  return {
    class: l.mark === 'step' ? 'chart-step' : 'chart-line',
    'data-kind': l.kind,
    'data-series': l.series,
  };
}

function labelSvg(l: TextLabel, m: BodyModel, palette: Palette): string {
  const fill = colorOf(l.color, palette);
  const leader = l.leader
    ? el('path', {
        d: `M${r2(l.leader.x1)} ${r2(l.leader.y1)}L${r2(l.leader.x2)} ${r2(l.leader.y2)}`,
        stroke: fill,
        'stroke-width': 1,
        'stroke-opacity': 0.7,
        fill: 'none',
      })
    : '';
  // One <text> per label, a <tspan> per line, so a two-line label reads as one ("a b", spaced).
  const spans = l.lines
    .map((line, k) =>
      el(
        'tspan',
        { x: l.box.x, y: l.box.y + k * m.lineHeight + baselineIn(m.lineHeight, m.fontSize) },
        escapeXml(line),
      ),
    )
    .join(' ');
  return (
    leader +
    el(
      'text',
      {
        fill,
        class: l.tag ? 'chart-label chart-tag' : 'chart-label',
        'font-weight': l.tag ? 'bold' : null,
      },
      spans,
    )
  );
}

/** A difference or CAGR arrow: dotted guides, the shaft with a filled head, its bold label. */
function annotationSvg(a: AnnotationMark, m: BodyModel, palette: Palette): string {
  const fs = m.fontSize;
  const { shaft } = a;
  const len = Math.hypot(shaft.x2 - shaft.x1, shaft.y2 - shaft.y1);
  const head = Math.min(fs * 0.55, Math.max(2, len * 0.45));
  const ux = len === 0 ? 0 : (shaft.x2 - shaft.x1) / len;
  const uy = len === 0 ? -1 : (shaft.y2 - shaft.y1) / len;
  const bx = shaft.x2 - ux * head;
  const by = shaft.y2 - uy * head;
  const w = head * 0.55;
  const guides = a.guides.map((g) => `M${r2(g.x1)} ${r2(g.y1)}L${r2(g.x2)} ${r2(g.y2)}`).join('');
  const leader = a.label.leader
    ? `M${r2(a.label.leader.x1)} ${r2(a.label.leader.y1)}L${r2(a.label.leader.x2)} ${r2(a.label.leader.y2)}`
    : '';
  const spans = a.label.lines
    .map((line, k) =>
      el(
        'tspan',
        {
          x: a.label.box.x,
          y: a.label.box.y + k * m.lineHeight + baselineIn(m.lineHeight, fs),
        },
        escapeXml(line),
      ),
    )
    .join(' ');
  return el(
    'g',
    { class: `chart-annotation chart-annotation-${a.kind}`, 'data-annotation': a.index },
    el('path', {
      d: guides,
      stroke: palette.muted,
      'stroke-width': 1,
      'stroke-dasharray': '2 2',
      fill: 'none',
    }) +
      el('path', {
        d: `M${r2(shaft.x1)} ${r2(shaft.y1)}L${r2(bx)} ${r2(by)}${leader}`,
        stroke: palette.text,
        'stroke-width': 1.5,
        fill: 'none',
      }) +
      el('path', {
        d: `M${r2(shaft.x2)} ${r2(shaft.y2)}L${r2(bx - uy * w)} ${r2(by + ux * w)}L${r2(bx + uy * w)} ${r2(by - ux * w)}Z`,
        fill: palette.text,
      }) +
      el(
        'text',
        { fill: palette.text, 'font-weight': 'bold', class: 'chart-annotation-label' },
        spans,
      ),
  );
}

/**
 * Draws a laid-out body as SVG elements (no outer `<svg>`), shifted by (dx, dy): grid, bars,
 * lines, markers, labels with their leaders, axes and event badges, in that order.
 */
export function drawBody(
  spec: ChartSpec,
  m: BodyModel,
  palette: Palette,
  origin: { dx: number; dy: number } = { dx: 0, dy: 0 },
  o: { details?: boolean } = {},
): string {
  const fs = m.fontSize;
  const sizes = markSizes(fs);
  const { plot } = m;
  const parts: string[] = [];
  // Each mark's detail text for the page's hover and focus script (details: true).
  const tip = (series: number, category: number): Record<string, string> => {
    const t = o.details ? markDetail(spec, series, category) : null;
    return t === null ? {} : { 'data-tip': t };
  };

  // A reader's period: a faint band behind the grid and the marks.
  if (m.periodBand) {
    parts.push(
      el('rect', {
        x: m.periodBand.x0,
        y: plot.y,
        width: Math.max(1, m.periodBand.x1 - m.periodBand.x0),
        height: plot.h,
        fill: palette.text,
        'fill-opacity': 0.08,
        class: 'chart-period',
      }),
    );
  }

  for (const t of m.yTicks) {
    parts.push(
      el('path', {
        d: `M${r2(plot.x)} ${r2(t.y)}H${r2(plot.x + plot.w)}`,
        stroke: t.value === 0 ? palette.axis : palette.grid,
        'stroke-width': 1,
      }),
    );
    if (t.label !== '') {
      parts.push(
        text(t.label, plot.x - fs * 0.45, t.y + fs * 0.36, {
          'text-anchor': 'end',
          fill: palette.muted,
          class: 'chart-tick',
        }),
      );
    }
  }

  // Events: a faint line (one event) or band (a run) behind the marks, badges above the plot.
  for (const e of m.events) {
    const a = m.x(e.events[0]!.start);
    const b = Math.max(...e.events.map((ev) => m.x(ev.end ?? ev.start)));
    parts.push(
      b - a < 2
        ? el('path', {
            d: `M${r2(a)} ${r2(plot.y)}V${r2(plot.y + plot.h)}`,
            stroke: palette.grid,
            'stroke-width': 2,
          })
        : el('rect', {
            x: a,
            y: plot.y,
            width: b - a,
            height: plot.h,
            fill: palette.grid,
            'fill-opacity': 0.6,
          }),
    );
  }

  for (const b of m.bars) {
    parts.push(
      barSvg(b.kind, b.box, colorOf(b.color, palette), palette, sizes.outline, {
        class: 'chart-bar',
        'data-kind': b.kind,
        'data-series': b.series,
        'data-category': b.category,
        ...tip(b.series, b.category),
      }),
    );
  }
  for (const l of m.lines) {
    const color = colorOf(l.color, palette);
    for (const run of l.runs) {
      if (l.mark === 'step') {
        const d = run
          .map((p, k) => `${k === 0 ? `M${r2(p.x0)} ${r2(p.y)}` : `V${r2(p.y)}`}H${r2(p.x1)}`)
          .join('');
        parts.push(el('path', { d, ...lineAttrs(l.kind, color, sizes.stroke), ...lineData(l) }));
      } else if (run.length > 1) {
        const d = run.map((p, k) => `${k === 0 ? 'M' : 'L'}${r2(p.x)} ${r2(p.y)}`).join('');
        parts.push(el('path', { d, ...lineAttrs(l.kind, color, sizes.stroke), ...lineData(l) }));
      }
    }
  }
  for (const p of m.points) {
    parts.push(
      markerSvg(p.kind, p.cx, p.cy, p.r, colorOf(p.color, palette), palette, {
        class: 'chart-point',
        'data-kind': p.kind,
        'data-series': p.series,
        'data-category': p.category,
        ...tip(p.series, p.category),
      }),
    );
  }
  // A step has no marker per value: a transparent band over each step takes hover and focus.
  if (o.details) {
    for (const l of m.lines) {
      if (l.mark !== 'step') continue;
      const values = spec.series[l.series]!.values;
      let i = 0;
      for (const run of l.runs) {
        for (const p of run) {
          while (i < values.length && typeof values[i] !== 'number') i++;
          parts.push(
            el('rect', {
              x: p.x0,
              y: p.y - fs * 0.6,
              width: Math.max(1, p.x1 - p.x0),
              height: fs * 1.2,
              fill: 'transparent',
              class: 'chart-hit',
              'data-kind': l.kind,
              'data-series': l.series,
              'data-category': i,
              ...tip(l.series, i),
            }),
          );
          i++;
        }
      }
    }
  }
  for (const a of m.annotations) parts.push(annotationSvg(a, m, palette));
  for (const l of m.labels) parts.push(labelSvg(l, m, palette));
  for (const b of m.below) {
    const s = spec.series[b.series]!;
    const color = colorOf(s.color, palette);
    if (b.first && b.lead === 'swatch') {
      const sw = fs * 1.6;
      parts.push(
        glyphSvg(
          s.kind,
          s.mark,
          { x: b.leadX, y: b.y + (m.lineHeight - fs * 0.9) / 2, w: sw, h: fs * 0.9 },
          color,
          palette,
        ),
      );
    } else if (b.first) {
      parts.push(
        text(b.lead, b.leadX, b.y + baselineIn(m.lineHeight, fs), {
          fill: color,
          'font-weight': 'bold',
          class: 'chart-tag',
        }),
      );
    }
    parts.push(
      text(b.text, b.x, b.y + baselineIn(m.lineHeight, fs), {
        fill: b.lead === 'swatch' ? color : palette.text,
        class: 'chart-label-key',
      }),
    );
  }

  const axisY = plot.y + plot.h;
  parts.push(
    el('path', {
      d: `M${r2(plot.x)} ${r2(axisY)}H${r2(plot.x + plot.w)}`,
      stroke: palette.axis,
      'stroke-width': 1,
    }),
    el('path', {
      d: m.yearTicks.map((yr) => `M${r2(m.x(yr))} ${r2(axisY)}v${r2(fs * 0.3)}`).join(''),
      stroke: palette.axis,
      'stroke-width': 1,
    }),
  );
  for (const l of m.xLabels) {
    parts.push(
      text(l.label, l.x, axisY + fs * 1.55, {
        'text-anchor': 'middle',
        fill: palette.muted,
        class: 'chart-tick',
      }),
    );
  }

  for (const e of m.events) {
    const cy = e.box.y + e.box.h / 2;
    const stems = e.events
      .map((ev) => {
        const ex = m.x(ev.start);
        return `M${r2(e.box.x + e.box.w / 2)} ${r2(e.box.y + e.box.h)}L${r2(ex)} ${r2(plot.y)}v${r2(fs * 0.35)}`;
      })
      .join('');
    parts.push(
      el('path', { d: stems, stroke: palette.axis, 'stroke-width': 1, fill: 'none' }),
      el('rect', {
        x: e.box.x,
        y: e.box.y,
        width: e.box.w,
        height: e.box.h,
        rx: e.box.h / 2,
        fill: palette.background ?? 'none',
        stroke: palette.muted,
        'stroke-width': 1,
      }),
      text(e.label, e.box.x + e.box.w / 2, cy + fs * 0.8 * 0.36, {
        'text-anchor': 'middle',
        'font-size': r2(fs * 0.8),
        fill: palette.text,
        class: 'chart-event',
      }),
    );
  }

  const { dx, dy } = origin;
  const shift = dx === 0 && dy === 0 ? '' : ` transform="translate(${r2(dx)} ${r2(dy)})"`;
  return `<g class="chart-body" font-size="${r2(fs)}"${shift}>${parts.join('')}</g>`;
}

export interface RenderOptions {
  width: number;
  height: number;
  theme?: Theme;
  /** Prefix of every id in the output (title, desc); default spec.id. */
  idPrefix?: string;
  /** Axis and label text in px; default from the size. */
  fontSize?: number;
  /**
   * Tag colours with their roles (`withRoleClasses`) so the page's stylesheet can recolour the
   * chart for its own theme (dark mode); default false.
   */
  roleClasses?: boolean;
  /** 'below': series names in rows under the axis (phones); default beside the marks. */
  labels?: 'auto' | 'below';
  /** Give each mark a `data-tip` (period, value, whose statistics, note) for hover and focus. */
  details?: boolean;
}

/**
 * Font size of a chart body shown at its own size (a page, an embed): 13 px on a desktop
 * column, never below 11 px.
 *
 * @example bodyFontSize(1068, 460) // → 13
 */
export function bodyFontSize(width: number, height: number): number {
  return Math.round(Math.min(15, Math.max(11, Math.min(width / 80, height / 34))));
}

/**
 * The height at which a chart drawn with its series named under the axis (`labels: 'below'`,
 * phones) has a plot at least as tall as that key: `height` when it already has, else taller.
 *
 * @example heightForKey(tradeTrend, { width: 288, height: 380, fontSize: 14 }) // → 490 (a key of six targets)
 */
export function heightForKey(
  spec: ChartSpec,
  o: { width: number; height: number; fontSize: number },
): number {
  let height = o.height;
  // A taller drawing may lay its labels out another way (in full on the plot, or lettered), so
  // grow until the plot holds; four rounds settle every chart here.
  for (let round = 0; round < 4; round++) {
    const m = layoutBody(spec, { ...o, height, labels: 'below' });
    const ys = m.below.map((b) => b.y);
    const key = ys.length === 0 ? 0 : Math.max(...ys) + m.lineHeight - Math.min(...ys);
    if (m.plot.h >= key) return height;
    height = Math.ceil(height + key - m.plot.h);
  }
  return height;
}

export function checkSize(o: { width: number; height: number }): void {
  const { width, height } = o;
  if (!(Number.isFinite(width) && width > 0 && Number.isFinite(height) && height > 0)) {
    throw new RangeError('chart-render: width and height must be positive numbers');
  }
}

/**
 * The chart body of a spec as a standalone, deterministic `<svg role="img">` with `<title>`
 * (the spec's title) and `<desc>` (subtitle and a one-sentence summary); for pages and embeds,
 * which set the title, key and sources in HTML around it.
 *
 * @example renderChartSvg(spec, { width: 1068, height: 460 }) // → '<svg xmlns=… role="img" …>'
 */
export function renderChartSvg(spec: ChartSpec, o: RenderOptions): string {
  checkSize(o);
  const palette = paletteOf(o.theme);
  const fontSize = o.fontSize ?? bodyFontSize(o.width, o.height);
  const model = layoutBody(spec, {
    width: o.width,
    height: o.height,
    fontSize,
    ...(o.labels ? { labels: o.labels } : {}),
  });
  const prefix = safeId(o.idPrefix ?? spec.id);
  // Not `${prefix}-title`: pages tend to give the figure heading that id.
  const titleId = `${prefix}-chart-title`;
  const descId = `${prefix}-chart-desc`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}"` +
    ` role="img" aria-labelledby="${titleId} ${descId}" class="chart-render" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<title id="${titleId}">${escapeXml(spec.title)}</title>` +
    `<desc id="${descId}">${escapeXml(describe(spec))}</desc>` +
    (palette.background
      ? el('rect', { width: '100%', height: '100%', fill: palette.background })
      : '') +
    drawBody(spec, model, palette, undefined, { details: o.details ?? false }) +
    '</svg>';
  return o.roleClasses ? withRoleClasses(svg, palette) : svg;
}
