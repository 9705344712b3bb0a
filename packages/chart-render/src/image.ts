import { baselineIn, checkSize, drawBody } from './body';
import { describe } from './describe';
import { glyphSvg } from './encoding';
import { eventKeyText, numberEvents } from './events';
import { FONT_FAMILY } from './fonts';
import { kindKey } from './key';
import { layoutBody, type BodyModel } from './model';
import { paletteOf, type Palette, type Theme } from './palette';
import type { ChartSpec } from './spec';
import { el, escapeXml, r2, safeId } from './svg';
import { flowItems, measureText, wrapText } from './text';

export interface ImageOptions {
  width: number;
  height: number;
  theme?: Theme;
  idPrefix?: string;
  /**
   * The address of the chart's page, printed where something had to be shortened ("and 12 more —
   * {pageUrl}"); default "/charts/{id}".
   */
  pageUrl?: string;
}

/** A run of text at a position: what the image draws, and what tests check against the bounds. */
export interface PlacedText {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  bold?: boolean;
  role: 'title' | 'subtitle' | 'key' | 'event' | 'note' | 'source';
}

/**
 * Base text size of an export image: 22 px at 1920×1080, relatively larger on small images,
 * which are viewed scaled down (1200×630 → 15.5 px, 1080×1080 → 18 px).
 *
 * @example imageUnit(1920, 1080) // → 22
 */
export function imageUnit(width: number, height: number): number {
  const scale = Math.sqrt(width * height) / Math.sqrt(1920 * 1080);
  return Math.max(9, Math.round(22 * scale ** 0.7 * 2) / 2);
}

/**
 * A source line that fits `maxLines` lines: the whole line when it fits, else the first
 * publishers and "and N more — {url}". Credits are never cut inside.
 *
 * @example fitSourceLine('Sources: A; B; C', 12, 80, 1, 'x.org/c') // → "Sources: A and 2 more — x.org/c"
 */
export function fitSourceLine(
  line: string,
  size: number,
  maxWidth: number,
  maxLines: number,
  url: string,
): string {
  if (line.trim() === '' || wrapText(line, size, maxWidth).length <= maxLines) return line;
  const m = /^(Sources?): (.*)$/.exec(line);
  const label = m?.[1] ?? 'Sources';
  const credits = (m?.[2] ?? line).split('; ');
  for (let k = credits.length - 1; k >= 1; k--) {
    const candidate = `${label}: ${credits.slice(0, k).join('; ')} and ${credits.length - k} more — ${url}`;
    if (wrapText(candidate, size, maxWidth).length <= maxLines) return candidate;
  }
  return `${credits.length} sources — ${url}`;
}

interface Plan {
  u: number;
  texts: PlacedText[];
  keyGlyphs: { item: number; x: number; cy: number; size: number }[];
  eventBadges: { n: number; x: number; cy: number; size: number }[];
  body: { x: number; y: number; w: number; h: number; fontSize: number };
  /** The laid-out body (null when no room was left for one). */
  model: BodyModel | null;
}

/**
 * Lays out an export image: title, subtitle and kind key on top, the chart body, then the event
 * key, notes and source line. Text is measured and wrapped, never cut: when the body would get
 * less than 45% of the height (or its plot less than 60% of the body), the layout first folds the
 * notes into a pointer to the chart's page, then shrinks all text step by step, then shortens the
 * source line to its first publishers and the page address, then replaces the event key and the
 * key of lettered labels by pointers; the body gets what is left.
 */
export function planImage(spec: ChartSpec, o: ImageOptions): Plan {
  const W = o.width;
  const H = o.height;
  const url = o.pageUrl ?? `/charts/${spec.id}`;
  const key = kindKey(spec);
  const events = numberEvents(spec.events);

  const attempt = (
    scale: number,
    opts: {
      notes: 'all' | 'pointer';
      sources: 'full' | 'short';
      events: 'key' | 'pointer';
      bodyKey: 'full' | 'pointer';
    },
  ): Plan & { fits: boolean } => {
    const u = imageUnit(W, H) * scale;
    const padX = Math.round(imageUnit(W, H) * 1.6);
    const padY = Math.round(imageUnit(W, H) * 1.2);
    const cw = W - 2 * padX;
    const texts: PlacedText[] = [];
    const keyGlyphs: Plan['keyGlyphs'] = [];
    const eventBadges: Plan['eventBadges'] = [];

    const sizes = {
      title: u * 1.75,
      subtitle: u * 1.05,
      key: u * 0.9,
      event: u * 0.78,
      small: u * 0.72,
    };
    let y = padY;
    const block = (
      lines: string[],
      size: number,
      lhK: number,
      role: PlacedText['role'],
      bold = false,
    ) => {
      const lh = size * lhK;
      lines.forEach((t, i) => {
        texts.push({
          text: t,
          x: padX,
          y: y + i * lh + baselineIn(lh, size),
          size,
          bold,
          role,
        });
      });
      y += lines.length * lh;
    };

    block(wrapText(spec.title, sizes.title, cw, true), sizes.title, 1.2, 'title', true);
    if (spec.subtitle.trim()) {
      y += u * 0.15;
      block(wrapText(spec.subtitle, sizes.subtitle, cw), sizes.subtitle, 1.3, 'subtitle');
    }
    if (key.length > 0) {
      y += u * 0.45;
      const glyphW = sizes.key * 1.7;
      const lines = flowItems(
        key.map((k) => ({ text: k.text, leadW: glyphW + sizes.key * 0.4 })),
        sizes.key,
        cw,
        sizes.key * 1.4,
      );
      const lh = sizes.key * 1.45;
      lines.forEach((line, li) => {
        for (const seg of line) {
          const top = y + li * lh;
          texts.push({
            text: seg.text,
            x: padX + seg.x,
            y: top + baselineIn(lh, sizes.key),
            size: sizes.key,
            role: 'key',
          });
          if (seg.lead) {
            keyGlyphs.push({
              item: seg.item,
              x: padX + seg.x - glyphW - sizes.key * 0.4,
              cy: top + lh / 2,
              size: sizes.key,
            });
          }
        }
      });
      y += lines.length * lh;
    }
    y += u * 0.6;
    const bodyTop = y;

    // From the bottom up: source line, notes, event key.
    const bottomTexts: PlacedText[] = [];
    let b = H - padY;
    const bottomBlock = (lines: string[], size: number, lhK: number, role: PlacedText['role']) => {
      const lh = size * lhK;
      b -= lines.length * lh;
      lines.forEach((t, i) => {
        bottomTexts.push({ text: t, x: padX, y: b + i * lh + baselineIn(lh, size), size, role });
      });
    };
    const notes = [...spec.notes];
    let sourceLine = spec.sourceLine;
    if (opts.notes === 'pointer' && notes.length > 0) {
      sourceLine = `${sourceLine}${sourceLine ? '. ' : ''}Notes and data: ${url}`;
      notes.length = 0;
    }
    if (opts.events === 'pointer' && events.length > 0) {
      notes.unshift(
        `Events ${events.length === 1 ? '1' : `1–${events.length}`} marked above the chart are listed at ${url}`,
      );
    }
    const source =
      opts.sources === 'short' ? fitSourceLine(sourceLine, sizes.small, cw, 2, url) : sourceLine;
    if (spec.credit)
      bottomBlock(wrapText(spec.credit, sizes.small, cw), sizes.small, 1.35, 'source');
    if (source.trim()) bottomBlock(wrapText(source, sizes.small, cw), sizes.small, 1.35, 'source');
    if (notes.length > 0) {
      b -= u * 0.3;
      for (const n of [...notes].reverse()) {
        bottomBlock(wrapText(n, sizes.small, cw), sizes.small, 1.35, 'note');
      }
    }
    if (opts.events === 'key' && events.length > 0) {
      b -= u * 0.35;
      const badgeW = sizes.event * 1.6;
      const leadW = (n: number) =>
        Math.max(badgeW, measureText(String(n), sizes.event * 0.85) + sizes.event) +
        sizes.event * 0.35;
      const lines = flowItems(
        events.map((e) => ({ text: eventKeyText(e), leadW: leadW(e.n) })),
        sizes.event,
        cw,
        sizes.event * 1.6,
      );
      const lh = sizes.event * 1.45;
      b -= lines.length * lh;
      lines.forEach((line, li) => {
        for (const seg of line) {
          const top = b + li * lh;
          bottomTexts.push({
            text: seg.text,
            x: padX + seg.x,
            y: top + baselineIn(lh, sizes.event),
            size: sizes.event,
            role: 'event',
          });
          if (seg.lead) {
            const e = events[seg.item]!;
            eventBadges.push({
              n: e.n,
              x: padX + seg.x - leadW(e.n),
              cy: top + lh / 2,
              size: sizes.event,
            });
          }
        }
      });
    }
    b -= u * 0.5;
    texts.push(...bottomTexts);
    const bodyH = Math.max(0, Math.floor(b - bodyTop));
    const body = {
      x: padX,
      y: Math.round(bodyTop),
      w: cw,
      h: bodyH,
      fontSize: Math.max(9, u * 0.85),
    };
    const model =
      bodyH > 0
        ? layoutBody(spec, {
            width: body.w,
            height: body.h,
            fontSize: body.fontSize,
            keyPointer: opts.bodyKey === 'pointer' ? `described at ${url}` : undefined,
          })
        : null;
    return {
      u,
      texts,
      keyGlyphs,
      eventBadges,
      body,
      model,
      // The body keeps 45% of the image, and its plot most of the body.
      fits: bodyH >= H * 0.45 && model !== null && model.plot.h >= bodyH * 0.6,
    };
  };

  const steps: [number, Parameters<typeof attempt>[1]][] = [
    [1, { notes: 'all', sources: 'full', events: 'key', bodyKey: 'full' }],
    [1, { notes: 'pointer', sources: 'full', events: 'key', bodyKey: 'full' }],
    [0.92, { notes: 'pointer', sources: 'full', events: 'key', bodyKey: 'full' }],
    [0.85, { notes: 'pointer', sources: 'short', events: 'key', bodyKey: 'full' }],
    [0.78, { notes: 'pointer', sources: 'short', events: 'key', bodyKey: 'full' }],
    [0.78, { notes: 'pointer', sources: 'short', events: 'pointer', bodyKey: 'full' }],
    [0.78, { notes: 'pointer', sources: 'short', events: 'pointer', bodyKey: 'pointer' }],
  ];
  let plan: ReturnType<typeof attempt> | null = null;
  for (const [scale, opts] of steps) {
    plan = attempt(scale, opts);
    if (plan.fits) break;
  }
  return plan!;
}

function badgeSvg(n: number, x: number, cy: number, size: number, palette: Palette): string {
  const label = String(n);
  const h = size * 1.25;
  const w = Math.max(size * 1.6, measureText(label, size * 0.85) + size);
  return (
    el('rect', {
      x,
      y: cy - h / 2,
      width: w,
      height: h,
      rx: h / 2,
      fill: palette.background ?? 'none',
      stroke: palette.muted,
      'stroke-width': 1,
    }) +
    el(
      'text',
      {
        x: x + w / 2,
        y: cy + size * 0.85 * 0.36,
        'text-anchor': 'middle',
        'font-size': r2(size * 0.85),
        fill: palette.text,
      },
      escapeXml(label),
    )
  );
}

/**
 * A complete export image: title, subtitle, kind key, chart body, event key, notes and source
 * line on the theme's background, laid out by `planImage` so nothing is cut or overlaps.
 *
 * @example renderChartImage(spec, { width: 1200, height: 630 }) // → '<svg xmlns=… width="1200" …>'
 */
export function renderChartImage(spec: ChartSpec, o: ImageOptions): string {
  checkSize(o);
  const palette = paletteOf(o.theme);
  const prefix = safeId(o.idPrefix ?? spec.id);
  const plan = planImage(spec, o);
  const key = kindKey(spec);
  const parts: string[] = [];
  for (const t of plan.texts) {
    const fill =
      t.role === 'title' || t.role === 'event' || t.role === 'key' ? palette.text : palette.muted;
    parts.push(
      el(
        'text',
        {
          x: t.x,
          y: t.y,
          'font-size': r2(t.size),
          'font-weight': t.bold ? 'bold' : null,
          fill,
          class: `chart-${t.role}`,
        },
        escapeXml(t.text),
      ),
    );
  }
  for (const g of plan.keyGlyphs) {
    const k = key[g.item]!;
    const w = g.size * 1.7;
    const h = g.size * 0.95;
    parts.push(glyphSvg(k.kind, k.mark, { x: g.x, y: g.cy - h / 2, w, h }, palette.muted, palette));
  }
  for (const b of plan.eventBadges) parts.push(badgeSvg(b.n, b.x, b.cy, b.size, palette));
  if (plan.model)
    parts.push(drawBody(spec, plan.model, palette, { dx: plan.body.x, dy: plan.body.y }));
  const titleId = `${prefix}-image-title`;
  const descId = `${prefix}-image-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}"` +
    ` role="img" aria-labelledby="${titleId} ${descId}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<title id="${titleId}">${escapeXml(spec.title)}</title>` +
    `<desc id="${descId}">${escapeXml(describe(spec))}</desc>` +
    (palette.background
      ? el('rect', { width: '100%', height: '100%', fill: palette.background })
      : '') +
    parts.join('') +
    '</svg>'
  );
}
