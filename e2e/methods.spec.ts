import { expect, test } from '@playwright/test';
import { chartIds } from '@/lib/charts/registry';
import { ALLOW } from '@/lib/http-methods';
import { send, sendRaw, type RawAnswer } from './raw-http';

// Every method on every kind of path: pages, route handlers, prerendered files, Next's static
// assets and unknown paths. GET/HEAD are served, OPTIONS is 204 with Allow, everything else 405
// with Allow (501 for a method Node's parser rejects), each with the security headers.

const ID = chartIds[0]!;
const REFUSED = ['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'PROPFIND', 'M-SEARCH', 'PURGE'];

/** One path of each family, found on the running server where it is not fixed. */
async function paths(baseURL: string): Promise<string[]> {
  const html = (await send(baseURL, '/')).body.toString('utf8');
  const chunk = /"(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk, 'a script chunk of /').toBeDefined();
  return [
    '/',
    `/charts/${ID}`,
    '/nope',
    '/api/charts',
    `/api/charts/${ID}/png?preset=og`,
    '/api/deck.pptx',
    '/api/nope',
    `/embed/${ID}`,
    '/embed/nope',
    `/charts/${ID}/og.png`,
    '/icon.svg',
    chunk!,
  ];
}

function expectGuarded(r: RawAnswer, where: string) {
  expect(r.headers['x-content-type-options'], where).toBe('nosniff');
  expect(r.headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
  expect(r.headers['permissions-policy'], where).toContain('camera=()');
  expect(r.headers['content-security-policy'], where).toContain("default-src 'none'");
  expect(r.headers['x-frame-options'], where).toBe('SAMEORIGIN');
  expect(r.headers['x-powered-by'], where).toBeUndefined();
  expect(r.body.byteLength, where).toBe(0);
}

test.describe('request methods', () => {
  test('GET and HEAD are served on every kind of path, never with a 5xx', async ({ baseURL }) => {
    for (const path of await paths(baseURL!)) {
      for (const method of ['GET', 'HEAD']) {
        const r = await send(baseURL!, path, { method });
        expect([200, 404], `${method} ${path}`).toContain(r.status);
        expect(r.headers['x-content-type-options'], `${method} ${path}`).toBe('nosniff');
      }
    }
  });

  test('OPTIONS answers 204 with Allow on pages as on the API and files', async ({ baseURL }) => {
    for (const path of await paths(baseURL!)) {
      const r = await send(baseURL!, path, { method: 'OPTIONS' });
      expect(r.status, `OPTIONS ${path}`).toBe(204);
      expect(r.headers.allow, `OPTIONS ${path}`).toBe(ALLOW);
      expectGuarded(r, `OPTIONS ${path}`);
    }
  });

  test('every other method is 405 with Allow and the security headers, TRACE included', async ({
    baseURL,
  }) => {
    for (const path of await paths(baseURL!)) {
      for (const method of REFUSED) {
        const r = await send(baseURL!, path, {
          method,
          headers: { 'Content-Type': 'text/plain' },
          body: 'abc',
        });
        expect(r.status, `${method} ${path}`).toBe(405);
        expect(r.headers.allow, `${method} ${path}`).toBe(ALLOW);
        expectGuarded(r, `${method} ${path}`);
      }
    }
  });

  test('a method the HTTP parser rejects is 501 with the headers; CONNECT is 405', async ({
    baseURL,
  }) => {
    for (const method of ['TRACK', 'FOO', 'BREW', 'get']) {
      const r = await sendRaw(baseURL!, `${method} / HTTP/1.1\r\nHost: x\r\n\r\n`);
      expect(r.status, method).toBe(501);
      expect(r.headers.allow, method).toBe(ALLOW);
      expectGuarded(r, method);
    }
    const connect = await sendRaw(baseURL!, 'CONNECT example.org:443 HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(connect.status).toBe(405);
    expectGuarded(connect, 'CONNECT');
  });

  test('a request the parser rejects gets its 4xx with the security headers', async ({
    baseURL,
  }) => {
    const long = await sendRaw(
      baseURL!,
      `GET /?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    );
    expect(long.status).toBe(431);
    expectGuarded(long, 'a 20 kB request line');
    const bad = await sendRaw(baseURL!, 'GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    expect(bad.status).toBe(400);
    expectGuarded(bad, 'a header line without a colon');
  });

  test('a POST carrying a server-action header is refused before Next reads it', async ({
    baseURL,
  }) => {
    for (const path of ['/', `/charts/${ID}`, '/api/charts']) {
      const r = await send(baseURL!, path, {
        method: 'POST',
        headers: { 'Next-Action': 'zq<script>x9', 'Content-Type': 'text/plain;charset=UTF-8' },
      });
      expect(r.status, path).toBe(405);
    }
  });
});
