import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { ifNoneMatchHits } from '@/lib/export/etag';
import { fixedExportKey, prebuiltImageKey } from '@/lib/export/fixed-exports';

/**
 * How long an answer is repeated without asking Next: as long as the chart specs an export's
 * ETag is built from are kept (app/_export/specs.ts), so a repeat is at most that much older.
 */
export const FIXED_ANSWER_MAX_AGE_MS = 60_000;

// fixedExportKey admits a few dozen URLs; this only bounds a mistake.
const MAX_ENTRIES = 128;

// Per connection or per answer: never repeated.
const HOP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

interface FixedAnswer {
  headers: OutgoingHttpHeaders;
  body: Buffer;
  at: number;
}

const KEY = Symbol.for('trade-energy-dashboard.fixed-answers');

function answers(): Map<string, FixedAnswer> {
  const g = globalThis as { [KEY]?: Map<string, FixedAnswer> };
  g[KEY] ??= new Map();
  return g[KEY];
}

/** Keeps a copy of what Next writes for `key`, and stores it if it is a plain 200 with an ETag. */
function record(key: string, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = res.write;
  const end = res.end;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (typeof chunk !== 'function') keep(chunk);
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse['end'];
  res.once('finish', () => {
    const plain =
      res.statusCode === 200 &&
      res.getHeader('etag') !== undefined &&
      res.getHeader('set-cookie') === undefined &&
      res.getHeader('content-encoding') === undefined;
    if (!plain) return;
    const headers = Object.fromEntries(
      Object.entries(res.getHeaders()).filter(([name]) => !HOP_HEADERS.has(name)),
    );
    const store = answers();
    store.delete(key);
    store.set(key, { headers, body: Buffer.concat(chunks), at: Date.now() });
    for (const oldest of store.keys()) {
      if (store.size <= MAX_ENTRIES) break;
      store.delete(oldest);
    }
  });
}

/**
 * Answers a GET or HEAD of a fixed export (the deck, a chart's PPTX or CSV, the data files, the
 * chart list) with the answer Next gave the same URL less than FIXED_ANSWER_MAX_AGE_MS ago —
 * its headers and bytes, or 304 on a matching If-None-Match — and returns true. Otherwise it has
 * Next's answer recorded for next time and returns false. Next spends ≈ 2–4 ms of the main
 * thread on each request and serves 50 connections unevenly (p99 ≈ 1 s for a 119 kB file
 * it has cached); repeated here, the deck costs what a static file costs.
 */
export function answerFixedExport(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const key = fixedExportKey(req.url ?? '');
  if (key === null) return false;
  const hit = answers().get(key);
  if (hit && Date.now() - hit.at < FIXED_ANSWER_MAX_AGE_MS) {
    const etag = String(hit.headers.etag);
    if (ifNoneMatchHits(req.headers['if-none-match'] ?? null, etag)) {
      const headers = Object.entries(hit.headers).filter(
        ([name]) => name !== 'content-length' && name !== 'content-type',
      );
      res.writeHead(304, Object.fromEntries(headers));
      res.end();
    } else {
      res.writeHead(200, {
        ...hit.headers,
        'content-length': hit.body.byteLength,
        'x-export-cache': 'hit',
      });
      res.end(req.method === 'HEAD' ? undefined : hit.body);
    }
    return true;
  }
  if (req.method === 'GET' && req.headers.range === undefined) record(key, res);
  return false;
}

interface KnownEtag {
  etag: string;
  headers: OutgoingHttpHeaders;
  at: number;
}

const ETAGS_KEY = Symbol.for('trade-energy-dashboard.prebuilt-etags');

// 10 charts × 24 files today; only answers Next gave with a 200 are kept.
const MAX_ETAGS = 512;

function knownEtags(): Map<string, KnownEtag> {
  const g = globalThis as { [ETAGS_KEY]?: Map<string, KnownEtag> };
  g[ETAGS_KEY] ??= new Map();
  return g[ETAGS_KEY];
}

/** The headers of a 304 for an answer with these headers: all but the body's. */
function notModifiedHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) => !HOP_HEADERS.has(name) && name !== 'content-length' && name !== 'content-type',
    ),
  );
}

/**
 * Answers a revalidation (If-None-Match) of a build-time image with 304 when it names the ETag
 * Next sent for the same URL less than FIXED_ANSWER_MAX_AGE_MS ago, and returns true. Next
 * serves these files from its build cache with an ETag but answers If-None-Match with the whole
 * file again, so a browser or a CDN revalidating would fetch it every time. Otherwise it notes
 * the ETag of Next's answer and returns false. Only the ETag and headers are kept, not the bytes.
 */
export function answerPrebuiltRevalidation(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const key = prebuiltImageKey(req.url ?? '');
  if (key === null) return false;
  const known = knownEtags().get(key);
  const inm = req.headers['if-none-match'] ?? null;
  if (
    known &&
    Date.now() - known.at < FIXED_ANSWER_MAX_AGE_MS &&
    ifNoneMatchHits(inm, known.etag)
  ) {
    res.writeHead(304, known.headers);
    res.end();
    return true;
  }
  res.once('finish', () => {
    const etag = res.getHeader('etag');
    if (res.statusCode !== 200 || typeof etag !== 'string') return;
    const store = knownEtags();
    store.delete(key);
    store.set(key, { etag, headers: notModifiedHeaders(res.getHeaders()), at: Date.now() });
    for (const oldest of store.keys()) {
      if (store.size <= MAX_ETAGS) break;
      store.delete(oldest);
    }
  });
  return false;
}
