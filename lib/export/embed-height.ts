import { createHash } from 'node:crypto';
import { EMBED_HEIGHT_MESSAGE } from './embed-snippet';

/**
 * The embed's only script: it posts the document's height to the page framing it, on load and
 * whenever the height changes (ResizeObserver), as `{ type, id, height }`; the auto-height
 * snippet (embed-snippet.ts) sets the frame's height from it. It reads the chart id from
 * `<html data-chart>`, so its text is one constant and the embed's CSP allows it by hash.
 * Not framed (parent is the window itself), it does nothing.
 */
export const EMBED_HEIGHT_SCRIPT = `(()=>{const d=document.documentElement;if(parent===window)return;const s=()=>parent.postMessage({type:${JSON.stringify(EMBED_HEIGHT_MESSAGE)},id:d.dataset.chart,height:Math.ceil(d.getBoundingClientRect().height)},"*");addEventListener("load",s);new ResizeObserver(s).observe(d)})()`;

/**
 * The CSP source allowing exactly EMBED_HEIGHT_SCRIPT: its SHA-256 in base64, computed from
 * the text when the module loads, so the two cannot drift apart.
 *
 * @example EMBED_HEIGHT_SCRIPT_HASH // → "'sha256-…'" (44 base64 characters)
 */
export const EMBED_HEIGHT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(EMBED_HEIGHT_SCRIPT, 'utf8').digest('base64')}'`;
