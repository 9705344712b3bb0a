import { parsePrebuiltFileName } from './urls';

/**
 * The exports whose bytes depend only on the data (the deck, a chart's PPTX and CSV, the data
 * files, the chart list, the OpenAPI description): answers the HTTP layer may repeat for a while without asking Next.
 */
const FIXED_PATH =
  /^\/api\/(?:deck\.pptx|data\.(?:csv|json)|openapi\.json|charts(?:\/[a-z0-9][a-z0-9-]{0,63}\/(?:pptx|csv))?)$/;

/**
 * The cache key of a request URL (path and query, as sent) for a fixed export, or null for any
 * other URL. Only the query these routes take counts (`download=0` or `1`, or none), so no query
 * string can multiply the entries.
 *
 * @example fixedExportKey('/api/deck.pptx?download=0') // → '/api/deck.pptx?download=0'
 * @example fixedExportKey('/api/deck.pptx?v=2') // → null
 */
export function fixedExportKey(url: string): string | null {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? '' : url.slice(q + 1);
  if (!FIXED_PATH.test(path)) return null;
  if (query !== '' && query !== 'download=0' && query !== 'download=1') return null;
  return query === '' ? path : `${path}?${query}`;
}

const PREBUILT_PATH = /^\/charts\/[a-z0-9][a-z0-9-]{0,63}\/([^/?]+)$/;

/**
 * The URL of a build-time image with no query, or null. Next serves these from its build cache
 * with an ETag but never answers If-None-Match; the HTTP layer remembers each one's ETag (not
 * its bytes) to answer a revalidation with 304.
 *
 * @example prebuiltImageKey('/charts/trade-trend/og-dark.png') // → '/charts/trade-trend/og-dark.png'
 * @example prebuiltImageKey('/charts/trade-trend/og.png?v=1') // → null
 */
export function prebuiltImageKey(url: string): string | null {
  const file = PREBUILT_PATH.exec(url)?.[1];
  return file !== undefined && parsePrebuiltFileName(file) !== null ? url : null;
}
