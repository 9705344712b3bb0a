import { NextResponse, type NextRequest } from 'next/server';
import { MISSING_CHART_HTML } from '@/app/embed/missing-chart';
import { isChartId } from '@/lib/charts/registry';
import {
  EMBED_CSP,
  ERROR_CSP,
  MALFORMED_PATH_ERROR,
  hasMalformedEncoding,
  pathFamily,
} from '@/lib/security-headers';
import { isQueryRenderPath, queryRenderPath } from '@/lib/static-pages';

/** The chart id of an `/embed/{id}` path, or null for any other path under `/embed`. */
function embedChartId(pathname: string): string | null {
  const m = /^\/embed\/([^/]+)$/.exec(pathname);
  return m ? decodeURIComponent(m[1]!) : null;
}

/**
 * Marks the proxy's own rewrite to an on-demand render, should Next send it through the proxy
 * again; random per process, so a client cannot send it to reach `/q/…` directly.
 */
const QUERY_RENDER_HEADER = 'x-dashboard-query-render';
const QUERY_RENDER_TOKEN = crypto.randomUUID();

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
 * the embed's CSP (Next's own 404 page loads scripts and styles it forbids), and sends a page
 * request with a query string to its on-demand render (lib/static-pages.ts); without one, Next
 * serves the page it prerendered. A page's CSP (script hashes), ETag and Cache-Control are set
 * on its bytes by app/_http/html-answers.ts; `/api/*`, `/embed/*` and image files keep the fixed
 * CSPs of next.config.ts.
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

  if (isQueryRenderPath(pathname)) {
    // Next runs the proxy again for the path it rewrote to: let its own rewrite through.
    if (request.headers.get(QUERY_RENDER_HEADER) === QUERY_RENDER_TOKEN) return NextResponse.next();
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
  if (unknownChartPage(pathname)) {
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
  // The router's own `_rsc` cache-buster is not a query the page reads.
  const query = new URLSearchParams(request.nextUrl.search);
  query.delete('_rsc');
  const target = queryRenderPath(pathname, query.size > 0 ? '?q' : '');
  if (target === null) return NextResponse.next();
  // From request.url, the origin the request came in on: nextUrl says `localhost`, and a rewrite
  // to another origin is proxied over HTTP instead of routed in-process.
  const url = new URL(`${target}${request.nextUrl.search}`, request.url);
  const headers = new Headers(request.headers);
  headers.set(QUERY_RENDER_HEADER, QUERY_RENDER_TOKEN);
  return NextResponse.rewrite(url, { request: { headers } });
}

export const config = {
  // Not Next's hashed static assets: they are files, and skipping them keeps the proxy off the
  // hot path of every chunk.
  matcher: ['/((?!_next/static/|_next/image).*)'],
};
