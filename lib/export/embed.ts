import {
  eventKeyText,
  heightForKey,
  keyGlyphSvg,
  kindKey,
  measureText,
  numberEvents,
  wrapText,
  type ChartSpec,
} from 'chart-render';
import { EMBED_HEIGHT_SCRIPT } from './embed-height';
import { escapeHtml } from './embed-snippet';

export { EMBED_HEIGHT, autoHeightSnippet, embedSnippet, escapeHtml } from './embed-snippet';

/**
 * The embed draws its chart once per frame-width band and CSS shows the one for the frame (the
 * server cannot know the width). Each is drawn at the narrowest column of its band (frame
 * less 24 px padding) with 14 px text, so even event badges (0.8 em) are at least 11.2 CSS px
 * across the band; the narrowest names its series under the plot.
 */
export const EMBED_VARIANTS = [
  { band: 's', minFrame: 0, width: 296, height: 380, fontSize: 14, labels: 'below' },
  // Each band's drawing is the width of its narrowest frame's column (frame − 24 px), so it is
  // never scaled down (its smallest text stays ≥ 11 px) and at most 1.4× up: one drawing for
  // 480–799 px scaled up to 1.7× wrote its key bigger than the embed's title.
  { band: 'm', minFrame: 480, width: 456, height: 400, fontSize: 14, labels: 'auto' },
  { band: 'l', minFrame: 600, width: 576, height: 420, fontSize: 14, labels: 'auto' },
  { band: 'xl', minFrame: 800, width: 776, height: 420, fontSize: 14, labels: 'auto' },
  { band: 'xxl', minFrame: 1100, width: 1076, height: 480, fontSize: 14, labels: 'auto' },
] as const;

export type EmbedVariant = (typeof EMBED_VARIANTS)[number];

/**
 * The drawing's height in a band: its own, or taller where the key under the axis (narrow band)
 * would outgrow the plot.
 *
 * @example embedChartHeight(tradeTrend, EMBED_VARIANTS[2]) // → 420
 */
export function embedChartHeight(spec: ChartSpec, v: EmbedVariant): number {
  return v.labels === 'below' ? heightForKey(spec, v) : v.height;
}

/** The frame widths the suggested height is worked out for (a phone, a column, a full page). */
export const EMBED_CHECK_WIDTHS = [320, 600, 1000] as const;

/** The embed's body padding in px, each side: 8 top and bottom, 12 left and right. */
const PAD = { x: 12, y: 8 };
/** Line height of the embed's text, in ems (CSS line-height 1.4). */
const LH = 1.4;
const REM = 16;

/** Height in px of `text` wrapped at `size` px in `width` px, CSS line-height 1.4. */
function blockHeight(text: string, size: number, width: number, bold = false): number {
  if (text.trim() === '') return 0;
  return wrapText(text, size, width, bold).length * size * LH;
}

/**
 * The height in px of the embed document in a frame `frameWidth` px wide, worked out from the
 * same text measurements as the charts (DejaVu Sans metrics): title, subtitle, kind key, the
 * band's chart drawing at the column width, the event key and the source line, with 10% and
 * 48 px to spare for a host whose fallback font is wider.
 *
 * @example embedHeightAt(tradeTrend, 1000) // → 940 (and 930 at 600 px, 1320 at 320 px)
 */
export function embedHeightAt(spec: ChartSpec, frameWidth: number): number {
  const w = frameWidth - 2 * PAD.x;
  const v = [...EMBED_VARIANTS].reverse().find((x) => frameWidth >= x.minFrame)!;
  const small = 0.75 * REM;
  const tiny = 0.72 * REM;
  let h = 2 * PAD.y;
  h += blockHeight(spec.title, 1.1 * REM, w, true);
  h += 0.6 * REM + blockHeight(spec.subtitle, 0.8 * REM, w);
  const key = kindKey(spec);
  if (key.length > 0) {
    // Flex rows of glyph (24 px + .3rem) and text, 1rem apart; an item wider than the column
    // wraps its text on rows of its own.
    const lead = 24 + 0.3 * REM;
    let rows = 1;
    let x = 0;
    for (const k of key) {
      const item = lead + measureText(k.text, small);
      if (x > 0 && x + REM + item > w) {
        rows++;
        x = 0;
      }
      if (item > w) {
        rows += wrapText(k.text, small, w - lead).length - 1;
        x = w;
      } else x += (x > 0 ? REM : 0) + item;
    }
    h += 0.6 * REM + rows * small * LH + (rows - 1) * 0.15 * REM;
  }
  h += (embedChartHeight(spec, v) * w) / v.width;
  const events = numberEvents(spec.events);
  if (events.length > 0) {
    h += 0.3 * REM;
    for (const e of events) h += blockHeight(eventKeyText(e), tiny, w - 2.2 * tiny - 0.3 * REM);
  }
  const source = `${spec.sourceLine ? `${spec.sourceLine}. ` : ''}Data, sources and downloads`;
  h += 0.3 * REM + blockHeight(source, tiny, w);
  return Math.ceil((h * 1.1 + 48) / 10) * 10;
}

/**
 * The iframe height the embed code suggests: the tallest of the embed at 320, 600 and 1000 px
 * (the narrow frame, as text wraps more), so nothing is cut at any of them; wider frames leave
 * some space under the source line.
 *
 * @example embedHeight(tradeTrend) // → 1320, its height at 320 px
 */
export function embedHeight(spec: ChartSpec): number {
  return Math.max(...EMBED_CHECK_WIDTHS.map((w) => embedHeightAt(spec, w)));
}

const CSS = [
  "html{font-family:'DejaVu Sans',Verdana,system-ui,sans-serif;color:#1f2933;background:#fff;line-height:1.4;-webkit-text-size-adjust:100%}",
  'body{margin:0;padding:8px 12px}',
  'figure{margin:0}',
  'h1{font-size:1.1rem;margin:0}',
  'p{margin:.2rem 0 .4rem;color:#52606d;font-size:.8rem}',
  'ul{display:flex;flex-wrap:wrap;gap:.15rem 1rem;list-style:none;padding:0;margin:.3rem 0;font-size:.75rem}',
  'ul svg{display:inline;width:auto;vertical-align:-2px;margin-right:.3rem}',
  'b{display:inline-block;min-width:1.5em;padding:0 .3em;margin-right:.3rem;border:1px solid #52606d;border-radius:1em;font-weight:normal;font-size:.9em;text-align:center}',
  'svg{display:block;width:100%;height:auto}',
  '.v{display:none}',
  ...EMBED_VARIANTS.map((v, k) => {
    const next = EMBED_VARIANTS[k + 1];
    const q = [
      v.minFrame > 0 ? `(min-width:${v.minFrame}px)` : '',
      next ? `(max-width:${next.minFrame - 0.02}px)` : '',
    ].filter(Boolean);
    return `@media ${q.join(' and ')}{.v-${v.band}{display:block}}`;
  }),
  'ol{list-style:none;padding:0;margin:.3rem 0 0;font-size:.72rem}',
  'figcaption{font-size:.72rem;color:#52606d;margin-top:.3rem}',
  'a{color:#00607f}',
].join('');

/**
 * The complete `/embed/{id}` document: title, subtitle, kind key, the server-rendered chart SVG
 * (one drawing per frame-width band, shown by a media query), the event key, and the source line with a
 * link to the full chart page. One inline script, EMBED_HEIGHT_SCRIPT (allowed by its hash in
 * EMBED_CSP), posts the height to the framing page; no external resource, so it works under
 * `default-src 'none'`, and the layout needs no script. Every spec string is escaped;
 * `chartSvgs` are trusted renderer output and inserted as is.
 *
 * @example embedHtml({ spec, chartSvgs: ['<svg …/>'], pageHref: '/charts/trade-trend' }).startsWith('<!doctype html>') // → true
 */
export function embedHtml(o: {
  spec: ChartSpec;
  /** One drawing per EMBED_VARIANTS band, in order. */
  chartSvgs: readonly string[];
  pageHref: string;
}): string {
  const { spec } = o;
  const key = kindKey(spec)
    .map((k) => `<li>${keyGlyphSvg(k)}${escapeHtml(k.text)}</li>`)
    .join('');
  const events = numberEvents(spec.events)
    .map((e) => `<li><b aria-hidden="true">${e.n}</b>${escapeHtml(eventKeyText(e))}</li>`)
    .join('');
  const source =
    (spec.sourceLine ? `${escapeHtml(spec.sourceLine)}. ` : '') +
    (spec.credit ? `${escapeHtml(spec.credit)}. ` : '');
  return [
    `<!doctype html><html lang="en" data-chart="${escapeHtml(spec.id)}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(spec.title)}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(o.pageHref)}">`,
    `<style>${CSS}</style></head><body><main>`,
    `<figure aria-labelledby="t"><h1 id="t">${escapeHtml(spec.title)}</h1>`,
    `<p>${escapeHtml(spec.subtitle)}</p>`,
    key ? `<ul aria-label="How figures are drawn">${key}</ul>` : '',
    o.chartSvgs
      .map((svg, k) => `<div class="v v-${EMBED_VARIANTS[k]?.band ?? k}">${svg}</div>`)
      .join(''),
    events ? `<ol aria-label="Events marked on the time axis">${events}</ol>` : '',
    `<figcaption data-testid="source-line">${source}<a href="${escapeHtml(o.pageHref)}" target="_blank" rel="noopener">Data, sources and downloads</a></figcaption>`,
    `</figure></main><script>${EMBED_HEIGHT_SCRIPT}</script></body></html>`,
  ].join('');
}
