import { measureText } from 'chart-render';

/** One drawn text of an SVG, with the box it covers (baseline − ascent to baseline + descent). */
export interface DrawnText {
  text: string;
  /** The whole `<text>` element's text, its lines joined by a space (one label, one string). */
  whole: string;
  /** Index of the `<text>` element in the SVG; the lines of one label share it. */
  element: number;
  className: string;
  x: number;
  y: number;
  size: number;
  box: { x: number; y: number; w: number; h: number };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : (ENTITIES[e] ?? whole),
  );
}

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
}

/**
 * Every `<text>` an SVG draws, with its position after the `translate` of enclosing groups and the
 * font size it inherits, and its box measured in the bundled font (DejaVu Sans: ascent 0.93 em,
 * descent 0.24 em). For tests: "is any text cut, outside the image, or on top of another?"
 *
 * @example drawnTexts('<svg font-size="10"><text x="5" y="20">Hi</text></svg>')[0].box.y // → 10.7
 */
export function drawnTexts(svg: string): DrawnText[] {
  const out: DrawnText[] = [];
  let element = -1;
  const stack: { size: number; dx: number; dy: number; bold: boolean }[] = [
    { size: 16, dx: 0, dy: 0, bold: false },
  ];
  const re = /<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>|([^<]+)/g;
  let current: {
    attrs: string;
    ctx: (typeof stack)[number];
    runs: { attrs: string; text: string }[];
  } | null = null;
  for (const m of svg.matchAll(re)) {
    const [, close, name, attrs = '', selfClose, content] = m;
    if (content !== undefined) {
      const run = current?.runs.at(-1);
      if (run) run.text += content;
      continue;
    }
    const top = stack[stack.length - 1]!;
    if (name === 'text' && !close) {
      current = { attrs, ctx: top, runs: [{ attrs: '', text: '' }] };
      continue;
    }
    if (name === 'tspan' && current) {
      current.runs.push({ attrs: close ? '' : attrs, text: '' });
      continue;
    }
    if (name === 'text' && close && current) {
      const a = current.attrs;
      const size = Number(attr(a, 'font-size') ?? current.ctx.size);
      const bold = (attr(a, 'font-weight') ?? (current.ctx.bold ? 'bold' : '')) === 'bold';
      const anchor = attr(a, 'text-anchor') ?? 'start';
      const runs = current.runs
        .map((r) => ({ ...r, text: decode(r.text) }))
        .filter((r) => r.text.trim() !== '');
      const whole = runs.map((r) => r.text).join(' ');
      element++;
      for (const r of runs) {
        const x = Number(attr(r.attrs, 'x') ?? attr(a, 'x') ?? 0) + current.ctx.dx;
        const y = Number(attr(r.attrs, 'y') ?? attr(a, 'y') ?? 0) + current.ctx.dy;
        const w = measureText(r.text, size, bold);
        const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
        out.push({
          text: r.text,
          whole,
          element,
          className: attr(a, 'class') ?? '',
          x,
          y,
          size,
          box: { x: left, y: y - size * 0.93, w, h: size * 1.17 },
        });
      }
      current = null;
      continue;
    }
    if (name === 'g' || name === 'svg') {
      if (close) {
        if (stack.length > 1) stack.pop();
        continue;
      }
      const t = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(attr(attrs, 'transform') ?? '');
      const fs = attr(attrs, 'font-size');
      const next = {
        size: fs ? Number(fs) : top.size,
        dx: top.dx + (t ? Number(t[1]) : 0),
        dy: top.dy + (t ? Number(t[2]) : 0),
        bold: top.bold || attr(attrs, 'font-weight') === 'bold',
      };
      if (!selfClose) stack.push(next);
    }
  }
  return out;
}
