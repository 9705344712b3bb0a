/**
 * The site's security headers: the ones every response carries and the fixed CSPs that
 * next.config.ts sends per path family, and what proxy.ts decides per request — which family a
 * path belongs to, whether its percent-encoding is malformed, and the hash-based
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
 * `page`: HTML from the app router (hash CSP from app/_http/html-answers.ts); `api`: export
 * files and JSON; `embed`: the framable chart (its one script is the hashed height reporter);
 * `file`: a build-time image or Next's own assets.
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
 * The Content-Security-Policy of an HTML page: scripts from the site itself and the inline
 * scripts whose SHA-256 hashes are given (pageScriptHashes of the page's own bytes), nothing
 * else — no nonce, no `'unsafe-inline'`, no `'strict-dynamic'` (Next's chunks are same-origin
 * files, which `'self'` allows). Styles allow `'unsafe-inline'`: the charts' SVG carries
 * `style` attributes (colours of marks, the phone drawing's text sizes) and React writes
 * `style` attributes too; a hash cannot cover an attribute without `'unsafe-hashes'` listing
 * every value, and the stylesheet itself is a same-origin file. `blob:` and `data:` images serve
 * the copy-image button; only same-origin fetches; same-origin framing. In development Next's
 * runtime needs `'unsafe-eval'` and injects scripts of its own, so scripts are not restricted by
 * hash there.
 *
 * @example pageCsp(['sha256-abc='], { dev: false })
 * // → "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'unsafe-inline'; …"
 */
export function pageCsp(hashes: readonly string[], o: { dev: boolean }): string {
  const scripts = o.dev
    ? "'self' 'unsafe-inline' 'unsafe-eval'"
    : ["'self'", ...hashes.map((h) => `'${h}'`)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
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

/** True when `text` is exactly one JSON value of the given type (a string or an object). */
function isJson(text: string, type: 'string' | 'object'): boolean {
  const first = type === 'string' ? '"' : '{';
  if (text[0] !== first) return false;
  try {
    const v: unknown = JSON.parse(text);
    return type === 'string' ? typeof v === 'string' : typeof v === 'object' && v !== null;
  } catch {
    return false;
  }
}

const FLIGHT_INIT = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT_CHUNK = /^self\.__next_f\.push\(\[([1-3]),([\s\S]*)\]\)$/;
const TURBOPACK_BOOT =
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);$/;

/**
 * True for an inline script Next itself writes into a page: the flight-data queue, a flight
 * chunk (`self.__next_f.push([1,"…"])`, its argument one JSON string) and Turbopack's bootstrap
 * (its argument one JSON object). Anything else — a `<script>` some bug let into the markup —
 * is not, and gets no hash, so the browser refuses it: data can become a hashed script only as
 * a JSON string literal, which is not code.
 *
 * @example isNextInlineScript('self.__next_f.push([1,"0:{}\\n"])') // → true
 * @example isNextInlineScript('self.__next_f.push([1,"x"]);alert(1)//"])') // → false
 */
export function isNextInlineScript(code: string): boolean {
  if (code === FLIGHT_INIT) return true;
  const chunk = FLIGHT_CHUNK.exec(code);
  if (chunk) return isJson(chunk[2]!, 'string');
  const boot = TURBOPACK_BOOT.exec(code);
  return boot !== null && isJson(boot[1]!, 'object');
}

// An inline script: no src attribute; its text runs to the first </script (HTML's rule).
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script/gi;

/**
 * The CSP hash sources (`sha256-…`) of a page's inline scripts that Next wrote, in order, and
 * how many other inline scripts it has (refused: they get no hash). The hash is of the script's
 * text exactly as sent, which is what the browser hashes.
 *
 * @example pageScriptHashes('<script>(self.__next_f=self.__next_f||[]).push([0])</script>')
 * // → { hashes: ['sha256-…'], refused: 0 }
 */
export async function pageScriptHashes(
  html: string,
): Promise<{ hashes: string[]; refused: number }> {
  const hashes: string[] = [];
  let refused = 0;
  for (const m of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(m[1]!)) continue;
    if (!isNextInlineScript(m[2]!)) {
      refused++;
      continue;
    }
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(m[2]!));
    const hash = `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return { hashes, refused };
}
