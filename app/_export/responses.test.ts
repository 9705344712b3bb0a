import { afterEach, describe, expect, it, vi } from 'vitest';
import { GateBusyError } from '@/lib/export/render-gate';
import { BUSY_HOLD_MS, errorResponse, exportResponse } from './responses';

afterEach(() => {
  vi.useRealTimers();
});

const req = (headers: Record<string, string> = {}, signal?: AbortSignal) =>
  new Request('http://localhost/api/x', { headers, signal });

const base = {
  contentType: 'text/csv; charset=utf-8',
  fileName: 'a.csv',
  download: true,
};

/** A produce function that resolves when `release()` is called and counts its calls. */
function gated() {
  let release!: (v: string) => void;
  let calls = 0;
  let signal: AbortSignal | undefined;
  const body = new Promise<string>((r) => (release = r));
  return {
    produce: (s: AbortSignal) => {
      calls++;
      signal = s;
      return body;
    },
    release: (v: string) => release(v),
    calls: () => calls,
    signal: () => signal,
  };
}

describe('exportResponse', () => {
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

  it('gives identical concurrent requests one render', async () => {
    const g = gated();
    const o = { ...base, etagParts: ['shared', Math.random()], produce: g.produce };
    const answers = Promise.all([1, 2, 3].map(() => exportResponse(req(), o)));
    await new Promise((r) => setTimeout(r, 0));
    g.release('one');
    const texts = await Promise.all((await answers).map((r) => r.text()));
    expect(texts).toEqual(['one', 'one', 'one']);
    expect(g.calls()).toBe(1);
  });

  it('aborts the shared render only when every request waiting for it has left', async () => {
    const g = gated();
    const o = {
      ...base,
      etagParts: ['abandoned', Math.random()],
      produce: g.produce,
      abortable: true,
    };
    const a = new AbortController();
    const b = new AbortController();
    const ra = exportResponse(req({}, a.signal), o);
    const rb = exportResponse(req({}, b.signal), o);
    await new Promise((r) => setTimeout(r, 0));
    a.abort();
    expect((await ra).status).toBe(503);
    expect(g.signal()?.aborted).toBe(false);
    b.abort();
    expect((await rb).status).toBe(503);
    expect(g.signal()?.aborted).toBe(true);
    // A later request starts afresh rather than joining the abandoned render.
    const later = exportResponse(req(), { ...o, produce: () => 'fresh' });
    expect(await (await later).text()).toBe('fresh');
  });

  it('lets a production that cannot stop run on when its requests leave, and keeps it', async () => {
    const g = gated();
    const o = { ...base, etagParts: ['runs-on', Math.random()], produce: g.produce };
    const left = new AbortController();
    const r = exportResponse(req({}, left.signal), o);
    await new Promise((r) => setTimeout(r, 0));
    left.abort();
    expect((await r).status).toBe(503);
    expect(g.signal()?.aborted).toBe(false);
    const again = exportResponse(req(), o);
    g.release('kept');
    expect(await (await again).text()).toBe('kept');
    expect(g.calls()).toBe(1);
  });

  it('keeps a pinned export outside the LRU and replaces it when its ETag changes', async () => {
    let calls = 0;
    const pin = `pin-${Math.random()}`;
    const o = (v: string) => ({
      ...base,
      etagParts: ['pinned', pin, v],
      produce: () => `${v}${++calls}`,
      pin,
    });
    expect(await (await exportResponse(req(), o('a'))).text()).toBe('a1');
    expect(await (await exportResponse(req(), o('a'))).text()).toBe('a1');
    expect(await (await exportResponse(req(), o('b'))).text()).toBe('b2');
    expect(await (await exportResponse(req(), o('b'))).text()).toBe('b2');
    expect(calls).toBe(2);
  });

  it('turns a busy renderer into 503 with its Retry-After, held for BUSY_HOLD_MS', async () => {
    vi.useFakeTimers();
    let answered = false;
    const pending = exportResponse(req(), {
      ...base,
      etagParts: ['busy', Math.random()],
      produce: () => Promise.reject(new GateBusyError('expected-wait', 7)),
    }).then((r) => {
      answered = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(BUSY_HOLD_MS - 1);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const r = await pending;
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toBe('7');
  });

  it('recognises a refusal from another bundle’s copy of the gate', async () => {
    vi.useFakeTimers();
    // What instrumentation.ts's bundle throws: the same class, not the same constructor.
    class GateBusyError extends Error {
      override name = 'GateBusyError';
      readonly retryAfterS = 4;
    }
    const pending = exportResponse(req(), {
      ...base,
      etagParts: ['busy-foreign', Math.random()],
      produce: () => Promise.reject(new GateBusyError('busy')),
    });
    await vi.advanceTimersByTimeAsync(BUSY_HOLD_MS);
    const r = await pending;
    expect([r.status, r.headers.get('retry-after')]).toEqual([503, '4']);
  });

  it('answers a refusal at once when its client has left', async () => {
    vi.useFakeTimers();
    const left = new AbortController();
    const pending = exportResponse(req({}, left.signal), {
      ...base,
      etagParts: ['busy-left', Math.random()],
      produce: () => Promise.reject(new GateBusyError('queue-full', 3)),
    });
    await vi.advanceTimersByTimeAsync(0);
    left.abort();
    expect((await pending).status).toBe(503);
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
