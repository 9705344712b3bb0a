// @ts-check
'use strict';

/**
 * Server-side chart renderer: a ChartSpec → a standalone SVG (Recharts ComposedChart rendered with
 * react-dom/server), a complete export image SVG, and a PNG (resvg). Loaded unbundled by Node, so
 * it may use react-dom/server and Recharts 2 class components.
 */

/** @typedef {import('../../lib/charts/spec').ChartSpec} ChartSpec */
/** @typedef {import('../../lib/charts/spec').SeriesSpec} SeriesSpec */
/** @typedef {import('../../lib/charts/spec').ValueFormat} ValueFormat */
/** @typedef {import('../../lib/charts/spec').MarkKind} MarkKind */
/** @typedef {'light' | 'dark' | 'transparent'} Theme */
/** @typedef {{ width: number; height: number; theme?: Theme; idPrefix?: string }} RenderOptions */
/**
 * @typedef {object} Palette
 * @property {string | null} background null: no background rect.
 * @property {string} text
 * @property {string} muted
 * @property {string} grid
 * @property {string} axis
 * @property {string} reference
 * @property {string} hollow Fill of hollow (estimate, projection) marks.
 */

const fs = require('node:fs');
const { join } = require('node:path');
const { createElement: h } = require('react');
const { renderToStaticMarkup } = require('react-dom/server');
const recharts = require('recharts');
// Recharts 2's class typings widen defaultProps literals, which createElement rejects under checkJs.
/** @type {Record<'ComposedChart' | 'Bar' | 'Line' | 'XAxis' | 'YAxis' | 'CartesianGrid' | 'ReferenceLine', import('react').ComponentType<any>>} */
const { ComposedChart, Bar, Line, XAxis, YAxis, CartesianGrid, ReferenceLine } =
  /** @type {any} */ (recharts);
const { Resvg } = require('@resvg/resvg-js');

const FONT_FAMILY = "'DejaVu Sans', sans-serif";
// Subsets made by scripts/subset-fonts.sh: 10× smaller than the full TTFs, so resvg parses faster.
const FONT_REGULAR = join(__dirname, 'fonts', 'DejaVuSans-subset.ttf');
const FONT_BOLD = join(__dirname, 'fonts', 'DejaVuSans-Bold-subset.ttf');

/** @type {Record<Theme, Palette>} */
const PALETTES = {
  light: {
    background: '#ffffff',
    text: '#1f2933',
    muted: '#52606d',
    grid: '#e4e7eb',
    axis: '#9aa5b1',
    reference: '#7b8794',
    hollow: '#ffffff',
  },
  dark: {
    background: '#111827',
    text: '#e5e7eb',
    muted: '#9ca3af',
    grid: '#253041',
    axis: '#6b7280',
    reference: '#9ca3af',
    hollow: '#111827',
  },
  transparent: {
    background: null,
    text: '#1f2933',
    muted: '#52606d',
    grid: '#e4e7eb',
    axis: '#9aa5b1',
    reference: '#7b8794',
    hollow: 'none',
  },
};

const HALF_YEAR_OPACITY = 0.45;

/**
 * Escapes text for SVG/XML content and attribute values.
 * @param {string} text
 * @returns {string}
 */
function escapeXml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Reads advance widths (in em) per code point from a TrueType file's cmap (format 4) and hmtx.
 * @param {string} file
 * @returns {{ advances: Map<number, number>; fallback: number }}
 */
function readFontMetrics(file) {
  const buf = fs.readFileSync(file);
  /** @type {Record<string, number>} */
  const tables = {};
  const numTables = buf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    tables[buf.toString('latin1', rec, rec + 4)] = buf.readUInt32BE(rec + 8);
  }
  const head = tables.head;
  const hhea = tables.hhea;
  const hmtx = tables.hmtx;
  const cmap = tables.cmap;
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined) {
    throw new Error(`chart-render: ${file} lacks head/hhea/hmtx/cmap`);
  }
  const unitsPerEm = buf.readUInt16BE(head + 18);
  const numHMetrics = buf.readUInt16BE(hhea + 34);
  /** @param {number} glyph */
  const advanceOf = (glyph) =>
    buf.readUInt16BE(hmtx + 4 * Math.min(glyph, numHMetrics - 1)) / unitsPerEm;

  let sub = -1;
  const numSub = buf.readUInt16BE(cmap + 2);
  for (let i = 0; i < numSub; i++) {
    const platform = buf.readUInt16BE(cmap + 4 + 8 * i);
    const encoding = buf.readUInt16BE(cmap + 6 + 8 * i);
    const offset = cmap + buf.readUInt32BE(cmap + 8 + 8 * i);
    if (platform === 3 && encoding === 1 && buf.readUInt16BE(offset) === 4) sub = offset;
  }
  /** @type {Map<number, number>} */
  const advances = new Map();
  if (sub >= 0) {
    const segCount = buf.readUInt16BE(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + 2 * segCount + 2;
    const deltas = starts + 2 * segCount;
    const rangeOffsets = deltas + 2 * segCount;
    for (let s = 0; s < segCount; s++) {
      const end = buf.readUInt16BE(ends + 2 * s);
      const start = buf.readUInt16BE(starts + 2 * s);
      const delta = buf.readInt16BE(deltas + 2 * s);
      const rangeOffsetPos = rangeOffsets + 2 * s;
      const rangeOffset = buf.readUInt16BE(rangeOffsetPos);
      for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
        let glyph;
        if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
        else {
          const g = buf.readUInt16BE(rangeOffsetPos + rangeOffset + 2 * (cp - start));
          glyph = g === 0 ? 0 : (g + delta) & 0xffff;
        }
        if (glyph !== 0) advances.set(cp, advanceOf(glyph));
      }
    }
  }
  return { advances, fallback: advances.get(0x4d) ?? 0.7 };
}

/** @type {{ regular: ReturnType<typeof readFontMetrics>; bold: ReturnType<typeof readFontMetrics> } | null} */
let fontMetrics = null;

function loadFontMetrics() {
  fontMetrics ??= { regular: readFontMetrics(FONT_REGULAR), bold: readFontMetrics(FONT_BOLD) };
  return fontMetrics;
}

/**
 * Width in px of `text` set in DejaVu Sans at `size` px (kerning ignored, so a slight overestimate).
 * @param {string} text
 * @param {number} size
 * @param {boolean} [bold]
 * @returns {number}
 */
function measureText(text, size, bold = false) {
  const metrics = bold ? loadFontMetrics().bold : loadFontMetrics().regular;
  let em = 0;
  for (const ch of text)
    em += metrics.advances.get(/** @type {number} */ (ch.codePointAt(0))) ?? metrics.fallback;
  return em * size;
}

/**
 * Greedy word wrap to `maxWidth`, at most `maxLines` lines; the last kept line ends in "…" when
 * text was dropped. Words longer than a line are cut.
 * @param {string} text
 * @param {number} size
 * @param {number} maxWidth
 * @param {number} maxLines
 * @param {boolean} [bold]
 * @returns {string[]}
 */
function wrapText(text, size, maxWidth, maxLines, bold = false) {
  const words = text.split(/[ \t\r\n]+/).filter((w) => w !== '');
  /** @type {string[]} */
  const lines = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measureText(candidate, size, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
  }
  if (line !== '') lines.push(line);
  if (maxLines <= 0) return [];
  const kept = lines.slice(0, maxLines).map((l) => fitLine(l, size, maxWidth, bold, false));
  if (lines.length > maxLines) {
    const last = kept.length - 1;
    kept[last] = fitLine(/** @type {string} */ (kept[last]), size, maxWidth, bold, true);
  }
  return kept;
}

/**
 * Flows items left to right with `gap` px between them, wrapping inside and between items; past
 * `maxLines` the last kept segment ends in "…". Returns lines of positioned segments.
 * @param {string[]} items
 * @param {number} size
 * @param {number} maxWidth
 * @param {number} maxLines
 * @param {number} gap
 * @returns {{ x: number; text: string }[][]}
 */
function flowItems(items, size, maxWidth, maxLines, gap) {
  /** @type {{ x: number; text: string }[][]} */
  const lines = [];
  /** @type {{ x: number; text: string }[]} */
  let line = [];
  let end = 0;
  /** @param {string} word */
  const newLine = (word) => {
    if (line.length > 0) lines.push(line);
    const seg = { x: 0, text: word };
    line = [seg];
    end = measureText(word, size);
    return seg;
  };
  for (const item of items) {
    /** @type {{ x: number; text: string } | null} */
    let seg = null;
    for (const word of item.split(/[ \t\r\n]+/).filter((w) => w !== '')) {
      if (seg === null) {
        const x = line.length === 0 ? 0 : end + gap;
        if (line.length > 0 && x + measureText(word, size) > maxWidth) seg = newLine(word);
        else {
          seg = { x, text: word };
          line.push(seg);
          end = x + measureText(word, size);
        }
        continue;
      }
      const candidate = `${seg.text} ${word}`;
      if (seg.x + measureText(candidate, size) <= maxWidth) {
        seg.text = candidate;
        end = seg.x + measureText(candidate, size);
      } else seg = newLine(word);
    }
  }
  if (line.length > 0) lines.push(line);
  const kept = lines.slice(0, Math.max(0, maxLines));
  for (const l of kept) {
    for (const seg of l) seg.text = fitLine(seg.text, size, maxWidth - seg.x, false, false);
  }
  const lastLine = kept[kept.length - 1];
  const lastSeg = lastLine?.[lastLine.length - 1];
  if (lines.length > kept.length && lastSeg) {
    lastSeg.text = fitLine(lastSeg.text, size, maxWidth - lastSeg.x, false, true);
  }
  return kept;
}

/**
 * Cuts a line to fit `maxWidth`, appending "…" when cut or when `forceEllipsis`.
 * @param {string} line
 * @param {number} size
 * @param {number} maxWidth
 * @param {boolean} bold
 * @param {boolean} forceEllipsis
 * @returns {string}
 */
function fitLine(line, size, maxWidth, bold, forceEllipsis) {
  if (!forceEllipsis && measureText(line, size, bold) <= maxWidth) return line;
  const chars = Array.from(line);
  /** @param {string[]} cs */
  const cut = (cs) => `${cs.join('').replace(/[\s.,;:·–—-]+$/u, '')}…`;
  while (chars.length > 0 && measureText(cut(chars), size, bold) > maxWidth) chars.pop();
  return cut(chars);
}

/**
 * A number with at most `decimals` decimals, trailing zeros dropped, thousands separated.
 * @param {number} value non-negative
 * @param {number} decimals
 * @returns {string}
 */
function formatNumber(value, decimals) {
  const [int = '0', frac] = Number(value.toFixed(decimals)).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/**
 * Formats a value in the spec's unit: usd-bn 10 → "$10bn", pct 20 → "+20%", mt 5 → "5 Mt",
 * mt-per-year 10 → "10 Mt/yr". Negatives use a true minus sign; pct 0 → "0%".
 * @param {number} value
 * @param {ValueFormat} format
 * @param {number} [decimals] at most this many decimals (default 2)
 * @returns {string}
 */
function formatValue(value, format, decimals = 2) {
  const n = formatNumber(Math.abs(value), decimals);
  const isZero = n === '0';
  const minus = value < 0 && !isZero ? '−' : '';
  switch (format) {
    case 'usd-bn':
      return `${minus}$${n}bn`;
    case 'pct':
      return `${isZero ? '' : value < 0 ? '−' : '+'}${n}%`;
    case 'mt':
      return `${minus}${n} Mt`;
    case 'mt-per-year':
      return `${minus}${n} Mt/yr`;
    default:
      return `${minus}${n}`;
  }
}

/**
 * Evenly spaced "nice" ticks (steps of 1, 2, 2.5, 5 × 10^k) covering the values and zero.
 * @param {number[]} values
 * @returns {number[]}
 */
function niceTicks(values) {
  let min = Math.min(0, ...values);
  let max = Math.max(0, ...values);
  if (min === max) max = 1;
  const rough = (max - min) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough - 1e-12) ?? 10 * magnitude;
  min = Math.floor(min / step + 1e-9) * step;
  max = Math.ceil(max / step - 1e-9) * step;
  /** @type {number[]} */
  const ticks = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Number(t.toFixed(10)));
  return ticks;
}

/**
 * "1" → "①" … "10" → "⑩" (as far as DejaVu Sans has circled digits); other markers are kept.
 * @param {string} marker
 * @returns {string}
 */
function markerGlyph(marker) {
  const n = /^\d+$/.test(marker) ? Number(marker) : NaN;
  const cp = 0x2460 + n - 1;
  // DejaVu Sans stops at ⑩; a glyph it lacks would render as a blank box in the PNG.
  return n >= 1 && n <= 20 && loadFontMetrics().regular.advances.has(cp)
    ? String.fromCodePoint(cp)
    : marker;
}

/**
 * Makes a string safe inside an id and a url(#…) reference.
 * @param {string} id
 * @returns {string}
 */
function safeId(id) {
  return id.replace(/[^A-Za-z0-9_-]/g, '-');
}

/**
 * Diagonal hatch in the series colour, on a faint tint of it.
 * @param {string} id
 * @param {string} color
 * @param {number} spacing px between stripes
 * @returns {string}
 */
function hatchPattern(id, color, spacing) {
  const s = Math.max(4, Math.round(spacing));
  const stripe = Math.max(1.5, s * 0.35);
  const c = escapeXml(color);
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${s}" height="${s}" patternTransform="rotate(45)">` +
    `<rect width="${s}" height="${s}" fill="${c}" fill-opacity="0.12"/>` +
    `<rect width="${stripe}" height="${s}" fill="${c}"/></pattern>`
  );
}

/**
 * Bar fill/stroke attributes for a kind.
 * @param {MarkKind} kind
 * @param {string} color
 * @param {string} hatchId
 * @param {Palette} palette
 * @param {number} strokeWidth
 * @returns {{ fill: string; fillOpacity?: number; stroke?: string; strokeWidth?: number; strokeDasharray?: string }}
 */
function barStyle(kind, color, hatchId, palette, strokeWidth) {
  switch (kind) {
    case 'half-year':
      return { fill: color, fillOpacity: HALF_YEAR_OPACITY };
    case 'projection':
      return { fill: `url(#${hatchId})`, stroke: color, strokeWidth, strokeDasharray: '6 3' };
    case 'estimate':
      return { fill: palette.hollow, stroke: color, strokeWidth, strokeDasharray: '3 3' };
    default:
      return { fill: color };
  }
}

/**
 * Line stroke attributes for a kind (the line itself; markers are drawn by markerSvg).
 * @param {MarkKind} kind
 * @returns {{ strokeOpacity?: number; strokeDasharray?: string }}
 */
function lineStyle(kind) {
  if (kind === 'projection') return { strokeDasharray: '7 4' };
  if (kind === 'half-year') return { strokeOpacity: HALF_YEAR_OPACITY };
  return {};
}

/**
 * The point marker of a kind as an SVG string: filled circle (reported), translucent circle
 * (half-year), hollow diamond (projection), hollow circle (estimate).
 * @param {MarkKind} kind
 * @param {string} color
 * @param {number} cx
 * @param {number} cy
 * @param {number} r
 * @param {Palette} palette
 * @returns {string}
 */
function markerSvg(kind, color, cx, cy, r, palette) {
  const c = escapeXml(color);
  const sw = Math.max(2, r * 0.45);
  if (kind === 'projection') {
    const d = r * 1.35;
    return `<path d="M${cx},${cy - d}L${cx + d},${cy}L${cx},${cy + d}L${cx - d},${cy}Z" fill="${palette.hollow}" stroke="${c}" stroke-width="${sw}"/>`;
  }
  if (kind === 'estimate') {
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${palette.hollow}" stroke="${c}" stroke-width="${sw}"/>`;
  }
  const opacity = kind === 'half-year' ? ` fill-opacity="${HALF_YEAR_OPACITY}"` : '';
  return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${c}"${opacity} stroke="${c}" stroke-width="1.5"/>`;
}

/**
 * The same marker as a React element, for Recharts' `dot` render prop.
 * @param {MarkKind} kind
 * @param {string} color
 * @param {number} r
 * @param {Palette} palette
 * @returns {(props: any) => import('react').ReactElement | null}
 */
function dotRenderer(kind, color, r, palette) {
  const sw = Math.max(2, r * 0.45);
  return (props) => {
    const { cx, cy, index } = props;
    if (typeof cx !== 'number' || typeof cy !== 'number' || !Number.isFinite(cy)) return null;
    const key = `dot-${index}`;
    if (kind === 'projection') {
      const d = r * 1.35;
      return h('path', {
        key,
        className: 'recharts-dot chart-dot-projection',
        d: `M${cx},${cy - d}L${cx + d},${cy}L${cx},${cy + d}L${cx - d},${cy}Z`,
        fill: palette.hollow,
        stroke: color,
        strokeWidth: sw,
      });
    }
    if (kind === 'estimate') {
      return h('circle', {
        key,
        className: 'recharts-dot chart-dot-estimate',
        cx,
        cy,
        r,
        fill: palette.hollow,
        stroke: color,
        strokeWidth: sw,
      });
    }
    return h('circle', {
      key,
      className: `recharts-dot chart-dot-${kind}`,
      cx,
      cy,
      r,
      fill: color,
      fillOpacity: kind === 'half-year' ? HALF_YEAR_OPACITY : undefined,
      stroke: color,
      strokeWidth: 1.5,
    });
  };
}

/**
 * One sentence naming each series, its kind and mark, and its first and last values.
 * @param {ChartSpec} spec
 * @returns {string}
 */
function summarise(spec) {
  const { categories } = spec;
  if (spec.series.length === 0 || categories.length === 0) return 'The chart has no data.';
  const span =
    categories.length === 1
      ? categories[0]
      : `${categories[0]}–${categories[categories.length - 1]}`;
  const parts = spec.series.map((s) => {
    const present = categories.flatMap((c, i) => {
      const v = s.values[i];
      return typeof v === 'number' && Number.isFinite(v) ? [{ v, c, i }] : [];
    });
    const what = `${s.name}${s.statisticLabel ? `, ${s.statisticLabel}` : ''} (${s.kind} ${s.mark}s`;
    const first = present[0];
    const last = present[present.length - 1];
    if (first === undefined || last === undefined) return `${what}, no values)`;
    if (first === last) return `${what}, ${formatValue(first.v, spec.valueFormat)} in ${first.c})`;
    // Gaps between the first and last value are what a reader would otherwise read across.
    const gaps = categories.slice(first.i, last.i + 1).filter((_, k) => {
      const v = s.values[first.i + k];
      return !(typeof v === 'number' && Number.isFinite(v));
    });
    const gapText =
      gaps.length === 0
        ? ''
        : gaps.length <= 3
          ? `, no value for ${gaps.join(', ')}`
          : `, no value for ${gaps.length} periods`;
    return `${what}, ${formatValue(first.v, spec.valueFormat)} in ${first.c} to ${formatValue(last.v, spec.valueFormat)} in ${last.c}${gapText})`;
  });
  return `Shows ${span}: ${parts.join('; ')}.`;
}

/**
 * The `<desc>` text: the subtitle as a sentence, then the summary.
 * @param {ChartSpec} spec
 * @returns {string}
 */
function describe(spec) {
  const subtitle = spec.subtitle.trim();
  if (subtitle === '') return summarise(spec);
  return `${subtitle}${/[.!?…]$/.test(subtitle) ? '' : '.'} ${summarise(spec)}`;
}

/**
 * Font size for a chart body of this size when none is imposed.
 * @param {number} width
 * @param {number} height
 * @returns {number}
 */
function bodyFontSize(width, height) {
  return Math.round(Math.min(24, Math.max(11, Math.min(width / 56, height / 26))));
}

/**
 * @param {ChartSpec} spec
 * @param {{ width: number; height: number; prefix: string; palette: Palette; background: string | null; fontSize: number; position?: { x: number; y: number } }} o
 * @returns {string}
 */
function buildChartSvg(spec, o) {
  const { width, height, prefix, palette, fontSize: fs } = o;
  const rows = spec.categories.map((category, i) => {
    /** @type {Record<string, string | number | null>} */
    const row = { category };
    spec.series.forEach((s, j) => {
      const v = s.values[i];
      row[`s${j}`] = typeof v === 'number' && Number.isFinite(v) ? v : null;
    });
    return row;
  });
  const all = spec.series.flatMap((s) =>
    s.values.filter(
      /** @returns {v is number} */ (v) => typeof v === 'number' && Number.isFinite(v),
    ),
  );
  const ticks = niceTicks(all);
  const decimals = ticks.some((t) => !Number.isInteger(t)) ? 2 : 0;
  /** @param {number} v */
  const tickFormatter = (v) => formatValue(v, spec.valueFormat, decimals);
  const tickWidth = Math.max(...ticks.map((t) => measureText(tickFormatter(t), fs)));
  const hasYLabel = spec.yLabel.trim() !== '';
  const hasXLabel = spec.xLabel.trim() !== '';
  const yAxisWidth = Math.ceil(tickWidth + fs * 0.8 + (hasYLabel ? fs * 1.5 : 0));
  const xAxisHeight = Math.ceil(fs * 1.9 + (hasXLabel ? fs * 1.4 : 0));
  const margin = {
    top: Math.ceil(fs * (spec.annotations.length > 0 ? 1.9 : 0.8)),
    right: Math.ceil(fs * 1.2),
    bottom: 2,
    left: 2,
  };
  const plotWidth = Math.max(1, width - yAxisWidth - margin.left - margin.right);
  const band = plotWidth / Math.max(1, spec.categories.length);
  const widestCategory = Math.max(0, ...spec.categories.map((c) => measureText(c, fs)));
  // Recharts cannot measure text on the server, so thin the x ticks ourselves.
  const interval = Math.max(0, Math.ceil((widestCategory + fs) / band) - 1);
  const strokeWidth = Math.max(2, fs / 7);
  const dotRadius = Math.max(3.5, fs * 0.32);
  const tick = { fill: palette.text, fontSize: fs };

  /** @type {string[]} */
  const patterns = [];
  // Bar series that never share a category (reported years, a half-year) take one centred slot.
  const barSeries = spec.series.filter((s) => s.mark === 'bar');
  const barsDisjoint = spec.categories.every(
    (_, i) => barSeries.filter((s) => typeof s.values[i] === 'number').length <= 1,
  );
  const seriesElements = spec.series.map((s, j) => {
    const hatchId = `${prefix}-hatch-${j}`;
    if (s.kind === 'projection') patterns.push(hatchPattern(hatchId, s.color, fs * 0.55));
    const common = { key: `s${j}`, dataKey: `s${j}`, name: s.name, isAnimationActive: false };
    if (s.mark === 'bar') {
      return h(Bar, {
        ...common,
        ...barStyle(s.kind, s.color, hatchId, palette, strokeWidth),
        maxBarSize: Math.round(fs * 4),
        ...(barsDisjoint ? { stackId: 'bars' } : {}),
      });
    }
    return h(Line, {
      ...common,
      type: s.mark === 'step' ? 'stepAfter' : 'linear',
      stroke: s.mark === 'point' ? 'none' : s.color,
      strokeWidth: s.mark === 'point' ? 0 : strokeWidth,
      ...(s.mark === 'point' ? {} : lineStyle(s.kind)),
      connectNulls: s.connectGaps === true,
      dot: dotRenderer(s.kind, s.color, dotRadius, palette),
      activeDot: false,
    });
  });

  /** @type {Map<string, string[]>} */
  const markersByCategory = new Map();
  for (const a of spec.annotations) {
    if (!spec.categories.includes(a.category)) continue;
    markersByCategory.set(a.category, [
      ...(markersByCategory.get(a.category) ?? []),
      markerGlyph(a.marker),
    ]);
  }
  const references = [...markersByCategory].map(([category, markers]) =>
    h(ReferenceLine, {
      key: `ref-${category}`,
      x: category,
      stroke: palette.reference,
      strokeDasharray: '4 3',
      strokeWidth: 1.25,
      label: {
        value: markers.join(''),
        position: 'top',
        fill: palette.text,
        fontSize: Math.round(fs * 1.05),
      },
    }),
  );

  const chart = h(
    ComposedChart,
    { id: prefix, width, height, data: rows, margin, barGap: 2 },
    h(CartesianGrid, { vertical: false, stroke: palette.grid }),
    h(XAxis, {
      dataKey: 'category',
      type: 'category',
      interval,
      height: xAxisHeight,
      tick,
      tickMargin: Math.round(fs * 0.3),
      stroke: palette.axis,
      ...(hasXLabel
        ? {
            label: {
              value: spec.xLabel,
              position: 'insideBottom',
              offset: 0,
              fill: palette.muted,
              fontSize: fs,
            },
          }
        : {}),
    }),
    h(YAxis, {
      type: 'number',
      domain: [ticks[0], ticks[ticks.length - 1]],
      ticks,
      interval: 0,
      width: yAxisWidth,
      tick,
      tickFormatter,
      tickLine: false,
      axisLine: false,
      stroke: palette.axis,
      ...(hasYLabel
        ? {
            label: {
              value: spec.yLabel,
              angle: -90,
              position: 'insideLeft',
              offset: Math.round(fs * 0.6),
              fill: palette.muted,
              fontSize: fs,
              style: { textAnchor: 'middle' },
            },
          }
        : {}),
    }),
    // Annotation lines go first so bars and markers are drawn over them.
    ...references,
    ...seriesElements,
  );

  const html = renderToStaticMarkup(chart);
  const open = html.indexOf('<svg');
  const close = html.lastIndexOf('</svg>');
  if (open < 0 || close < 0) throw new Error('chart-render: Recharts produced no <svg>');
  // Recharts emits empty <title>/<desc>; ours carry the text and the ids aria-labelledby names.
  const inner = html
    .slice(html.indexOf('>', open) + 1, close)
    .replace(/^<title><\/title>/, '')
    .replace(/^<desc><\/desc>/, '');

  // Not `${prefix}-title`: pages tend to give the figure heading that id.
  const titleId = `${prefix}-chart-title`;
  const descId = `${prefix}-chart-desc`;
  const desc = describe(spec);
  const position = o.position ? ` x="${o.position.x}" y="${o.position.y}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${position} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` role="img" aria-labelledby="${titleId} ${descId}" class="chart-render" font-family="${FONT_FAMILY}">` +
    `<title id="${titleId}">${escapeXml(spec.title)}</title>` +
    `<desc id="${descId}">${escapeXml(desc)}</desc>` +
    (patterns.length > 0 ? `<defs>${patterns.join('')}</defs>` : '') +
    (o.background ? `<rect width="100%" height="100%" fill="${o.background}"/>` : '') +
    inner +
    '</svg>'
  );
}

/**
 * @param {RenderOptions} options
 */
function checkOptions(options) {
  const { width, height } = options ?? {};
  if (!(Number.isFinite(width) && width > 0 && Number.isFinite(height) && height > 0)) {
    throw new RangeError('chart-render: width and height must be positive numbers');
  }
  const theme = options.theme ?? 'light';
  const palette = PALETTES[theme];
  if (palette === undefined) throw new RangeError(`chart-render: unknown theme ${theme}`);
  return { width, height, palette };
}

/**
 * Renders the chart body of a spec as a standalone, deterministic `<svg>` (no wrapper `<div>`,
 * no scripts), with `<title>` = spec.title and `<desc>` = subtitle + a one-sentence summary.
 * Ids (clip path, hatch patterns, title/desc) start with `idPrefix ?? spec.id`, so several
 * charts can be inlined in one page; pass distinct idPrefix values for the same spec twice.
 *
 * Example: `renderChartSvg(spec, { width: 720, height: 360 })` → `'<svg xmlns=… role="img" …>'`.
 * @param {ChartSpec} spec
 * @param {RenderOptions} options
 * @returns {string}
 */
function renderChartSvg(spec, options) {
  const { width, height, palette } = checkOptions(options);
  return buildChartSvg(spec, {
    width,
    height,
    prefix: safeId(options.idPrefix ?? spec.id),
    palette,
    background: palette.background,
    fontSize: bodyFontSize(width, height),
  });
}

/**
 * `<text>` lines at a given left x and first-baseline y.
 * @param {string[]} lines
 * @param {number} x
 * @param {number} y first baseline
 * @param {number} lineHeight
 * @param {string} attrs extra attributes (font-size, fill, …)
 * @returns {string}
 */
function textLines(lines, x, y, lineHeight, attrs) {
  return lines
    .map(
      (line, i) =>
        `<text x="${r2(x)}" y="${r2(y + i * lineHeight)}" ${attrs}>${escapeXml(line)}</text>`,
    )
    .join('');
}

/** @param {number} n */
function r2(n) {
  return Math.round(n * 100) / 100;
}

/**
 * A legend swatch for a series, drawn with the kind encoding of its mark.
 * @param {SeriesSpec} s
 * @param {number} x left
 * @param {number} cy vertical centre
 * @param {number} w swatch width
 * @param {number} hgt swatch height
 * @param {string} hatchId
 * @param {Palette} palette
 * @param {number} u base font size
 * @returns {string}
 */
function swatchSvg(s, x, cy, w, hgt, hatchId, palette, u) {
  const c = escapeXml(s.color);
  const sw = Math.max(2, u / 8);
  const r = Math.max(3.5, u * 0.32);
  if (s.mark === 'bar') {
    const st = barStyle(s.kind, s.color, hatchId, palette, sw);
    const attrs = [
      `fill="${escapeXml(st.fill)}"`,
      st.fillOpacity !== undefined ? `fill-opacity="${st.fillOpacity}"` : '',
      st.stroke ? `stroke="${c}" stroke-width="${st.strokeWidth}"` : '',
      st.strokeDasharray ? `stroke-dasharray="${st.strokeDasharray}"` : '',
    ]
      .filter((a) => a !== '')
      .join(' ');
    const inset = st.stroke ? sw / 2 : 0;
    return `<rect x="${r2(x + inset)}" y="${r2(cy - hgt / 2 + inset)}" width="${r2(w - 2 * inset)}" height="${r2(hgt - 2 * inset)}" ${attrs}/>`;
  }
  const marker = markerSvg(s.kind, s.color, r2(x + w / 2), r2(cy), r2(r), palette);
  if (s.mark === 'point') return marker;
  const ls = lineStyle(s.kind);
  const lineAttrs = [
    ls.strokeDasharray ? `stroke-dasharray="${ls.strokeDasharray}"` : '',
    ls.strokeOpacity !== undefined ? `stroke-opacity="${ls.strokeOpacity}"` : '',
  ].join(' ');
  const path =
    s.mark === 'step'
      ? `M${r2(x)},${r2(cy + hgt / 3)}H${r2(x + w / 2)}V${r2(cy - hgt / 3)}H${r2(x + w)}`
      : `M${r2(x)},${r2(cy)}H${r2(x + w)}`;
  return `<path d="${path}" fill="none" stroke="${c}" stroke-width="${r2(sw)}" ${lineAttrs}/>${marker}`;
}

/**
 * Base font size of an export image: ~22px at 1920×1080, relatively larger on small images,
 * which are viewed scaled down (1200×630 → ~15.5px, 1080×1080 → ~18px).
 * @param {number} width
 * @param {number} height
 * @returns {number}
 */
function imageUnit(width, height) {
  const scale = Math.sqrt(width * height) / Math.sqrt(1920 * 1080);
  return Math.max(9, Math.round(22 * scale ** 0.7 * 2) / 2);
}

/**
 * Renders a complete export image: title, subtitle, legend, chart body (a nested `<svg>`),
 * annotation key, notes and source line, on the theme background. Font sizes scale with the
 * image, so 1920×1080, 1200×630 and 1080×1080 are all balanced; long text is wrapped and, past a
 * few lines, truncated with "…".
 *
 * Example: `renderChartImage(spec, { width: 1200, height: 630 })` → `'<svg xmlns=… width="1200" …>'`.
 * @param {ChartSpec} spec
 * @param {RenderOptions} options
 * @returns {string}
 */
function renderChartImage(spec, options) {
  const { width: W, height: H, palette } = checkOptions(options);
  const prefix = safeId(options.idPrefix ?? spec.id);
  const u = imageUnit(W, H);
  const padX = Math.round(u * 2);
  const padY = Math.round(u * 1.5);
  const contentWidth = W - 2 * padX;

  const titleSize = u * 2;
  const subtitleSize = u * 1.15;
  const legendSize = u;
  const smallSize = u * 0.8;
  const annotationSize = u * 0.85;

  // The spec's text is the whole key line, markers included (the page prints the same line).
  const annotationItems = spec.annotations.map((a) => a.text.trim());

  // Legend items: swatch, name, statistic label; laid out in rows.
  const swatchW = u * 1.8;
  const swatchH = u * 0.95;
  const itemGap = u * 1.6;
  /** @param {SeriesSpec} s */
  const legendLabel = (s) => (s.statisticLabel ? `\u00a0· ${s.statisticLabel}` : '');
  const legendItems = spec.series.map((s, j) => {
    const maxText = contentWidth - swatchW - u * 0.5;
    const name = fitLine(s.name, legendSize, maxText, false, false);
    const label = fitLine(
      legendLabel(s),
      legendSize,
      Math.max(u * 3, maxText - measureText(name, legendSize)),
      false,
      false,
    );
    const textWidth = measureText(name, legendSize) + (label ? measureText(label, legendSize) : 0);
    return {
      s,
      j,
      name,
      label: s.statisticLabel ? label : '',
      width: swatchW + u * 0.5 + textWidth,
    };
  });
  /** @type {(typeof legendItems)[]} */
  const legendRows = [];
  for (const item of legendItems) {
    const row = legendRows[legendRows.length - 1];
    const used = row ? row.reduce((sum, it) => sum + it.width + itemGap, 0) : Infinity;
    if (row && used + item.width <= contentWidth) row.push(item);
    else legendRows.push([item]);
  }
  const legendRowHeight = u * 1.6;

  // Shrink the text blocks until the chart body keeps at least ~42% of the height.
  const budgets = [
    { title: 2, subtitle: 2, annotations: 3, notes: 3, source: 2 },
    { title: 2, subtitle: 2, annotations: 2, notes: 2, source: 2 },
    { title: 2, subtitle: 1, annotations: 2, notes: 1, source: 1 },
    { title: 1, subtitle: 1, annotations: 1, notes: 1, source: 1 },
    { title: 1, subtitle: 1, annotations: 1, notes: 0, source: 1 },
  ];
  /** @type {ReturnType<typeof layout> | undefined} */
  let plan;
  for (const budget of budgets) {
    plan = layout(budget);
    if (plan.chartHeight >= H * 0.42) break;
  }
  const p = /** @type {ReturnType<typeof layout>} */ (plan);

  /** @param {{ title: number; subtitle: number; annotations: number; notes: number; source: number }} b */
  function layout(b) {
    const title = spec.title.trim()
      ? wrapText(spec.title, titleSize, contentWidth, b.title, true)
      : [];
    const subtitle = spec.subtitle.trim()
      ? wrapText(spec.subtitle, subtitleSize, contentWidth, b.subtitle)
      : [];
    const annotations =
      annotationItems.length > 0
        ? flowItems(annotationItems, annotationSize, contentWidth, b.annotations, u * 1.5)
        : [];
    /** @type {string[]} */
    const notes = [];
    for (const note of spec.notes) {
      const left = b.notes - notes.length;
      if (left <= 0) break;
      notes.push(...wrapText(note, smallSize, contentWidth, left));
    }
    if (b.notes > 0 && notes.length === b.notes && spec.notes.length > 0) {
      const all = spec.notes.flatMap((n) => wrapText(n, smallSize, contentWidth, 99));
      if (all.length > notes.length) {
        const last = notes.length - 1;
        notes[last] = fitLine(
          /** @type {string} */ (notes[last]),
          smallSize,
          contentWidth,
          false,
          true,
        );
      }
    }
    const source = spec.sourceLine.trim()
      ? wrapText(spec.sourceLine, smallSize, contentWidth, b.source)
      : [];

    let y = padY;
    const titleY = y + titleSize * 0.93;
    y += title.length * titleSize * 1.2;
    if (title.length > 0 && subtitle.length > 0) y += u * 0.3;
    const subtitleY = y + subtitleSize * 0.93;
    y += subtitle.length * subtitleSize * 1.35;
    if (title.length + subtitle.length > 0) y += u * 0.8;
    const legendY = y;
    y += legendRows.length * legendRowHeight;
    if (legendRows.length > 0) y += u * 0.4;
    const chartY = y;

    let bottom = H - padY;
    const sourceY = bottom - (source.length - 1) * smallSize * 1.35 - smallSize * 0.25;
    bottom -= source.length * smallSize * 1.35;
    if (source.length > 0) bottom -= u * 0.5;
    const notesY = bottom - (notes.length - 1) * smallSize * 1.35 - smallSize * 0.25;
    bottom -= notes.length * smallSize * 1.35;
    if (notes.length > 0) bottom -= u * 0.35;
    const annotationsY =
      bottom - (annotations.length - 1) * annotationSize * 1.4 - annotationSize * 0.25;
    bottom -= annotations.length * annotationSize * 1.4;
    if (annotations.length > 0) bottom -= u * 0.6;
    const chartHeight = Math.max(0, Math.floor(bottom - chartY));
    return {
      title,
      subtitle,
      annotations,
      notes,
      source,
      titleY,
      subtitleY,
      legendY,
      chartY,
      chartHeight,
      sourceY,
      notesY,
      annotationsY,
    };
  }

  /** @type {string[]} */
  const defs = [];
  /** @type {string[]} */
  const legend = [];
  legendRows.forEach((row, ri) => {
    let x = padX;
    const cy = p.legendY + ri * legendRowHeight + legendRowHeight / 2;
    for (const item of row) {
      const hatchId = `${prefix}-key-hatch-${item.j}`;
      if (item.s.kind === 'projection') defs.push(hatchPattern(hatchId, item.s.color, u * 0.5));
      legend.push(swatchSvg(item.s, x, cy, swatchW, swatchH, hatchId, palette, u));
      const tx = x + swatchW + u * 0.5;
      const baseline = cy + legendSize * 0.36;
      const label = item.label
        ? `<tspan fill="${palette.muted}">${escapeXml(item.label)}</tspan>`
        : '';
      legend.push(
        `<text x="${r2(tx)}" y="${r2(baseline)}" font-size="${legendSize}" fill="${palette.text}">${escapeXml(item.name)}${label}</text>`,
      );
      x += item.width + itemGap;
    }
  });

  const body =
    p.chartHeight > 0
      ? buildChartSvg(spec, {
          width: contentWidth,
          height: p.chartHeight,
          prefix: `${prefix}-body`,
          palette,
          background: null,
          fontSize: Math.round(u * 0.9),
          position: { x: padX, y: Math.round(p.chartY) },
        })
      : '';

  const titleId = `${prefix}-image-title`;
  const descId = `${prefix}-image-desc`;
  const desc = describe(spec);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"`,
    ` role="img" aria-labelledby="${titleId} ${descId}" font-family="${FONT_FAMILY}">`,
    `<title id="${titleId}">${escapeXml(spec.title)}</title>`,
    `<desc id="${descId}">${escapeXml(desc)}</desc>`,
    defs.length > 0 ? `<defs>${defs.join('')}</defs>` : '',
    palette.background ? `<rect width="100%" height="100%" fill="${palette.background}"/>` : '',
    textLines(
      p.title,
      padX,
      p.titleY,
      titleSize * 1.2,
      `font-size="${r2(titleSize)}" font-weight="bold" fill="${palette.text}"`,
    ),
    textLines(
      p.subtitle,
      padX,
      p.subtitleY,
      subtitleSize * 1.35,
      `font-size="${r2(subtitleSize)}" fill="${palette.muted}"`,
    ),
    `<g class="chart-legend">${legend.join('')}</g>`,
    body,
    `<g class="chart-annotations" font-size="${r2(annotationSize)}" fill="${palette.text}">`,
    p.annotations
      .flatMap((segments, i) =>
        segments.map(
          (seg) =>
            `<text x="${r2(padX + seg.x)}" y="${r2(p.annotationsY + i * annotationSize * 1.4)}">${escapeXml(seg.text)}</text>`,
        ),
      )
      .join(''),
    '</g>',
    textLines(
      p.notes,
      padX,
      p.notesY,
      smallSize * 1.35,
      `font-size="${r2(smallSize)}" fill="${palette.muted}" class="chart-notes"`,
    ),
    textLines(
      p.source,
      padX,
      p.sourceY,
      smallSize * 1.35,
      `font-size="${r2(smallSize)}" fill="${palette.muted}" class="chart-source"`,
    ),
    '</svg>',
  ].join('');
}

/** @type {import('@resvg/resvg-js').ResvgRenderOptions} */
const RESVG_OPTIONS = {
  font: {
    loadSystemFonts: false,
    fontFiles: [FONT_REGULAR, FONT_BOLD],
    defaultFontFamily: 'DejaVu Sans',
    sansSerifFamily: 'DejaVu Sans',
  },
};
/** @type {Map<number, import('@resvg/resvg-js').ResvgRenderOptions>} */
const scaledOptions = new Map([[1, RESVG_OPTIONS]]);

/**
 * Rasterises an SVG (e.g. from renderChartImage) to PNG with resvg and the bundled DejaVu fonts
 * only, so output does not depend on the host's fonts. `scale` multiplies both dimensions.
 *
 * Example: `renderPng(renderChartImage(spec, { width: 1200, height: 630 }), { scale: 2 })` →
 * a 2400×1260 PNG Buffer.
 * @param {string} svg
 * @param {{ scale?: number }} [options]
 * @returns {Buffer}
 */
function renderPng(svg, options = {}) {
  const scale = options.scale ?? 1;
  if (!(Number.isFinite(scale) && scale > 0)) {
    throw new RangeError('chart-render: scale must be a positive number');
  }
  let resvgOptions = scaledOptions.get(scale);
  if (resvgOptions === undefined) {
    resvgOptions = { ...RESVG_OPTIONS, fitTo: { mode: 'zoom', value: scale } };
    // Scales may come from a query string; keep the cache small.
    if (scaledOptions.size < 8) scaledOptions.set(scale, resvgOptions);
  }
  return new Resvg(svg, resvgOptions).render().asPng();
}

module.exports = {
  renderChartSvg,
  renderChartImage,
  renderPng,
  formatValue,
  escapeXml,
  measureText,
  FONT_FILES: [FONT_REGULAR, FONT_BOLD],
};
