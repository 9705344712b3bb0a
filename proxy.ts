import { NextResponse, type NextRequest } from 'next/server';
import {
  ERROR_CSP,
  MALFORMED_PATH_ERROR,
  createNonce,
  hasMalformedEncoding,
  pageCsp,
  pathFamily,
} from '@/lib/security-headers';

/**
 * Runs before routing: answers a malformed percent-encoded path with a 400 (Next's router would
 * throw and answer 500), and gives every HTML page a CSP with a fresh script nonce, passed to Next
 * on the request so its scripts carry it. `/api/*`, `/embed/*` and image files keep the fixed
 * CSPs of next.config.js.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (hasMalformedEncoding(pathname)) {
    return NextResponse.json(MALFORMED_PATH_ERROR, {
      status: 400,
      headers: { 'Cache-Control': 'no-store', 'Content-Security-Policy': ERROR_CSP },
    });
  }
  if (pathFamily(pathname) !== 'page') return NextResponse.next();

  const csp = pageCsp(createNonce(), { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Not Next's hashed static assets: they are files, and skipping them keeps the proxy off the
  // hot path of every chunk.
  matcher: ['/((?!_next/static/|_next/image).*)'],
};
