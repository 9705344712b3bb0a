import { renderChartImage, renderPngAsync } from 'chart-render';
import type { ChartSpec } from 'chart-render';
import { computeEtag } from '@/lib/export/etag';
import type { ImageTheme } from '@/lib/export/image-params';
import { CODE_VERSION } from './code-version';
import { exportState } from './state';

/**
 * The export image as SVG (title, subtitle, legend, chart, notes, source), memoised per process
 * by (spec, size, theme) since the PNG route rasterises the same string.
 */
export function exportSvg(
  spec: ChartSpec,
  o: { width: number; height: number; theme: ImageTheme },
): string {
  const key = computeEtag([spec, 'image-svg', o.width, o.height, o.theme, CODE_VERSION]);
  const { svgs } = exportState();
  const hit = svgs.get(key);
  if (hit !== undefined) return hit;
  const svg = renderChartImage(spec, { width: o.width, height: o.height, theme: o.theme });
  svgs.set(key, svg);
  return svg;
}

/**
 * Rasterises an SVG off the main thread (resvg's async render runs on libuv's pool).
 * Call it inside the render gate (see `renderImage`) so saturation sheds load.
 */
export async function rasterise(
  svg: string,
  scale: number,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  return renderPngAsync(svg, { scale, signal });
}

/**
 * An export image through the process's render gate: at most one render per core, a bounded
 * wait, a time limit. The SVG is built inside the gate too, so an overloaded server answers 503
 * before spending time on it. Throws GateBusyError or RenderTimeoutError when saturated.
 */
export function renderImage(
  spec: ChartSpec,
  o: { format: 'svg' | 'png'; width: number; height: number; theme: ImageTheme; scale: number },
): Promise<Uint8Array | string> {
  return exportState().gate.run(async (signal) => {
    const svg = exportSvg(spec, o);
    return o.format === 'svg' ? svg : rasterise(svg, o.scale, signal);
  });
}
