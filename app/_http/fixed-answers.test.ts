import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  FIXED_ANSWER_MAX_AGE_MS,
  answerFixedExport,
  answerPrebuiltRevalidation,
} from './fixed-answers';

let server: Server;
let port = 0;
const calls = new Map<string, number>();

/** A stand-in for Next: counts the requests it answers; a path with `/gone/` is a 404. */
beforeAll(async () => {
  server = createServer((req, res) => {
    if (answerFixedExport(req, res) || answerPrebuiltRevalidation(req, res)) return;
    const n = (calls.get(req.url!) ?? 0) + 1;
    calls.set(req.url!, n);
    res.statusCode = req.url!.includes('/gone/') ? 404 : 200;
    res.setHeader('ETag', `"v${n}"`);
    res.setHeader('Content-Type', 'text/csv');
    res.setHeader('Content-Security-Policy', "default-src 'none'");
    res.write('body ');
    res.end(`${n}`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
});

function get(path: string, o: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path, method: o.method, headers: o.headers },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

describe('answerFixedExport', () => {
  it('repeats the answer to a fixed export: same headers and bytes, without asking again', async () => {
    const first = await get('/api/charts/a/csv');
    const again = await get('/api/charts/a/csv');
    expect([first.body, again.body]).toEqual(['body 1', 'body 1']);
    expect(again.headers.etag).toBe('"v1"');
    expect(again.headers['content-security-policy']).toBe("default-src 'none'");
    expect(again.headers['x-export-cache']).toBe('hit');
    expect(calls.get('/api/charts/a/csv')).toBe(1);
  });

  it('answers 304 to a matching If-None-Match and HEAD without a body', async () => {
    await get('/api/charts/b/csv');
    const notModified = await get('/api/charts/b/csv', { headers: { 'If-None-Match': '"v1"' } });
    expect([notModified.status, notModified.body, notModified.headers.etag]).toEqual([
      304,
      '',
      '"v1"',
    ]);
    const head = await get('/api/charts/b/csv', { method: 'HEAD' });
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '6']);
    expect(calls.get('/api/charts/b/csv')).toBe(1);
  });

  it('never keeps an error, another URL or another query', async () => {
    await get('/api/charts/gone/csv');
    await get('/api/charts/gone/csv');
    expect(calls.get('/api/charts/gone/csv')).toBe(2);
    await get('/api/charts/c/png');
    await get('/api/charts/c/png');
    expect(calls.get('/api/charts/c/png')).toBe(2);
    await get('/api/charts/c/csv?v=1');
    await get('/api/charts/c/csv?v=1');
    expect(calls.get('/api/charts/c/csv?v=1')).toBe(2);
  });

  it('asks again once the answer is older than FIXED_ANSWER_MAX_AGE_MS', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await get('/api/charts/d/csv');
      vi.setSystemTime(Date.now() + FIXED_ANSWER_MAX_AGE_MS + 1);
      expect((await get('/api/charts/d/csv')).body).toBe('body 2');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('answerPrebuiltRevalidation', () => {
  const IMAGE = '/charts/trade-trend/og.png';

  it("answers If-None-Match with the ETag Next just sent with 304 and the answer's headers", async () => {
    const first = await get(IMAGE);
    expect([first.status, first.headers.etag]).toEqual([200, '"v1"']);
    const notModified = await get(IMAGE, { headers: { 'If-None-Match': '"v1"' } });
    expect([notModified.status, notModified.body, notModified.headers.etag]).toEqual([
      304,
      '',
      '"v1"',
    ]);
    expect(notModified.headers['content-security-policy']).toBe("default-src 'none'");
    expect(notModified.headers['content-type']).toBeUndefined();
    expect(calls.get(IMAGE)).toBe(1);
  });

  it('asks Next for a plain GET, another ETag, an error and an expired ETag', async () => {
    const path = '/charts/mirror-gap/square-dark.svg';
    await get(path);
    expect((await get(path)).body).toBe('body 2');
    expect((await get(path, { headers: { 'If-None-Match': '"v1"' } })).status).toBe(200);
    expect(calls.get(path)).toBe(3);
    await get('/charts/gone/og.png');
    expect(
      (await get('/charts/gone/og.png', { headers: { 'If-None-Match': '"v1"' } })).status,
    ).toBe(404);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + FIXED_ANSWER_MAX_AGE_MS + 1);
      expect((await get(path, { headers: { 'If-None-Match': '"v3"' } })).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never answers a query or another path', async () => {
    await get('/charts/trade-trend/og.png?v=1');
    const again = await get('/charts/trade-trend/og.png?v=1', {
      headers: { 'If-None-Match': '"v1"' },
    });
    expect(again.status).toBe(200);
  });
});
