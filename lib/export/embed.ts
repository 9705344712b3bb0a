import type { ChartSpec, MarkKind } from '../charts/spec';

/** Fallback iframe height in px; `embedHeight` sizes it per chart. */
export const EMBED_HEIGHT = 640;

/** The chart body's layout size in the embed; it scales to the frame's width. */
export const EMBED_CHART_SIZE = { width: 960, height: 440 } as const;

/**
 * Escapes &, <, >, " and ' for HTML text and double-quoted attributes.
 *
 * @example escapeHtml('<a href="x">') // → "&lt;a href=&quot;x&quot;&gt;"
 */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A suggested iframe height in px for a ~700 px wide frame: the chart body (scaled from 960×440)
 * plus title, legend rows (two series a row), event lines and the source line. A heuristic:
 * narrower frames scroll a little, wider ones leave a little space.
 *
 * @example embedHeight({ series: [a, b, c], annotations: [] }) // → 320 + 90 + 40 + 0 + 60 = 510
 */
export function embedHeight(spec: Pick<ChartSpec, 'series' | 'annotations'>): number {
  const chart = Math.round((700 * EMBED_CHART_SIZE.height) / EMBED_CHART_SIZE.width);
  const legend = Math.ceil(spec.series.length / 2) * 20;
  const events = spec.annotations.length * 36;
  return Math.round((chart + 90 + legend + events + 60) / 10) * 10;
}

/**
 * The `<iframe>` snippet for a chart: full width, fixed height, lazy, titled for screen readers.
 *
 * @example embedSnippet({ src: 'https://x.org/embed/trade-trend', title: 'Trade', height: 640 })
 * // → '<iframe src="https://x.org/embed/trade-trend" width="100%" height="640" loading="lazy" title="Trade" style="border:0"></iframe>'
 */
export function embedSnippet(o: { src: string; title: string; height?: number }): string {
  const height = Math.round(o.height ?? EMBED_HEIGHT);
  return `<iframe src="${escapeHtml(o.src)}" width="100%" height="${height}" loading="lazy" title="${escapeHtml(o.title)}" style="border:0"></iframe>`;
}

const KIND_TEXT: Record<MarkKind, string> = {
  reported: 'reported',
  'half-year': 'half-year, reported',
  projection: 'projection or target',
  estimate: 'derived estimate',
};

/** A legend swatch drawn with the same encoding as the chart's marks, as inline CSS. */
function swatchStyle(color: string, kind: MarkKind, mark: string): string {
  const c = /^#[0-9a-f]{6}$/i.test(color) ? color : '#5f6b7a';
  const round = mark === 'bar' ? '' : 'border-radius:50%;';
  const fill = {
    reported: `background:${c};`,
    'half-year': `background:${c}73;`,
    estimate: 'background:transparent;border-style:dashed;',
    projection: `background:repeating-linear-gradient(45deg,${c} 0 2px,transparent 2px 5px);border-style:dashed;`,
  }[kind];
  return `border-color:${c};${round}${fill}`;
}

const CSS = [
  "html{font-family:'DejaVu Sans',Verdana,system-ui,sans-serif;color:#1f2933;background:#fff;line-height:1.4;-webkit-text-size-adjust:100%}",
  'body{margin:0;padding:8px 12px}',
  'figure{margin:0}',
  'h1{font-size:1.1rem;margin:0}',
  'p{margin:.2rem 0 .4rem;color:#52606d;font-size:.8rem}',
  'ul{display:flex;flex-wrap:wrap;gap:.15rem 1rem;list-style:none;padding:0;margin:.3rem 0;font-size:.75rem}',
  'i{display:inline-block;width:11px;height:11px;margin-right:.3rem;vertical-align:-1px;border:2px solid;box-sizing:border-box}',
  'svg{display:block;width:100%;height:auto}',
  'ol{list-style:none;padding:0;margin:.3rem 0 0;font-size:.72rem}',
  'figcaption{font-size:.72rem;color:#52606d;margin-top:.3rem}',
  'a{color:#00607f}',
].join('');

/**
 * The complete `/embed/{id}` document: title, subtitle, legend, the server-rendered chart SVG
 * (responsive: width 100%), and the source line with a link to the full chart page. No script
 * and no external resource, so it works under `default-src 'none'`. Every spec string is escaped;
 * `chartSvg` is trusted renderer output and inserted as is.
 *
 * @example embedHtml({ spec, chartSvg: '<svg …/>', pageHref: '/charts/trade-trend' }).startsWith('<!doctype html>') // → true
 */
export function embedHtml(o: { spec: ChartSpec; chartSvg: string; pageHref: string }): string {
  const { spec } = o;
  const legend = spec.series
    .map(
      (s) =>
        `<li><i style="${swatchStyle(s.color, s.kind, s.mark)}" aria-hidden="true"></i>${escapeHtml(s.name)} <span style="color:#52606d">(${KIND_TEXT[s.kind]})</span></li>`,
    )
    .join('');
  const source = spec.sourceLine ? `${escapeHtml(spec.sourceLine)}. ` : '';
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(spec.title)}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(o.pageHref)}">`,
    `<style>${CSS}</style></head><body><main>`,
    `<figure aria-labelledby="t"><h1 id="t">${escapeHtml(spec.title)}</h1>`,
    `<p>${escapeHtml(spec.subtitle)}</p>`,
    legend ? `<ul aria-label="Legend">${legend}</ul>` : '',
    o.chartSvg,
    spec.annotations.length > 0
      ? `<ol aria-label="Events marked on the time axis">${spec.annotations.map((a) => `<li>${escapeHtml(a.text)}</li>`).join('')}</ol>`
      : '',
    `<figcaption data-testid="source-line">${source}<a href="${escapeHtml(o.pageHref)}" target="_blank" rel="noopener">Data, sources and downloads</a></figcaption>`,
    '</figure></main></body></html>',
  ].join('');
}
