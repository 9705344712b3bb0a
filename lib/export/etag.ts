import { createHash } from 'node:crypto';

/**
 * A strong ETag from everything that determines a response's bytes: pass the chart spec (or
 * dataset), the render parameters and the code version. Parts are JSON-serialised in order, so
 * `['a', 1]` and `['a1']` differ; `undefined` parts serialise as `null`.
 *
 * @example computeEtag([{ id: 'trade-trend' }, { width: 1920 }, 'v1']) // → '"3Wq…"' (27 base64url chars in quotes)
 */
export function computeEtag(parts: readonly unknown[]): string {
  const h = createHash('sha256');
  for (const part of parts) {
    h.update(JSON.stringify(part) ?? 'null');
    h.update('\u0000');
  }
  return `"${h.digest('base64url').slice(0, 27)}"`;
}

/**
 * True when an `If-None-Match` header matches `etag` by the weak comparison HTTP specifies for it
 * (RFC 9110 §13.1.2): `*` matches anything, `W/` prefixes are ignored, lists are comma-separated.
 * A null or empty header never matches.
 *
 * @example ifNoneMatchHits('W/"abc", "def"', '"abc"') // → true
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  const want = bare(etag);
  return header.split(',').some((t) => t.trim() === '*' || bare(t) === want);
}
