/**
 * How pages are rendered and cached (issue 13). A page's URL without a query string is
 * prerendered by `next build` and served from the build; with a query string (table sort and
 * filters, the events toggle, chart options) proxy.ts rewrites it to the same view under
 * QUERY_PREFIX, rendered on demand. app/_http/html-answers.ts gives both the same headers.
 */
import type { SearchParams } from './page-params';

/**
 * The internal path prefix of the on-demand renders: `/?sort=value` is rendered by
 * app/q/page.tsx, `/charts/trade-trend?theme=dark` by app/q/charts/[id]/page.tsx. Requested
 * directly, such a path is a 404 (proxy.ts), so no page has two public URLs.
 */
export const QUERY_PREFIX = '/q';

/** The pages that read their query string, as path patterns (each has a view under /q). */
const QUERY_PAGES = [/^\/$/, /^\/(?:energy|projections|events|trade)$/, /^\/charts\/[^/]+$/];

/**
 * Where the proxy sends a page request: the on-demand render for a page that reads its query
 * when the request has one, null (the prerendered page) otherwise.
 *
 * @example queryRenderPath('/', '?sort=value') // → '/q'
 * @example queryRenderPath('/charts/trade-trend', '?theme=dark') // → '/q/charts/trade-trend'
 * @example queryRenderPath('/trade', '') // → null
 * @example queryRenderPath('/sources', '?x=1') // → null (the page reads no query)
 */
export function queryRenderPath(pathname: string, search: string): string | null {
  if (search === '' || search === '?') return null;
  if (!QUERY_PAGES.some((p) => p.test(pathname))) return null;
  return pathname === '/' ? QUERY_PREFIX : `${QUERY_PREFIX}${pathname}`;
}

/** True for a path under QUERY_PREFIX, which only the proxy's rewrite may reach. */
export function isQueryRenderPath(pathname: string): boolean {
  return pathname === QUERY_PREFIX || pathname.startsWith(`${QUERY_PREFIX}/`);
}

/** The query a prerendered page is built with: none. */
export const NO_QUERY: Promise<SearchParams> = Promise.resolve({});
