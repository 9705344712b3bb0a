import { computeEtag, ifNoneMatchHits } from '@/lib/export/etag';
import { contentDisposition } from '@/lib/export/file-names';
import type { ParamError } from '@/lib/export/image-params';
import { GateBusyError, RenderTimeoutError } from '@/lib/export/render-gate';
import { CODE_VERSION } from './code-version';
import { RETRY_AFTER_S, exportState } from './state';

/** Browsers and CDNs may reuse an export for an hour, then revalidate with If-None-Match. */
export const EXPORT_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

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

function busy(): Response {
  return errorResponse(
    503,
    { error: 'the image renderer is busy; retry shortly', parameter: '', allowed: '' },
    { 'Retry-After': String(RETRY_AFTER_S) },
  );
}

/**
 * Answers an export request: 304 when If-None-Match carries the ETag of (etagParts, code
 * version); otherwise the body from the process cache or from `produce`, with Content-Type,
 * Content-Disposition, ETag and Cache-Control. A saturated renderer gives 503 + Retry-After.
 */
export async function exportResponse(
  request: Request,
  o: {
    etagParts: readonly unknown[];
    contentType: string;
    fileName: string;
    download: boolean;
    produce: () => Promise<Uint8Array | string> | Uint8Array | string;
  },
): Promise<Response> {
  const etag = computeEtag([...o.etagParts, CODE_VERSION]);
  const common = { ETag: etag, 'Cache-Control': EXPORT_CACHE_CONTROL };
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  const { bodies } = exportState();
  let cached = bodies.get(etag);
  const hit = cached !== undefined;
  if (!cached) {
    try {
      const produced = await o.produce();
      cached = {
        body: typeof produced === 'string' ? new TextEncoder().encode(produced) : produced,
      };
    } catch (e) {
      if (e instanceof GateBusyError || e instanceof RenderTimeoutError) return busy();
      throw e;
    }
    bodies.set(etag, cached);
  }
  return new Response(cached.body as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      ...common,
      'Content-Type': o.contentType,
      'Content-Disposition': contentDisposition(o.fileName, o.download),
      'Content-Length': String(cached.body.byteLength),
      'X-Export-Cache': hit ? 'hit' : 'miss',
    },
  });
}
