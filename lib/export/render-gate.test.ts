import { afterEach, describe, expect, it, vi } from 'vitest';
import { GateBusyError, RenderGate, RenderTimeoutError } from './render-gate';

afterEach(() => {
  vi.useRealTimers();
});

/** A task that resolves when `release()` is called. */
function deferred<T>(value: T) {
  let release!: () => void;
  const done = new Promise<T>((resolve) => (release = () => resolve(value)));
  return { task: () => done, release };
}

describe('RenderGate', () => {
  it('runs at most `concurrency` tasks and starts the next when one settles', async () => {
    const gate = new RenderGate({
      concurrency: 1,
      maxQueue: 5,
      maxWaitMs: 1000,
      timeLimitMs: 1000,
    });
    const a = deferred('a');
    const b = deferred('b');
    const pa = gate.run(a.task);
    const pb = gate.run(b.task);
    await Promise.resolve();
    expect([gate.running, gate.waiting]).toEqual([1, 1]);
    a.release();
    expect(await pa).toBe('a');
    b.release();
    expect(await pb).toBe('b');
    expect([gate.running, gate.waiting]).toEqual([0, 0]);
  });

  it('refuses at once when the queue is full', async () => {
    const gate = new RenderGate({
      concurrency: 1,
      maxQueue: 0,
      maxWaitMs: 1000,
      timeLimitMs: 1000,
    });
    const a = deferred('a');
    const pa = gate.run(a.task);
    await expect(gate.run(async () => 'b')).rejects.toEqual(new GateBusyError('queue-full'));
    a.release();
    await pa;
  });

  it('gives up waiting after maxWaitMs', async () => {
    vi.useFakeTimers();
    const gate = new RenderGate({
      concurrency: 1,
      maxQueue: 5,
      maxWaitMs: 100,
      timeLimitMs: 10_000,
    });
    const a = deferred('a');
    const pa = gate.run(a.task);
    const pb = gate.run(async () => 'b');
    const check = expect(pb).rejects.toBeInstanceOf(GateBusyError);
    await vi.advanceTimersByTimeAsync(101);
    await check;
    expect(gate.waiting).toBe(0);
    a.release();
    await pa;
  });

  it('answers a slow task with a timeout, aborts its signal, and frees the slot when it ends', async () => {
    vi.useFakeTimers();
    const gate = new RenderGate({
      concurrency: 1,
      maxQueue: 5,
      maxWaitMs: 10_000,
      timeLimitMs: 50,
    });
    const slow = deferred('late');
    let signal: AbortSignal | undefined;
    const p = gate.run((s) => {
      signal = s;
      return slow.task();
    });
    const check = expect(p).rejects.toBeInstanceOf(RenderTimeoutError);
    await vi.advanceTimersByTimeAsync(51);
    await check;
    expect(signal?.aborted).toBe(true);
    expect(gate.running).toBe(1);
    slow.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(gate.running).toBe(0);
  });

  it('frees the slot when a task throws synchronously', async () => {
    const gate = new RenderGate({
      concurrency: 1,
      maxQueue: 5,
      maxWaitMs: 1000,
      timeLimitMs: 1000,
    });
    await expect(
      gate.run(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(gate.running).toBe(0);
  });
});
