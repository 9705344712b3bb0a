/**
 * Which request methods the site answers. Every route is read-only: GET and HEAD are served,
 * OPTIONS says so, and anything else is refused before routing, the same way on pages, route
 * handlers and static files (app/_http/method-guard.ts applies it).
 */

/** The methods every path allows, as the `Allow` header lists them. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;

/** `Allow` header value. */
export const ALLOW = ALLOWED_METHODS.join(', ');

export type MethodDecision =
  /** Route it as usual. */
  | { action: 'pass' }
  /** Answer 204 with Allow (a CORS preflight gets the same: no Access-Control-* headers). */
  | { action: 'options' }
  /** Answer 405 Method Not Allowed with Allow and an empty body. */
  | { action: 'refuse' };

/**
 * What to do with a request method, before any routing. GET and HEAD pass; OPTIONS is answered
 * with the allowed methods; every other method Node's parser accepts (POST, PUT, TRACE,
 * PROPFIND, …) is refused with 405, on every path. Method names are case-sensitive
 * (RFC 9110 §9.1). A method the parser rejects (`TRACK`, `FOO`) never gets this far: the guard
 * answers it with 501.
 *
 * @example methodDecision('TRACE') // → { action: 'refuse' }
 * @example methodDecision('HEAD') // → { action: 'pass' }
 */
export function methodDecision(method: string): MethodDecision {
  if (method === 'GET' || method === 'HEAD') return { action: 'pass' };
  if (method === 'OPTIONS') return { action: 'options' };
  return { action: 'refuse' };
}
