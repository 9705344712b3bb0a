import { NextResponse, type NextRequest } from 'next/server';
import { MISSING_CHART_HTML } from '@/app/embed/missing-chart';
import { isChartId } from '@/lib/charts/registry';
import {
  EMBED_CSP,
  ERROR_CSP,
  MALFORMED_PATH_ERROR,
  createNonce,
  hasMalformedEncoding,
  pageCsp,
  pathFamily,
} from '@/lib/security-headers';

/** The chart id of an `/embed/{id}` path, or null for any other path under `/embed`. */
function embedChartId(pathname: string): string | null {
  const m = /^\/embed\/([^/]+)$/.exec(pathname);
  return m ? decodeURIComponent(m[1]!) : null;
}

/** A path no route has: Next answers it with app/not-found.tsx rendered into the HTML. */
const NOT_FOUND_PATH = '/_missing';

/**
 * True for `/charts/{id}` naming no chart. Next renders a 404 from a dynamic route's notFound()
 * as a blank shell (the page only in the RSC payload, so nothing without JavaScript), so such a
 * path is sent to NOT_FOUND_PATH instead.
 */
function unknownChartPage(pathname: string): boolean {
  const m = /^\/charts\/([^/]+)$/.exec(pathname);
  return m !== null && !isChartId(decodeURIComponent(m[1]!));
}

/**
 * Runs before routing: answers a malformed percent-encoded path with a 400 (Next's router would
 * throw and answer 500), answers an embed path naming no chart with a 404 page that works under
 * the embed's CSP (Next's own 404 page loads scripts and styles it forbids), and gives every HTML
 * page a CSP with a fresh script nonce, passed to Next on the request so its scripts carry it.
 * `/api/*`, `/embed/*` and image files keep the fixed CSPs of next.config.ts.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (hasMalformedEncoding(pathname)) {
    return NextResponse.json(MALFORMED_PATH_ERROR, {
      status: 400,
      headers: { 'Cache-Control': 'no-store', 'Content-Security-Policy': ERROR_CSP },
    });
  }
  const family = pathFamily(pathname);
  if (family === 'embed') {
    const id = embedChartId(pathname);
    if (id !== null && isChartId(id)) return NextResponse.next();
    return new NextResponse(MISSING_CHART_HTML, {
      status: 404,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': EMBED_CSP,
      },
    });
  }
  if (family !== 'page') return NextResponse.next();

  const csp = pageCsp(createNonce(), { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp);
  const response = unknownChartPage(pathname)
    ? NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Not Next's hashed static assets: they are files, and skipping them keeps the proxy off the
  // hot path of every chunk.
  matcher: ['/((?!_next/static/|_next/image).*)'],
};
