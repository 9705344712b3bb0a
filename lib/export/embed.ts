import { eventKeyText, keyGlyphSvg, kindKey, numberEvents, type ChartSpec } from 'chart-render';
import { escapeHtml } from './embed-snippet';

export { EMBED_HEIGHT, embedSnippet, escapeHtml } from './embed-snippet';

/** The chart body's layout size in the embed; it scales to the frame's width. */
export const EMBED_CHART_SIZE = { width: 960, height: 440 } as const;

/**
 * A suggested iframe height in px for a ~700 px wide frame: the chart body (scaled from 960×440)
 * plus title, legend rows (two series a row), event lines and the source line. A heuristic:
 * narrower frames scroll a little, wider ones leave a little space.
 *
 * @example embedHeight({ series: [a, b, c], annotations: [] }) // → 320 + 90 + 40 + 0 + 60 = 510
 */
export function embedHeight(spec: Pick<ChartSpec, 'series' | 'events'>): number {
  const chart = Math.round((700 * EMBED_CHART_SIZE.height) / EMBED_CHART_SIZE.width);
  const legend = Math.ceil(spec.series.length / 2) * 20;
  const events = spec.events.length * 36;
  return Math.round((chart + 90 + legend + events + 60) / 10) * 10;
}

const CSS = [
  "html{font-family:'DejaVu Sans',Verdana,system-ui,sans-serif;color:#1f2933;background:#fff;line-height:1.4;-webkit-text-size-adjust:100%}",
  'body{margin:0;padding:8px 12px}',
  'figure{margin:0}',
  'h1{font-size:1.1rem;margin:0}',
  'p{margin:.2rem 0 .4rem;color:#52606d;font-size:.8rem}',
  'ul{display:flex;flex-wrap:wrap;gap:.15rem 1rem;list-style:none;padding:0;margin:.3rem 0;font-size:.75rem}',
  'ul svg{vertical-align:-2px;margin-right:.3rem}',
  'b{display:inline-block;min-width:1.5em;padding:0 .3em;margin-right:.3rem;border:1px solid #52606d;border-radius:1em;font-weight:normal;font-size:.9em;text-align:center}',
  'svg{display:block;width:100%;height:auto}',
  'ol{list-style:none;padding:0;margin:.3rem 0 0;font-size:.72rem}',
  'figcaption{font-size:.72rem;color:#52606d;margin-top:.3rem}',
  'a{color:#00607f}',
].join('');

/**
 * The complete `/embed/{id}` document: title, subtitle, kind key, the server-rendered chart SVG
 * (responsive: width 100%, series named on the plot), the event key, and the source line with a
 * link to the full chart page. No script
 * and no external resource, so it works under `default-src 'none'`. Every spec string is escaped;
 * `chartSvg` is trusted renderer output and inserted as is.
 *
 * @example embedHtml({ spec, chartSvg: '<svg …/>', pageHref: '/charts/trade-trend' }).startsWith('<!doctype html>') // → true
 */
export function embedHtml(o: { spec: ChartSpec; chartSvg: string; pageHref: string }): string {
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
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(spec.title)}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(o.pageHref)}">`,
    `<style>${CSS}</style></head><body><main>`,
    `<figure aria-labelledby="t"><h1 id="t">${escapeHtml(spec.title)}</h1>`,
    `<p>${escapeHtml(spec.subtitle)}</p>`,
    key ? `<ul aria-label="How figures are drawn">${key}</ul>` : '',
    o.chartSvg,
    events ? `<ol aria-label="Events marked on the time axis">${events}</ol>` : '',
    `<figcaption data-testid="source-line">${source}<a href="${escapeHtml(o.pageHref)}" target="_blank" rel="noopener">Data, sources and downloads</a></figcaption>`,
    '</figure></main></body></html>',
  ].join('');
}
