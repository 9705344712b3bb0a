/**
 * The site's security headers: the ones every response carries and the fixed CSPs that
 * next.config.ts sends per path family, and what proxy.ts decides per request — which family a
 * path belongs to, whether its percent-encoding is malformed, and the nonce-based
 * Content-Security-Policy of HTML pages.
 */
import { EMBED_HEIGHT_SCRIPT_HASH } from './export/embed-height';
import type { ParamError } from './export/image-params';

/** Sent with every response (next.config.ts; the method guard's own answers too). */
export const COMMON_HEADERS: readonly { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
];

/**
 * The embed: static HTML with inline CSS and an inline SVG, and one inline script allowed by its
 * hash (it posts the embed's height to the framing page: embed-height.ts); no other script, no
 * other resource. No frame-ancestors at all, so any page may frame it: `frame-ancestors *` matches only network
 * schemes, and a page opened from disk (file:) was refused.
 */
export const EMBED_CSP = [
  "default-src 'none'",
  `script-src ${EMBED_HEIGHT_SCRIPT_HASH}`,
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Export files (an SVG may be opened directly): inert even if a renderer bug let markup through. */
export const EXPORT_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "frame-ancestors 'self'",
  'sandbox',
].join('; ');

/**
 * `page`: HTML from the app router (nonce CSP from the proxy); `api`: export files and JSON;
 * `embed`: the framable chart (its one script is the hashed height reporter); `file`: a build-time image or Next's own assets.
 */
export type PathFamily = 'page' | 'api' | 'embed' | 'file';

// Prebuilt chart images (/charts/{id}/{preset}.png), the app icon, and Next's assets.
const FILE_PATH = /^\/(?:charts\/[^/]+\/[^/]+\.(?:png|svg)|icon\.svg|_next\/)/;

/**
 * The header family of a URL path (as sent, still percent-encoded).
 *
 * @example pathFamily('/charts/trade-trend/og.png') // → 'file'
 * @example pathFamily('/charts/trade-trend') // → 'page'
 */
export function pathFamily(pathname: string): PathFamily {
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api';
  if (pathname === '/embed' || pathname.startsWith('/embed/')) return 'embed';
  if (FILE_PATH.test(pathname)) return 'file';
  return 'page';
}

/**
 * True when some path segment is not valid percent-encoded UTF-8 (`%E0%A4%A`, `%`, `%C0%AF`,
 * a lone surrogate `%ED%A0%80`): Next's router would throw decoding it and answer 500.
 *
 * @example hasMalformedEncoding('/embed/%E0%A4%A') // → true
 * @example hasMalformedEncoding('/embed/trade%2Dtrend') // → false
 */
export function hasMalformedEncoding(pathname: string): boolean {
  for (const segment of pathname.split('/')) {
    if (!segment.includes('%')) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

/** The 400 body for a malformed path; like every ParamError it never repeats the input. */
export const MALFORMED_PATH_ERROR: ParamError = {
  error: 'the path has malformed percent-encoding',
  parameter: 'path',
  allowed: 'path segments of UTF-8 text, percent-encoded per RFC 3986 (e.g. %C3%A9)',
};

/** CSP of the proxy's own JSON errors: nothing may load or run, framing same-origin only. */
export const ERROR_CSP = "default-src 'none'; frame-ancestors 'self'; sandbox";

/**
 * The headers every response starts with, before Next's routing, next.config.ts or a route set
 * their own (which replace these): the common ones, an inert CSP (the embed's under /embed) and
 * same-origin framing except under /embed. Answers Next gives before applying next.config.ts
 * (the 308 of a trailing slash, a 404 of its static files) carry them too.
 *
 * @example baselineHeaders('/embed/trade-trend/')['Content-Security-Policy'] // → EMBED_CSP
 */
export function baselineHeaders(pathname: string): Record<string, string> {
  const embed = pathFamily(pathname) === 'embed';
  return {
    ...Object.fromEntries(COMMON_HEADERS.map(({ key, value }) => [key, value])),
    'Content-Security-Policy': embed ? EMBED_CSP : ERROR_CSP,
    ...(embed ? {} : { 'X-Frame-Options': 'SAMEORIGIN' }),
  };
}

/**
 * A fresh nonce: 16 random bytes in base64 (24 characters), the form Next reads back from the
 * request's CSP (`'nonce-…'`) and stamps on its scripts.
 *
 * @example createNonce() // → "q3F0bW9yZS1yYW5kb20hIQ==" (random)
 */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of an HTML page. Scripts need the nonce (Next stamps it on its
 * own); `'strict-dynamic'` lets them load their chunks. Styles allow `'unsafe-inline'`: the
 * server-rendered chart SVGs carry `style` attributes, which a nonce cannot cover. `blob:` and
 * `data:` images serve the copy-image button; only same-origin fetches; same-origin framing.
 * In development React needs `'unsafe-eval'` for its error overlay.
 *
 * @example pageCsp('abc', { dev: false })
 * // → "default-src 'self'; script-src 'self' 'nonce-abc' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; …"
 */
export function pageCsp(nonce: string, o: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${o.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}
