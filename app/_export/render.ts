import type { ChartSpec } from 'chart-render';
import type { ImageTheme } from '@/lib/export/image-params';
import { exportState } from './state';

/** Output pixels of an export image: the SVG rasterises nothing; a PNG is (width × scale)². */
export function outputPixels(o: {
  format: 'svg' | 'png';
  width: number;
  height: number;
  scale: number;
}) {
  return o.format === 'svg' ? 0 : o.width * o.height * o.scale * o.scale;
}

/**
 * An export image (title, subtitle, legend, chart, notes, source) as SVG or PNG, built by a
 * render worker once the process's render gate admits it: by pixel budget, and while its expected
 * wait is short. `signal` is the request's: a client that leaves drops its queued render or stops
 * a running one at its next step. Throws GateBusyError or RenderTimeoutError when saturated,
 * RenderAbortedError when abandoned, RenderWorkerError when a worker failed.
 */
export function renderImage(
  spec: ChartSpec,
  o: { format: 'svg' | 'png'; width: number; height: number; theme: ImageTheme; scale: number },
  signal?: AbortSignal,
): Promise<Uint8Array | string> {
  const { gate, pool } = exportState();
  return gate.run((s) => pool.run({ spec, ...o }, s), { pixels: outputPixels(o), signal });
}
