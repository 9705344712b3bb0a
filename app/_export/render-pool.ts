import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { RESVG_OPTIONS, type ChartSpec } from 'chart-render';
import type { ImageTheme } from '@/lib/export/image-params';

/** One export image to render: its spec, size, theme, and the pixel multiplier of a PNG. */
export interface RenderJob {
  spec: ChartSpec;
  format: 'svg' | 'png';
  width: number;
  height: number;
  theme: ImageTheme;
  scale: number;
}

/** A worker died or failed on a job (not the caller's fault): answer 503, as for a busy gate. */
export class RenderWorkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenderWorkerError';
  }
}

type Reply =
  | { svg: string }
  | { png: Uint8Array }
  | { aborted: 'svg' | 'parse' | 'paint' }
  | { error: string };

interface Slot {
  worker: Worker;
  busy: boolean;
}

/**
 * The worker: a plain CommonJS file read from the app's directory at run time, like the renderer
 * itself. Passed to the pool rather than named in `new Worker`, where Turbopack would bundle it.
 */
export const WORKER_FILE = join(process.cwd(), 'app', '_export', 'render-worker.cjs');

// How long a worker may go on after its job was aborted before it is terminated and replaced.
const STUCK_AFTER_ABORT_MS = 30_000;

/**
 * Worker threads that build and rasterise export images (app/_export/render-worker.cjs), so the
 * server's main thread never blocks on React rendering a chart, resvg or PNG encoding. The caller
 * (the render gate) runs at most `size` jobs at once; each job gets a worker of its own, started
 * on first use. An aborted signal sets the job's flag, which the worker reads between steps.
 * Idle workers do not keep the process alive.
 */
export class RenderPool {
  readonly #size: number;
  readonly #slots: Slot[] = [];
  readonly #workerData: object;
  readonly #file: string;
  /** Jobs stopped by their abort flag, by the step after which the worker stopped. */
  readonly stopped = { svg: 0, parse: 0, paint: 0 };

  constructor(o: { size: number; file: string }) {
    this.#size = Math.max(1, o.size);
    this.#file = o.file;
    const fromApp = createRequire(join(process.cwd(), 'package.json'));
    this.#workerData = {
      chartRenderPath: fromApp.resolve('chart-render'),
      resvgPath: fromApp.resolve('@resvg/resvg-js'),
      resvgOptions: RESVG_OPTIONS,
    };
  }

  /** The SVG string or PNG bytes of `job`; rejects with the signal's reason once it stops. */
  async run(job: RenderJob, signal: AbortSignal): Promise<string | Uint8Array> {
    // One turn of the event loop first: a busy server reaches a request late, and the close of a
    // client that has already left is then among the pending I/O events.
    await new Promise((resolve) => setImmediate(resolve));
    signal.throwIfAborted();
    const slot = this.#idleSlot();
    slot.busy = true;
    slot.worker.ref();
    const abort = new SharedArrayBuffer(4);
    const flag = new Int32Array(abort);
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      Atomics.store(flag, 0, 1);
      // A step that never ends (a renderer bug) must not hold the worker forever.
      watchdog = setTimeout(() => void slot.worker.terminate(), STUCK_AFTER_ABORT_MS);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const reply = await this.#exchange(slot, { ...job, abort });
      if ('svg' in reply) return reply.svg;
      if ('png' in reply) return reply.png;
      if ('aborted' in reply) {
        this.stopped[reply.aborted]++;
        throw signal.reason;
      }
      throw new RenderWorkerError(`render failed: ${reply.error}`);
    } finally {
      clearTimeout(watchdog);
      signal.removeEventListener('abort', onAbort);
      slot.busy = false;
      slot.worker.unref();
    }
  }

  #idleSlot(): Slot {
    const idle = this.#slots.find((s) => !s.busy);
    if (idle) return idle;
    if (this.#slots.length >= this.#size) throw new RenderWorkerError('no idle render worker');
    const slot: Slot = { worker: this.#spawn(), busy: false };
    this.#slots.push(slot);
    return slot;
  }

  #spawn(): Worker {
    const worker = new Worker(this.#file, { workerData: this.#workerData });
    worker.unref();
    return worker;
  }

  /** Posts one job and waits for its reply; a worker that errors or exits is replaced. */
  #exchange(slot: Slot, message: object): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const { worker } = slot;
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (reply: Reply) => {
        cleanup();
        resolve(reply);
      };
      const onError = (e: Error) => {
        cleanup();
        this.#replace(slot);
        reject(new RenderWorkerError(`render worker failed: ${e.message}`));
      };
      const onExit = (code: number) => {
        cleanup();
        this.#replace(slot);
        reject(new RenderWorkerError(`render worker exited with ${code}`));
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(message);
    });
  }

  #replace(slot: Slot): void {
    void slot.worker.terminate();
    slot.worker = this.#spawn();
  }
}
