import { describe, expect, it } from 'vitest';
import { GateBusyError } from '@/lib/export/render-gate';
import { errorResponse, exportResponse } from './responses';

const req = (headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/x', { headers });

describe('exportResponse', () => {
  const base = {
    contentType: 'text/csv; charset=utf-8',
    fileName: 'a.csv',
    download: true,
  };

  it('renders once, then answers from the cache and with 304 on a matching If-None-Match', async () => {
    let calls = 0;
    const o = {
      ...base,
      etagParts: ['responses-test', Math.random()],
      produce: () => `x${++calls}`,
    };
    const first = await exportResponse(req(), o);
    expect(first.status).toBe(200);
    expect(await first.text()).toBe('x1');
    expect(first.headers.get('x-export-cache')).toBe('miss');
    expect(first.headers.get('content-disposition')).toBe('attachment; filename="a.csv"');
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const etag = first.headers.get('etag')!;
    const second = await exportResponse(req(), o);
    expect([second.headers.get('x-export-cache'), await second.text()]).toEqual(['hit', 'x1']);
    const notModified = await exportResponse(req({ 'if-none-match': etag }), o);
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(etag);
    expect(calls).toBe(1);
  });

  it('turns a busy renderer into 503 with Retry-After', async () => {
    const r = await exportResponse(req(), {
      ...base,
      etagParts: ['busy', Math.random()],
      produce: () => Promise.reject(new GateBusyError('wait-timeout')),
    });
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('lets other errors through', async () => {
    await expect(
      exportResponse(req(), {
        ...base,
        etagParts: ['err', Math.random()],
        produce: () => Promise.reject(new Error('bug')),
      }),
    ).rejects.toThrow('bug');
  });
});

describe('errorResponse', () => {
  it('is uncached JSON with the three fields', async () => {
    const r = errorResponse(400, { error: 'e', parameter: 'width', allowed: '320–4000' });
    expect(r.status).toBe(400);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(await r.json()).toEqual({ error: 'e', parameter: 'width', allowed: '320–4000' });
  });
});
