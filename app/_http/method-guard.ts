import { Server, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ALLOW, methodDecision } from '@/lib/http-methods';
import { answerFixedExport, answerPrebuiltRevalidation } from './fixed-answers';
import { prepareHtmlAnswer } from './html-answers';
import { baselineHeaders } from '@/lib/security-headers';

const INSTALLED = Symbol.for('trade-energy-dashboard.method-guard');
const SEEN = Symbol.for('trade-energy-dashboard.method-guard.server');

/** Headers of every answer the guard gives itself: the site's common ones, inert and unframable. */
function guardHeaders(status: number): Record<string, string> {
  const h: Record<string, string> = { ...baselineHeaders('/'), 'Cache-Control': 'no-store' };
  if (status === 204 || status === 405 || status === 501) h.Allow = ALLOW;
  if (status !== 204) h['Content-Length'] = '0';
  return h;
}

// What Node answers to a request its parser rejects (its own answer has no other header).
const PARSE_ERROR_STATUS: Record<string, number> = {
  HPE_INVALID_METHOD: 501,
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/** The bytes of a whole answer on a socket Node's HTTP layer no longer owns. */
function rawAnswer(status: number): string {
  const lines = Object.entries({ ...guardHeaders(status), Connection: 'close' }).map(
    ([k, v]) => `${k}: ${v}`,
  );
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('\r\n')}\r\n\r\n`;
}

/**
 * Answers the request itself when its method is not simply routed, and returns true; otherwise
 * gives the response the site's baseline headers and lets Next answer.
 */
function answerRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const decision = methodDecision(req.method ?? '');
  if (decision.action === 'pass') {
    const pathname = (req.url ?? '/').split('?')[0]!;
    for (const [k, v] of Object.entries(baselineHeaders(pathname))) res.setHeader(k, v);
    return false;
  }
  const status = decision.action === 'options' ? 204 : 405;
  res.writeHead(status, guardHeaders(status));
  res.end();
  // The request body, if any, is never read: drop it rather than buffer it.
  req.resume();
  return true;
}

/**
 * A request Node's parser rejects: the status Node would send (400, or 431 for oversized
 * headers), but with the site's headers; 501 for a method it does not know (`TRACK`, `FOO`).
 */
function answerClientError(err: unknown, socket: Duplex): boolean {
  const code = String((err as { code?: unknown }).code ?? '');
  if (code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return true;
  }
  socket.end(rawAnswer(PARSE_ERROR_STATUS[code] ?? 400));
  return true;
}

/** CONNECT: Node would drop the connection without a word; say 405 instead. */
function answerConnect(_req: IncomingMessage, socket: Duplex): void {
  socket.end(rawAnswer(405));
}

/**
 * Applies `methodDecision` to every request of this process's HTTP servers before Next sees it.
 * Next cannot do it: its proxy and route handlers build a fetch `Request`, which throws on
 * `TRACE` (a 500 with a stack trace in the log), static files answer non-GET with 500, and pages
 * render for any method. So the guard wraps `http.Server#emit` (installed once, from
 * instrumentation.ts): `request` events with another method are answered here; a request the
 * parser rejects gets Node's status with the security headers (501 for an unknown method rather
 * than a bare 400); CONNECT gets 405 rather than a dropped socket. A fixed export Next answered
 * a moment ago is answered again from memory (see answerFixedExport), and a build-time image's
 * revalidation with 304 (answerPrebuiltRevalidation), and a page gets its hash CSP, ETag, 304,
 * Cache-Control and gzip from its bytes (prepareHtmlAnswer). Requests that arrive while
 * Next is still starting are not seen.
 */
export function installMethodGuard(): void {
  const proto = Server.prototype as Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function guardedEmit(
    this: Server & { [SEEN]?: true },
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    if (event === 'connection' && !this[SEEN]) {
      this[SEEN] = true;
      if (this.listenerCount('connect') === 0) this.on('connect', answerConnect);
    } else if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      if (answerRequest(req, res) || answerFixedExport(req, res)) return true;
      if (answerPrebuiltRevalidation(req, res)) return true;
      prepareHtmlAnswer(req, res);
    } else if (event === 'clientError') {
      if (answerClientError(args[0], args[1] as Duplex)) return true;
    }
    return emit.call(this, event, ...args);
  } as Server['emit'];
}
