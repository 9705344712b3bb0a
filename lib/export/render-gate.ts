/** Thrown when a task could not start in time (or the queue is full): answer 503 + Retry-After. */
export class GateBusyError extends Error {
  constructor(readonly reason: 'queue-full' | 'wait-timeout') {
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

export interface RenderGateOptions {
  /** Tasks running at once, ≥ 1. */
  concurrency: number;
  /** Tasks allowed to wait; more are refused at once. */
  maxQueue: number;
  /** How long a task may wait for a slot before GateBusyError('wait-timeout'). */
  maxWaitMs: number;
  /** How long a started task may run before RenderTimeoutError; its signal is aborted. */
  timeLimitMs: number;
}

/**
 * A counting semaphore for expensive renders: at most `concurrency` tasks run, up to `maxQueue`
 * wait in FIFO order for at most `maxWaitMs`, and each running task gets an AbortSignal that fires
 * after `timeLimitMs` (the caller is answered then); the slot is freed only when the task settles.
 *
 * @example
 * const gate = new RenderGate({ concurrency: 2, maxQueue: 32, maxWaitMs: 5000, timeLimitMs: 10000 });
 * const png = await gate.run((signal) => renderAsync(svg, opts, signal));
 */
export class RenderGate {
  readonly #o: RenderGateOptions;
  #running = 0;
  readonly #queue: { start: () => void; timer: ReturnType<typeof setTimeout> }[] = [];

  constructor(o: RenderGateOptions) {
    this.#o = { ...o, concurrency: Math.max(1, Math.floor(o.concurrency)) };
  }

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#queue.length;
  }

  async run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    await this.#acquire();
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const release = () => {
      clearTimeout(timer);
      this.#release();
    };
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new RenderTimeoutError(this.#o.timeLimitMs));
      }, this.#o.timeLimitMs);
    });
    // The slot stays taken until the task itself settles: a native render may ignore the abort.
    const work = Promise.resolve()
      .then(() => task(controller.signal))
      .finally(release);
    work.catch(() => {});
    return Promise.race([work, timeout]);
  }

  #acquire(): Promise<void> {
    if (this.#running < this.#o.concurrency) {
      this.#running++;
      return Promise.resolve();
    }
    if (this.#queue.length >= this.#o.maxQueue) {
      return Promise.reject(new GateBusyError('queue-full'));
    }
    return new Promise((resolve, reject) => {
      const entry = {
        start: () => {
          clearTimeout(entry.timer);
          this.#running++;
          resolve();
        },
        timer: setTimeout(() => {
          const i = this.#queue.indexOf(entry);
          if (i >= 0) this.#queue.splice(i, 1);
          reject(new GateBusyError('wait-timeout'));
        }, this.#o.maxWaitMs),
      };
      this.#queue.push(entry);
    });
  }

  #release(): void {
    this.#running--;
    const next = this.#queue.shift();
    if (next) next.start();
  }
}
