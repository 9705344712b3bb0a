import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  GateBusyError,
  RenderAbortedError,
  RenderGate,
  RenderTimeoutError,
  type RenderGateOptions,
} from './render-gate';

afterEach(() => {
  vi.useRealTimers();
});

/** A task that resolves when `release()` is called, and records the signal it was given. */
function deferred<T>(value: T) {
  let release!: () => void;
  let signal: AbortSignal | undefined;
  const done = new Promise<T>((resolve) => (release = () => resolve(value)));
  return {
    task: (s: AbortSignal) => {
      signal = s;
      return done;
    },
    release,
    signal: () => signal,
  };
}

const MP = 1_000_000;

function gate(o: Partial<RenderGateOptions> = {}, now?: () => number) {
  return new RenderGate(
    {
      concurrency: 1,
      pixelBudget: 100 * MP,
      maxExpectedWaitMs: 10_000,
      maxWaitMs: 60_000,
      timeLimitMs: 60_000,
      maxQueue: 100,
      initialCost: { fixedMs: 100, msPerMegapixel: 100 },
      ...o,
    },
    now,
  );
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('RenderGate', () => {
  it('runs at most `concurrency` tasks and starts the next when one settles', async () => {
    const g = gate();
    const a = deferred('a');
    const b = deferred('b');
    const pa = g.run(a.task, { pixels: MP });
    const pb = g.run(b.task, { pixels: MP });
    await tick();
    expect([g.running, g.waiting]).toEqual([1, 1]);
    a.release();
    expect(await pa).toBe('a');
    b.release();
    expect(await pb).toBe('b');
    expect([g.running, g.waiting, g.runningPixels]).toEqual([0, 0, 0]);
  });

  it('holds a task back while the running ones use the pixel budget, and runs a big one alone', async () => {
    const g = gate({ concurrency: 2, pixelBudget: 20 * MP });
    const a = deferred('a');
    const b = deferred('b');
    const c = deferred('c');
    const pa = g.run(a.task, { pixels: 16 * MP });
    const pb = g.run(b.task, { pixels: 8 * MP }); // 24 MP > 20 MP: waits though a slot is free
    await tick();
    expect([g.running, g.waiting, g.runningPixels]).toEqual([1, 1, 16 * MP]);
    a.release();
    await pa;
    await tick();
    expect([g.running, g.runningPixels]).toEqual([1, 8 * MP]);
    const pc = g.run(c.task, { pixels: 30 * MP }); // above the budget: waits until b is done
    await tick();
    expect([g.running, g.waiting]).toEqual([1, 1]);
    b.release();
    await pb;
    await tick();
    expect([g.running, g.runningPixels]).toEqual([1, 30 * MP]);
    c.release();
    expect(await pc).toBe('c');
  });

  it('admits while the expected wait is short enough, then refuses with a Retry-After', async () => {
    // Cost 100 ms + 100 ms/MP: a 1 MP task is expected to take 200 ms.
    const g = gate({ maxExpectedWaitMs: 500 }, () => 0);
    const tasks = Array.from({ length: 5 }, () => deferred('x'));
    const runs = tasks.map((t) => g.run(t.task, { pixels: MP }));
    // Waits: 1st runs; 2nd 200 ms, 3rd 400 ms, 4th 600 ms → refused, 5th refused.
    await expect(runs[3]).rejects.toEqual(new GateBusyError('expected-wait', 1));
    await expect(runs[4]).rejects.toBeInstanceOf(GateBusyError);
    expect([g.running, g.waiting]).toEqual([1, 2]);
    expect(g.expectedWaitMs()).toBe(600);
    for (const t of tasks) t.release();
    await Promise.all(runs.slice(0, 3));
  });

  it('refuses at once when the queue is full', async () => {
    const g = gate({ maxQueue: 0 });
    const a = deferred('a');
    const pa = g.run(a.task, { pixels: 0 });
    await expect(g.run(async () => 'b', { pixels: 0 })).rejects.toMatchObject({
      reason: 'queue-full',
    });
    a.release();
    await pa;
  });

  it('gives up waiting after maxWaitMs', async () => {
    vi.useFakeTimers();
    const g = gate({ maxWaitMs: 100 });
    const a = deferred('a');
    const pa = g.run(a.task, { pixels: 0 });
    const pb = g.run(async () => 'b', { pixels: 0 });
    const check = expect(pb).rejects.toMatchObject({ reason: 'wait-timeout' });
    await vi.advanceTimersByTimeAsync(101);
    await check;
    expect(g.waiting).toBe(0);
    a.release();
    await pa;
  });

  it('drops a waiting task whose caller left, and starts the one behind it', async () => {
    const g = gate();
    const a = deferred('a');
    const c = deferred('c');
    const left = new AbortController();
    let bStarted = false;
    const pa = g.run(a.task, { pixels: MP });
    const pb = g.run(
      async () => {
        bStarted = true;
        return 'b';
      },
      { pixels: MP, signal: left.signal },
    );
    const pc = g.run(c.task, { pixels: MP });
    await tick();
    expect(g.waiting).toBe(2);
    left.abort();
    await expect(pb).rejects.toBeInstanceOf(RenderAbortedError);
    expect(g.waiting).toBe(1);
    a.release();
    await pa;
    await tick();
    expect([bStarted, g.running, g.waiting]).toEqual([false, 1, 0]);
    c.release();
    expect(await pc).toBe('c');
  });

  it('refuses a task whose caller has already left', async () => {
    const g = gate();
    let ran = false;
    const run = g.run(async () => (ran = true), { pixels: 0, signal: AbortSignal.abort() });
    await expect(run).rejects.toBeInstanceOf(RenderAbortedError);
    expect([ran, g.running]).toEqual([false, 0]);
  });

  it('aborts the signal of a running task whose caller left, and frees the slot when it ends', async () => {
    const g = gate();
    const a = deferred('a');
    const left = new AbortController();
    const pa = g.run(
      async (s) => {
        await a.task(s);
        if (s.aborted) throw new Error('stopped');
        return 'a';
      },
      { pixels: MP, signal: left.signal },
    );
    await tick();
    left.abort();
    expect(a.signal()?.aborted).toBe(true);
    a.release();
    await expect(pa).rejects.toBeInstanceOf(RenderAbortedError);
    expect(g.running).toBe(0);
  });

  it('answers a slow task with a timeout, aborts its signal, and frees the slot when it ends', async () => {
    vi.useFakeTimers();
    const g = gate({ timeLimitMs: 50 });
    const slow = deferred('late');
    const p = g.run(slow.task, { pixels: 0 });
    const check = expect(p).rejects.toBeInstanceOf(RenderTimeoutError);
    await vi.advanceTimersByTimeAsync(51);
    await check;
    expect(slow.signal()?.aborted).toBe(true);
    expect(g.running).toBe(1);
    slow.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(g.running).toBe(0);
  });

  it('frees the slot when a task throws synchronously', async () => {
    const g = gate();
    await expect(
      g.run(
        () => {
          throw new Error('boom');
        },
        { pixels: 0 },
      ),
    ).rejects.toThrow('boom');
    expect(g.running).toBe(0);
  });

  it('learns its cost model from the tasks it times', async () => {
    let t = 0;
    const g = gate({}, () => t);
    const timed = (pixels: number, ms: number) =>
      g.run(
        async () => {
          t += ms;
        },
        { pixels },
      );
    // A 10 MP task taking 2,100 ms: (2100 − 100) / 10 = 200 ms/MP, moved 20% of the way.
    await timed(10 * MP, 2100);
    expect(g.cost).toEqual({ fixedMs: 100, msPerMegapixel: 120 });
    // A task rendering no pixels taking 300 ms moves the fixed part 20% of the way.
    await timed(0, 300);
    expect(g.cost).toEqual({ fixedMs: 140, msPerMegapixel: 120 });
    expect(g.expectedMs(2 * MP)).toBe(380);
  });
});
