// No chart-engine import here: the embed snippet is built in the browser too (copy button).

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
