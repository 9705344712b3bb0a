import { computeEtag, ifNoneMatchHits } from '@/lib/export/etag';
import { contentDisposition } from '@/lib/export/file-names';
import type { ParamError } from '@/lib/export/image-params';
import { RenderAbortedError, isErrorNamed, type GateBusyError } from '@/lib/export/render-gate';
import { CODE_VERSION } from './code-version';
import { exportState, type Flight } from './state';

/**
 * An export's bytes change only with a build (its ETag names the spec and code version), or,
 * for the projections chart, with the date: browsers reuse it for an hour, shared caches (a CDN,
 * the nginx of scripts/serve-cluster.sh) for a day, and either may serve it a day stale while it
 * revalidates with If-None-Match.
 */
export const EXPORT_CACHE_CONTROL =
  'public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400';

/** Seconds a client should wait after a 503 when the gate gave no estimate. */
export const RETRY_AFTER_S = 2;

/**
 * How long a refusal is held before it is sent. A client that ignores Retry-After and asks again
 * at once (wrk at 100 connections did, ≈ 200 refusals a second) then costs a timer rather than a
 * core of the main thread, which the renders need.
 */
export const BUSY_HOLD_MS = 1_000;

/** Resolves after `ms`, or at once when `signal` fires (the client has left). */
function hold(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** A JSON error; the body names the parameter and what is allowed, never the input. */
export function errorResponse(
  status: 400 | 404 | 503,
  body: ParamError,
  headers: Record<string, string> = {},
): Response {
  return Response.json(body, {
    status,
    headers: { 'Cache-Control': 'no-store', ...headers },
  });
}

function busy(retryAfterS: number): Response {
  return errorResponse(
    503,
    { error: 'the image renderer is busy; retry shortly', parameter: '', allowed: '' },
    { 'Retry-After': String(retryAfterS) },
  );
}

const toBytes = (v: Uint8Array | string) =>
  typeof v === 'string' ? new TextEncoder().encode(v) : v;

/** `promise`, or a RenderAbortedError as soon as `signal` fires. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new RenderAbortedError());
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new RenderAbortedError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The body for `etag`, produced once however many requests ask for it at the same time. Each
 * request waits with its own signal. When the last one waiting has left, an `abortable`
 * production is aborted (a queued render is dropped, a running one stops at its next step);
 * any other runs on and is kept, since the next request would only start it again.
 */
async function produceOnce(
  etag: string,
  produce: (signal: AbortSignal) => Promise<Uint8Array | string> | Uint8Array | string,
  o: { signal: AbortSignal | undefined; abortable: boolean; keep: (body: Uint8Array) => void },
): Promise<Uint8Array> {
  const { flights } = exportState();
  let flight = flights.get(etag);
  if (!flight) {
    const controller = new AbortController();
    const f: Flight = {
      controller,
      waiters: 0,
      settled: false,
      promise: Promise.resolve(new Uint8Array()),
    };
    f.promise = Promise.resolve()
      .then(() => produce(controller.signal))
      .then((v) => {
        const body = toBytes(v);
        o.keep(body);
        return body;
      })
      .finally(() => {
        f.settled = true;
        if (flights.get(etag) === f) flights.delete(etag);
      });
    f.promise.catch(() => {});
    flights.set(etag, f);
    flight = f;
  }
  flight.waiters++;
  try {
    return await untilAborted(flight.promise, o.signal);
  } finally {
    flight.waiters--;
    if (o.abortable && flight.waiters === 0 && !flight.settled) {
      flight.controller.abort();
      if (flights.get(etag) === flight) flights.delete(etag);
    }
  }
}

/**
 * Answers an export request: 304 when If-None-Match carries the ETag of (etagParts, code
 * version); otherwise the body from the process cache or from `produce`, with Content-Type,
 * Content-Disposition, ETag and Cache-Control. Identical concurrent requests share one
 * `produce`; an `abortable` one (a render) gets an AbortSignal that fires when every one of them
 * has gone. A `pin` names
 * a fixed export (the deck, a chart's PPTX): its current body is kept outside the LRU, so it is
 * built once per process. A saturated renderer gives 503 + Retry-After, after BUSY_HOLD_MS.
 */
export async function exportResponse(
  request: Request,
  o: {
    etagParts: readonly unknown[];
    contentType: string;
    fileName: string;
    download: boolean;
    produce: (signal: AbortSignal) => Promise<Uint8Array | string> | Uint8Array | string;
    abortable?: boolean;
    pin?: string;
  },
): Promise<Response> {
  const etag = computeEtag([...o.etagParts, CODE_VERSION]);
  const common = { ETag: etag, 'Cache-Control': EXPORT_CACHE_CONTROL };
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  const { bodies, pinned } = exportState();
  const pin = o.pin;
  const pinnedHit = pin ? pinned.get(pin) : undefined;
  let body = pin ? (pinnedHit?.etag === etag ? pinnedHit.body : undefined) : bodies.get(etag)?.body;
  const hit = body !== undefined;
  if (!body) {
    const keep = (b: Uint8Array) =>
      pin ? pinned.set(pin, { etag, body: b }) : bodies.set(etag, { body: b });
    try {
      body = await produceOnce(etag, o.produce, {
        signal: request.signal,
        abortable: o.abortable ?? false,
        keep,
      });
    } catch (e) {
      if (isErrorNamed<GateBusyError>(e, 'GateBusyError')) {
        await hold(BUSY_HOLD_MS, request.signal);
        return busy(e.retryAfterS);
      }
      // The client has gone (no one reads this answer), or the renderer failed for a while.
      if (
        isErrorNamed(e, 'RenderAbortedError') ||
        isErrorNamed(e, 'RenderTimeoutError') ||
        isErrorNamed(e, 'RenderWorkerError')
      ) {
        return busy(RETRY_AFTER_S);
      }
      throw e;
    }
  }
  return new Response(body as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      ...common,
      'Content-Type': o.contentType,
      'Content-Disposition': contentDisposition(o.fileName, o.download),
      'Content-Length': String(body.byteLength),
      'X-Export-Cache': hit ? 'hit' : 'miss',
    },
  });
}
