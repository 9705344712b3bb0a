import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { ifNoneMatchHits } from '@/lib/export/etag';
import { pageCsp, pageScriptHashes, pathFamily } from '@/lib/security-headers';

/**
 * What a shared cache may do with a page (issue 13): keep it a day and serve it a day stale while
 * it revalidates — a day at most, like the exports, since the projections' statuses follow the
 * date (the pages are re-rendered by Next at most a day after they were built, `revalidate`).
 * Browsers revalidate every time (`max-age=0`): a 304 costs nothing, and a new build's page
 * names new chunks.
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=86400, stale-while-revalidate=86400';

// Distinct pages and query renders whose gzip is kept; bounds memory, not correctness.
const MAX_ENTRIES = 64;

interface Finished {
  etag: string;
  csp: string;
  gzip: Buffer | null;
}

const KEY = Symbol.for('trade-energy-dashboard.html-answers');

/** The last answers by ETag: their CSP and gzip, so a repeated page is hashed, not re-encoded. */
function finishedByEtag(): Map<string, Finished> {
  const g = globalThis as { [KEY]?: Map<string, Finished> };
  g[KEY] ??= new Map();
  return g[KEY];
}

/** True for a request whose answer is a page's HTML (not the router's RSC fetches). */
function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.headers.rsc !== undefined || req.headers['next-router-prefetch'] !== undefined) {
    return false;
  }
  return pathFamily((req.url ?? '/').split('?')[0]!) === 'page';
}

function isHtml(res: ServerResponse): boolean {
  return /^text\/html\b/i.test(String(res.getHeader('content-type') ?? ''));
}

function toBuffer(chunk: unknown, encoding?: unknown): Buffer | null {
  if (typeof chunk === 'string') {
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  }
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
  return null;
}

/** The CSP, ETag and gzip of a page's bytes (from the cache when the bytes were seen before). */
async function finish(body: Buffer, dev: boolean): Promise<Finished> {
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const store = finishedByEtag();
  const known = store.get(etag);
  if (known) return known;
  const { hashes } = await pageScriptHashes(body.toString('utf8'));
  const f: Finished = {
    etag,
    csp: pageCsp(hashes, { dev }),
    gzip: body.length > 1024 ? gzipSync(body, { level: 6 }) : null,
  };
  store.set(etag, f);
  for (const oldest of store.keys()) {
    if (store.size <= MAX_ENTRIES) break;
    store.delete(oldest);
  }
  return f;
}

function addVary(res: ServerResponse, field: string): void {
  const vary = String(res.getHeader('vary') ?? '');
  if (
    !vary
      .toLowerCase()
      .split(/\s*,\s*/)
      .includes(field.toLowerCase())
  ) {
    res.setHeader('Vary', vary ? `${vary}, ${field}` : field);
  }
}

/**
 * Gives every HTML page its headers from its own bytes, before they leave the process: a CSP
 * whose `script-src` lists the SHA-256 of each inline script Next wrote into that page (see
 * pageScriptHashes), an ETag of the bytes with a 304 on a matching If-None-Match, the shared-cache
 * Cache-Control of a 200, and gzip (kept per ETag, so a prerendered page is compressed once).
 *
 * Why hashes taken from the bytes, not a nonce or a build-time manifest: a nonce must differ per
 * response, so no page could be prerendered or kept by a shared cache (the cause of issue 13). A
 * manifest of hashes computed at build from the prerendered HTML covers only those pages; a
 * query render's flight scripts differ per query, and ISR re-renders a page a day later with new
 * bytes. Hashing the bytes here covers every page, prerendered or not, with one mechanism that
 * cannot go stale. Measured on the 530 kB `/` (load average 17 on 2 cores): the SHA-256 of the
 * bytes for the ETag, per request, 2.4 ms; finding and hashing its 16 inline scripts 8.3 ms and
 * gzip -6 37 ms, both once per distinct page (kept by ETag), where Next's compression gzipped
 * every response again. Next's SRI support (`experimental.sri`) covers only
 * `<script src>` chunks, which `'self'` allows already, not the inline flight scripts. Only
 * scripts of the forms Next writes are hashed (isNextInlineScript), so markup some bug let in
 * stays blocked.
 *
 * The request's Accept-Encoding and If-None-Match are taken from Next (so Next's compression
 * leaves the bytes as they are, and Next never answers 304 with its own ETag) and applied here.
 * A HEAD gets the fixed page CSP of next.config.ts and the Cache-Control, without hashes (it
 * has no bytes to hash). Other answers (RSC fetches, non-HTML) pass through untouched.
 */
export function prepareHtmlAnswer(req: IncomingMessage, res: ServerResponse): void {
  if (!isPageRequest(req)) return;
  const acceptEncoding = String(req.headers['accept-encoding'] ?? '');
  const ifNoneMatch = req.headers['if-none-match'];
  delete req.headers['accept-encoding'];
  delete req.headers['if-none-match'];
  const dev = process.env.NODE_ENV === 'development';

  const proto = Object.getPrototypeOf(res) as ServerResponse;
  const writeHead = proto.writeHead;
  const write = proto.write;
  const end = proto.end;
  const chunks: Buffer[] = [];
  let passing: boolean | null = null; // null: not decided; decided on the first bytes or end.
  let headArgs: unknown[] | null = null;

  // Next names the URL a proxy rewrite went to (`http://localhost:…/q/…?…`): of no use to a
  // browser loading the page, and a long hostile query would come back in a header too big to
  // parse (and repeated in a second one).
  const dropRewriteHeaders = () => {
    res.removeHeader('x-middleware-rewrite');
    res.removeHeader('x-nextjs-rewritten-path');
    res.removeHeader('x-nextjs-rewritten-query');
  };
  const restore = () => {
    passing = true;
    if (headArgs) (writeHead as (...a: unknown[]) => ServerResponse).apply(res, headArgs);
  };
  const decide = () => {
    if (passing !== null) return;
    if (req.method === 'GET' && isHtml(res)) {
      passing = false;
      return;
    }
    if (isHtml(res)) {
      // HEAD of a page: no bytes to hash (next.config.ts's page CSP stays), the same caching.
      dropRewriteHeaders();
      if (res.statusCode === 200) res.setHeader('Cache-Control', PAGE_CACHE_CONTROL);
    }
    restore();
  };

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (passing)
      return (writeHead as (...a: unknown[]) => ServerResponse).call(this, status, ...rest);
    // Deferred: the headers are only known once the bytes are.
    this.statusCode = status;
    const headers = rest.find((r) => typeof r === 'object' && r !== null) as
      OutgoingHttpHeaders | undefined;
    for (const [k, v] of Object.entries(headers ?? {})) if (v !== undefined) this.setHeader(k, v);
    headArgs = [status];
    return this;
  } as ServerResponse['writeHead'];
  res.flushHeaders = function (this: ServerResponse) {
    if (passing) proto.flushHeaders.call(this);
  };
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    decide();
    if (passing) {
      // The deferred writeHead (if any) went out in restore().
      return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    }
    const b = toBuffer(chunk, rest[0]);
    if (b) chunks.push(b);
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    if (cb) process.nextTick(cb);
    return true;
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (typeof chunk === 'function') {
      rest = [chunk];
      chunk = undefined;
    }
    decide();
    if (passing) {
      return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    }
    const b = toBuffer(chunk, rest[0]);
    if (b) chunks.push(b);
    const body = Buffer.concat(chunks);
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    finish(body, dev).then(
      (f) => {
        const ok = this.statusCode === 200;
        dropRewriteHeaders();
        this.setHeader('Content-Security-Policy', f.csp);
        this.removeHeader('Content-Length');
        this.removeHeader('Content-Encoding');
        // Next's own ETag of a 404 or 500: nothing revalidates against it (If-None-Match was
        // taken from the request), and no shared cache should keep such a page.
        if (!ok) this.removeHeader('ETag');
        if (ok) {
          this.setHeader('ETag', f.etag);
          this.setHeader('Cache-Control', PAGE_CACHE_CONTROL);
          if (ifNoneMatchHits(typeof ifNoneMatch === 'string' ? ifNoneMatch : null, f.etag)) {
            this.statusCode = 304;
            this.removeHeader('Content-Type');
            (writeHead as (s: number) => ServerResponse).call(this, 304);
            (end as () => ServerResponse).call(this);
            done?.();
            return;
          }
        }
        addVary(this, 'Accept-Encoding');
        const gz = f.gzip !== null && /\bgzip\b/i.test(acceptEncoding);
        const out = gz ? f.gzip! : body;
        if (gz) this.setHeader('Content-Encoding', 'gzip');
        this.setHeader('Content-Length', out.length);
        (writeHead as (s: number) => ServerResponse).call(this, this.statusCode);
        (end as (b: Buffer) => ServerResponse).call(this, out);
        done?.();
      },
      (err: unknown) => {
        // Never send a page without its CSP: answer 500 instead.
        console.error('html-answers: could not finish a page', err);
        this.statusCode = 500;
        (end as () => ServerResponse).call(this);
      },
    );
    return this;
  } as ServerResponse['end'];
}
