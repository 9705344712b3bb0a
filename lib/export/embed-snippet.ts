// No chart-engine import here: the embed snippet is built in the browser too (copy button).

/** The `type` of the embed's height messages (embed-height.ts posts them). */
export const EMBED_HEIGHT_MESSAGE = 'trade-dashboard:height';

/** Fallback iframe height in px; `embedHeight` sizes it per chart. */
export const EMBED_HEIGHT = 640;

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
 * The `<iframe>` snippet for a chart: full width, fixed height, lazy, titled for screen readers.
 *
 * @example embedSnippet({ src: 'https://x.org/embed/trade-trend', title: 'Trade', height: 640 })
 * // → '<iframe src="https://x.org/embed/trade-trend" width="100%" height="640" loading="lazy" title="Trade" style="border:0"></iframe>'
 */
export function embedSnippet(o: { src: string; title: string; height?: number }): string {
  const height = Math.round(o.height ?? EMBED_HEIGHT);
  return `<iframe src="${escapeHtml(o.src)}" width="100%" height="${height}" loading="lazy" title="${escapeHtml(o.title)}" style="border:0"></iframe>`;
}

/**
 * The host side of the auto-height snippet: a listener that takes a height message only from
 * `origin` (this site) and only for the iframe that sent it (`event.source`), and sets that
 * frame's height. Several snippets on one page each add it; they set the same height.
 */
function heightListener(origin: string): string {
  const o = JSON.stringify(origin).replace(/</g, '\\u003c');
  const t = JSON.stringify(EMBED_HEIGHT_MESSAGE);
  return `addEventListener("message",e=>{const d=e.data;if(e.origin!==${o}||!d||d.type!==${t}||!(d.height>0&&d.height<1e5))return;for(const f of document.getElementsByTagName("iframe"))if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})`;
}

/**
 * The auto-height snippet, on one line: the iframe of `embedSnippet` (its height the fallback
 * until the embed reports its own) and an inline script resizing it to the embed's content
 * height, for hosts that allow scripts. `origin` is this site's (the frame's messages must
 * come from it).
 *
 * @example autoHeightSnippet({ src: 'https://x.org/embed/trade-trend', title: 'Trade', height: 640, origin: 'https://x.org' })
 * // → '<iframe src="https://x.org/embed/trade-trend" … ></iframe><script>addEventListener("message",…)</script>'
 */
export function autoHeightSnippet(o: {
  src: string;
  title: string;
  height?: number;
  origin: string;
}): string {
  return `${embedSnippet(o)}<script>${heightListener(o.origin)}</script>`;
}
