import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FILES } from './fonts';

/** The one set of resvg options: the bundled fonts only, so every machine draws the same pixels. */
export const RESVG_OPTIONS: Readonly<ResvgRenderOptions> = Object.freeze({
  font: {
    loadSystemFonts: false,
    fontFiles: [...FONT_FILES],
    defaultFontFamily: 'DejaVu Sans',
    sansSerifFamily: 'DejaVu Sans',
  },
});

/**
 * The resvg options for a pixel scale (2 → twice the pixels in each direction).
 *
 * @example resvgOptions(2).fitTo // → { mode: 'zoom', value: 2 }
 */
export function resvgOptions(scale = 1): ResvgRenderOptions {
  if (!(Number.isFinite(scale) && scale > 0)) {
    throw new RangeError('chart-render: scale must be a positive number');
  }
  return scale === 1 ? RESVG_OPTIONS : { ...RESVG_OPTIONS, fitTo: { mode: 'zoom', value: scale } };
}

/**
 * Rasterises an SVG to PNG on this thread.
 *
 * @example renderPng(renderChartImage(spec, { width: 1200, height: 630 }), { scale: 2 }) // → a 2400×1260 PNG
 */
export function renderPng(svg: string, options: { scale?: number } = {}): Buffer {
  return new Resvg(svg, resvgOptions(options.scale)).render().asPng();
}

/**
 * Rasterises an SVG to PNG on libuv's thread pool; an aborted `signal` rejects the render.
 * Gives the same bytes as `renderPng`.
 */
export async function renderPngAsync(
  svg: string,
  options: { scale?: number; signal?: AbortSignal } = {},
): Promise<Buffer> {
  const image = await renderAsync(svg, resvgOptions(options.scale), options.signal);
  return image.asPng();
}
