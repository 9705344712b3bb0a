import { availableParallelism } from 'node:os';
import { LruCache } from '@/lib/export/lru-cache';
import { RenderGate } from '@/lib/export/render-gate';

export interface CachedBody {
  body: Uint8Array;
}

interface ExportState {
  /** Rendered response bodies by ETag: PNG, SVG, PPTX, CSV, JSON. */
  bodies: LruCache<CachedBody>;
  /** Export-image SVG strings by ETag of (spec, size, theme), reused by the PNG route. */
  svgs: LruCache<string>;
  /** At most one PNG render per core; the rest wait, then get 503. */
  gate: RenderGate;
}

const KEY = Symbol.for('trade-energy-dashboard.export-state');

/**
 * The process-wide caches and render gate. Kept on globalThis because Next bundles each route
 * separately, and one module instance per route would multiply both the memory and the concurrency.
 */
export function exportState(): ExportState {
  const g = globalThis as { [KEY]?: ExportState };
  g[KEY] ??= {
    bodies: new LruCache<CachedBody>({
      maxEntries: 512,
      maxBytes: 96 * 1024 * 1024,
      sizeOf: (v) => v.body.byteLength,
    }),
    svgs: new LruCache<string>({
      maxEntries: 256,
      maxBytes: 32 * 1024 * 1024,
      sizeOf: (s) => s.length * 2,
    }),
    gate: new RenderGate({
      concurrency: availableParallelism(),
      maxQueue: 64,
      maxWaitMs: 8_000,
      timeLimitMs: 15_000,
    }),
  };
  return g[KEY];
}

/** Seconds a client should wait after a 503 from the render gate. */
export const RETRY_AFTER_S = 2;
