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
