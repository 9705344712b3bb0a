import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CACHE_CONTROL, prepareHtmlAnswer } from './html-answers';

const INIT = '(self.__next_f=self.__next_f||[]).push([0])';
const CHUNK = 'self.__next_f.push([1,"0:{\\"a\\":1}\\n"])';
const PAGE =
  `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script>` +
  `<script>${INIT}</script></head><body>${'<p>figure</p>'.repeat(200)}` +
  `<script>alert(1)</script><script>${CHUNK}</script></body></html>`;
const sha = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;

let server: Server;
let base: string;

beforeAll(async () => {
  // As Next writes a page: headers, then the HTML in pieces, then end.
  server = createServer((req, res) => {
    prepareHtmlAnswer(req, res);
    if (req.url === '/data.json') {
      res.setHeader('Content-Type', 'application/json');
      res.end('{"a":1}');
      return;
    }
    res.statusCode = req.url === '/nope' ? 404 : 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    res.setHeader('ETag', '"next-own"');
    res.setHeader('x-nextjs-rewritten-query', 'sort=zq%3Cscript%3Ex9');
    res.setHeader('x-middleware-rewrite', 'http://localhost:3000/q?sort=zq%3Cscript%3Ex9');
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    res.writeHead(res.statusCode);
    const half = PAGE.length >> 1;
    res.write(PAGE.slice(0, half));
    res.end(Buffer.from(PAGE.slice(half)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('prepareHtmlAnswer', () => {
  it("lists the hashes of the page's own Next scripts, nothing else, in script-src", async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(PAGE);
    const scriptSrc = res.headers
      .get('content-security-policy')!
      .split('; ')
      .find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' ${sha(INIT)} ${sha(CHUNK)}`);
  });

  it('says a shared cache may keep it, with an ETag of the bytes and a 304', async () => {
    const res = await fetch(`${base}/`);
    expect(res.headers.get('cache-control')).toBe(PAGE_CACHE_CONTROL);
    const etag = res.headers.get('etag')!;
    const digest = createHash('sha256').update(PAGE).digest('base64url').slice(0, 27);
    expect(etag).toBe(`W/"${digest}"`);
    const again = await fetch(`${base}/`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(PAGE_CACHE_CONTROL);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
  });

  it('sends gzip when asked, the same bytes once inflated', async () => {
    // fetch() would inflate it itself: ask with node:http's raw bytes instead.
    const { request } = await import('node:http');
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((r) => {
      request(`${base}/`, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => r({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).end();
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(String(raw.headers.vary)).toContain('Accept-Encoding');
    expect(Number(raw.headers['content-length'])).toBe(raw.body.length);
    expect(gunzipSync(raw.body).toString()).toBe(PAGE);
  });

  it('keeps a 404 out of shared caches but still hashes its scripts', async () => {
    const res = await fetch(`${base}/nope`, { headers: { 'If-None-Match': '*' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain(sha(INIT));
  });

  it("drops Next's report of the proxy's rewrite, which would repeat the query", async () => {
    const res = await fetch(`${base}/`);
    expect(res.headers.get('x-nextjs-rewritten-query')).toBeNull();
    expect(res.headers.get('x-middleware-rewrite')).toBeNull();
  });

  it('gives a HEAD the same caching, without hashes (there are no bytes)', async () => {
    const res = await fetch(`${base}/`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(PAGE_CACHE_CONTROL);
    expect(res.headers.get('x-nextjs-rewritten-query')).toBeNull();
  });

  it('passes other answers through untouched', async () => {
    const res = await fetch(`${base}/data.json`);
    expect(await res.text()).toBe('{"a":1}');
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(res.headers.get('etag')).toBeNull();
  });
});
