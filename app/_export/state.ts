import { availableParallelism } from 'node:os';
import { LruCache } from '@/lib/export/lru-cache';
import { RenderGate } from '@/lib/export/render-gate';
import { RenderPool, WORKER_FILE } from './render-pool';

export interface CachedBody {
  body: Uint8Array;
}

interface ExportState {
  /** Rendered response bodies by ETag: PNG, SVG, PPTX, CSV, JSON. */
  bodies: LruCache<CachedBody>;
  /** The current body of each fixed export (deck, chart PPTX/CSV, data files) by route: never evicted. */
  pinned: Map<string, { etag: string; body: Uint8Array }>;
  /** Renders in progress by ETag, so identical concurrent requests share one. */
  flights: Map<string, Flight>;
  /** Admission of image renders: slots, pixel budget, expected wait. */
  gate: RenderGate;
  /** The worker threads that render, one per gate slot. */
  pool: RenderPool;
}

/** A render in progress and how many requests wait for it. */
export interface Flight {
  promise: Promise<Uint8Array>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

const KEY = Symbol.for('trade-energy-dashboard.export-state');

const CORES = availableParallelism();

/**
 * The process-wide caches, render gate and workers. Kept on globalThis because Next bundles each
 * route separately, and one module instance per route would multiply both the memory and the
 * concurrency.
 */
export function exportState(): ExportState {
  const g = globalThis as { [KEY]?: ExportState };
  g[KEY] ??= {
    bodies: new LruCache<CachedBody>({
      maxEntries: 512,
      maxBytes: 96 * 1024 * 1024,
      sizeOf: (v) => v.body.byteLength,
    }),
    pinned: new Map(),
    flights: new Map(),
    gate: new RenderGate({
      concurrency: CORES,
      // A 16 MP image (the largest) holds ≈ 140 MB while it is painted and encoded (its pixmap and
      // a demultiplied copy); two of them at once keep the process under 1 GB.
      pixelBudget: 32_000_000,
      maxExpectedWaitMs: 10_000,
      maxWaitMs: 20_000,
      timeLimitMs: 15_000,
      maxQueue: 512,
      // Measured on this machine: ≈ 80 ms to build the SVG, ≈ 55 ms per megapixel to paint and encode.
      initialCost: { fixedMs: 80, msPerMegapixel: 55 },
    }),
    pool: new RenderPool({ size: CORES, file: WORKER_FILE }),
  };
  return g[KEY];
}
