/**
 * Thrown when a task is not admitted (its expected wait is too long, or the queue is full) or
 * waited past the hard limit: answer 503 with `Retry-After: retryAfterS`.
 */
export class GateBusyError extends Error {
  constructor(
    readonly reason: 'expected-wait' | 'queue-full' | 'wait-timeout',
    readonly retryAfterS: number,
  ) {
    super(`render gate busy: ${reason}`);
    this.name = 'GateBusyError';
  }
}

/** Thrown when a started task ran past its time limit; its AbortSignal has been aborted. */
export class RenderTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`render exceeded ${limitMs} ms`);
    this.name = 'RenderTimeoutError';
  }
}

/** Thrown when the caller's signal fired: the client left, so its task was dropped or stopped. */
export class RenderAbortedError extends Error {
  constructor() {
    super('render abandoned by its caller');
    this.name = 'RenderAbortedError';
  }
}

/**
 * True when `e` is an Error of class `name`, judged by its name: the gate that threw it may come
 * from another bundle of this code (instrumentation.ts builds the export state at start), whose
 * classes `instanceof` does not recognise.
 *
 * @example isErrorNamed(new GateBusyError('queue-full', 2), 'GateBusyError') // → true
 */
export function isErrorNamed<T extends Error>(
  e: unknown,
  name: 'GateBusyError' | 'RenderTimeoutError' | 'RenderAbortedError' | 'RenderWorkerError',
): e is T {
  return e instanceof Error && e.name === name;
}

export interface RenderGateOptions {
  /** Tasks running at once, ≥ 1. */
  concurrency: number;
  /** Pixels the running tasks may hold together; a larger task runs only when nothing else does. */
  pixelBudget: number;
  /** A task is admitted while the wait the gate expects for it is at most this. */
  maxExpectedWaitMs: number;
  /** A waiting task gives up after this however long it was expected to wait (GateBusyError). */
  maxWaitMs: number;
  /** A started task may run this long before RenderTimeoutError; its signal is aborted. */
  timeLimitMs: number;
  /** Tasks allowed to wait at all (a memory bound; time admission normally binds first). */
  maxQueue: number;
  /** First estimate of the cost model, before any task has been timed. */
  initialCost: CostModel;
}

/** Expected task duration: `fixedMs + msPerMegapixel × pixels / 10⁶`. */
export interface CostModel {
  fixedMs: number;
  msPerMegapixel: number;
}

/** What a caller says about a task: how many pixels it renders, and the signal of its request. */
export interface TaskInfo {
  /** Output pixels (0 for work that rasterises nothing, e.g. an SVG). */
  pixels: number;
  /** The caller's signal: aborted while waiting → dropped; while running → passed to the task. */
  signal?: AbortSignal;
}

interface Waiting {
  pixels: number;
  expectedMs: number;
  start: (slot: Running) => void;
}

interface Running {
  pixels: number;
  expectedMs: number;
  startedAt: number;
}

// Weight of a new timing in the cost model's running averages.
const LEARNING_RATE = 0.2;
// Below this many pixels a task's time is mostly the fixed part (building the SVG).
const SMALL_PIXELS = 500_000;

/**
 * Admission control for expensive renders. At most `concurrency` tasks run and together hold at
 * most `pixelBudget` pixels; the rest wait in FIFO order. A new task is admitted while its
 * expected wait — the remaining expected time of the running tasks plus that of the queue ahead,
 * shared over the slots — is at most `maxExpectedWaitMs`; durations are estimated with a cost
 * model learnt from finished tasks. A task whose caller's signal fires is dropped from the queue,
 * or, running, sees its signal aborted (the slot frees when it settles). A running task past
 * `timeLimitMs` is answered with RenderTimeoutError and its signal aborted.
 *
 * @example
 * const gate = new RenderGate({ concurrency: 2, pixelBudget: 24e6, maxExpectedWaitMs: 10_000, maxWaitMs: 20_000, timeLimitMs: 15_000, maxQueue: 256, initialCost: { fixedMs: 80, msPerMegapixel: 60 } });
 * const png = await gate.run((signal) => rasterise(svg, signal), { pixels: 1920 * 1080, signal: request.signal });
 */
export class RenderGate {
  readonly #o: RenderGateOptions;
  readonly #queue: Waiting[] = [];
  readonly #running = new Set<Running>();
  #runningPixels = 0;
  #cost: CostModel;
  readonly #now: () => number;

  constructor(o: RenderGateOptions, now: () => number = () => performance.now()) {
    this.#o = { ...o, concurrency: Math.max(1, Math.floor(o.concurrency)) };
    this.#cost = { ...o.initialCost };
    this.#now = now;
  }

  get running(): number {
    return this.#running.size;
  }

  get waiting(): number {
    return this.#queue.length;
  }

  get runningPixels(): number {
    return this.#runningPixels;
  }

  /** The cost model as learnt so far. */
  get cost(): CostModel {
    return { ...this.#cost };
  }

  /** Expected duration of a task of `pixels` pixels, in ms. */
  expectedMs(pixels: number): number {
    return this.#cost.fixedMs + (this.#cost.msPerMegapixel * pixels) / 1e6;
  }

  /** How long a task arriving now is expected to wait for a slot, in ms. */
  expectedWaitMs(): number {
    const now = this.#now();
    let work = 0;
    for (const r of this.#running) work += Math.max(0, r.expectedMs - (now - r.startedAt));
    for (const w of this.#queue) work += w.expectedMs;
    return work / this.#o.concurrency;
  }

  async run<T>(task: (signal: AbortSignal) => Promise<T>, info: TaskInfo): Promise<T> {
    const slot = await this.#admit(info, this.expectedMs(info.pixels));
    const timeout = new AbortController();
    const signal = info.signal ? AbortSignal.any([info.signal, timeout.signal]) : timeout.signal;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timeout.abort();
        reject(new RenderTimeoutError(this.#o.timeLimitMs));
      }, this.#o.timeLimitMs);
    });
    // The slot stays taken until the task itself settles: native work may not stop at once.
    const work = Promise.resolve()
      .then(() => task(signal))
      .then(
        (v) => {
          this.#learn(slot, this.#now() - slot.startedAt);
          return v;
        },
        (e: unknown) => {
          throw info.signal?.aborted ? new RenderAbortedError() : e;
        },
      )
      .finally(() => {
        clearTimeout(timer);
        this.#release(slot);
      });
    work.catch(() => {});
    timedOut.catch(() => {});
    return Promise.race([work, timedOut]);
  }

  /** Resolves with the task's slot once it may start; rejects when refused or abandoned. */
  #admit(info: TaskInfo, expectedMs: number): Promise<Running> {
    if (info.signal?.aborted) return Promise.reject(new RenderAbortedError());
    const now = this.#queue.length === 0 ? this.#take(info.pixels, expectedMs) : null;
    if (now) return Promise.resolve(now);
    const wait = this.expectedWaitMs();
    if (wait > this.#o.maxExpectedWaitMs) {
      return Promise.reject(new GateBusyError('expected-wait', retryAfter(wait)));
    }
    if (this.#queue.length >= this.#o.maxQueue) {
      return Promise.reject(new GateBusyError('queue-full', retryAfter(wait)));
    }
    return new Promise((resolve, reject) => {
      const leave = () => {
        clearTimeout(timer);
        info.signal?.removeEventListener('abort', onAbort);
        const i = this.#queue.indexOf(entry);
        if (i >= 0) this.#queue.splice(i, 1);
      };
      const onAbort = () => {
        leave();
        reject(new RenderAbortedError());
        this.#pump();
      };
      const entry: Waiting = {
        pixels: info.pixels,
        expectedMs,
        start: (slot) => {
          leave();
          resolve(slot);
        },
      };
      const timer = setTimeout(() => {
        leave();
        reject(new GateBusyError('wait-timeout', retryAfter(this.expectedWaitMs())));
        this.#pump();
      }, this.#o.maxWaitMs);
      info.signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(entry);
    });
  }

  /** A slot for a task of `pixels`, when one is free and the pixel budget allows; else null. */
  #take(pixels: number, expectedMs: number): Running | null {
    if (this.#running.size >= this.#o.concurrency) return null;
    if (this.#running.size > 0 && this.#runningPixels + pixels > this.#o.pixelBudget) return null;
    const slot = { pixels, expectedMs, startedAt: this.#now() };
    this.#running.add(slot);
    this.#runningPixels += pixels;
    return slot;
  }

  #release(slot: Running): void {
    if (!this.#running.delete(slot)) return;
    this.#runningPixels -= slot.pixels;
    this.#pump();
  }

  /** Starts queued tasks, in order, while the head fits. */
  #pump(): void {
    for (;;) {
      const head = this.#queue[0];
      const slot = head && this.#take(head.pixels, head.expectedMs);
      if (!head || !slot) return;
      head.start(slot);
    }
  }

  #learn(slot: Running, ms: number): void {
    const mp = slot.pixels / 1e6;
    const c = this.#cost;
    if (slot.pixels < SMALL_PIXELS) {
      c.fixedMs += LEARNING_RATE * (Math.max(1, ms - c.msPerMegapixel * mp) - c.fixedMs);
    } else {
      c.msPerMegapixel += LEARNING_RATE * (Math.max(0, ms - c.fixedMs) / mp - c.msPerMegapixel);
    }
  }
}

/** Seconds to suggest in Retry-After for an expected wait: at least 1, at most 60. */
function retryAfter(waitMs: number): number {
  return Math.min(60, Math.max(1, Math.ceil(waitMs / 1000)));
}
