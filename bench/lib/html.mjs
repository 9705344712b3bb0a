import { gzipSync } from 'node:zlib';

/**
 * The scripts of an HTML document: external `src` URLs (resolved against `base`) and the bodies
 * of inline scripts. JSON data blocks (type="application/json", "application/ld+json") are not
 * scripts and are skipped.
 *
 * @example scriptsOf('<script src="/a.js"></script><script>x()</script>', 'http://h/')
 * // → { external: ['http://h/a.js'], inline: ['x()'] }
 * @param {string} html
 * @param {string} base
 */
export function scriptsOf(html, base) {
  /** @type {string[]} */
  const external = [];
  /** @type {string[]} */
  const inline = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type !== undefined && type.includes('json')) continue;
    const src = /\bsrc=["']([^"']+)["']/i.exec(attrs)?.[1];
    if (src !== undefined) external.push(new URL(src.replace(/&amp;/g, '&'), base).href);
    else inline.push(m[2] ?? '');
  }
  return { external: [...new Set(external)], inline };
}

/** Stylesheet URLs of `<link rel="stylesheet">` tags. */
export function stylesheetsOf(/** @type {string} */ html, /** @type {string} */ base) {
  /** @type {string[]} */
  const out = [];
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = m[1] ?? '';
    if (!/\brel=["']?stylesheet/i.test(attrs)) continue;
    const href = /\bhref=["']([^"']+)["']/i.exec(attrs)?.[1];
    if (href !== undefined) out.push(new URL(href.replace(/&amp;/g, '&'), base).href);
  }
  return [...new Set(out)];
}

/** Bytes after gzip at zlib's default level 6 (what `next start` sends with `compress: true`). */
export function gzipBytes(/** @type {Buffer | string} */ body) {
  return gzipSync(body, { level: 6 }).byteLength;
}
