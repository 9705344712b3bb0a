import { createHash } from 'node:crypto';
import { renderChartSvg, type RenderOptions } from 'chart-render';
import type { ChartSpec } from '@/lib/charts/spec';

type Render = (spec: ChartSpec, options: RenderOptions) => string;

/**
 * A bounded memo of a chart renderer. The key is a hash of the whole spec and options, so a spec
 * whose data changes (a projection's status on a new day) gets a new entry rather than a stale
 * image. Past `maxEntries` the oldest entry is dropped (first in, first out).
 *
 * Edge cases: two specs with the same id but different values are different entries;
 * `maxEntries` 0 disables caching.
 *
 * @example
 * const svgOf = memoiseChartRenderer(renderChartSvg, 64);
 * svgOf(spec, { width: 960, height: 440 }); // renders (≈ 20–150 ms for this app's charts)
 * svgOf(spec, { width: 960, height: 440 }); // the same string from memory (≈ 0.1 ms)
 */
export function memoiseChartRenderer(render: Render, maxEntries: number): Render {
  const cache = new Map<string, string>();
  return (spec, options) => {
    const key = createHash('sha1')
      .update(JSON.stringify([spec, options]))
      .digest('base64');
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const svg = render(spec, options);
    if (maxEntries <= 0) return svg;
    if (cache.size >= maxEntries) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(key, svg);
    return svg;
  };
}

/**
 * `renderChartSvg`, memoised per server process: specs are deterministic functions of the static
 * dataset, so a dynamic page (the overview reads its table state from the query) would otherwise
 * re-render identical SVG on every request. 64 entries ≈ 2 MB at this app's ≈ 30 kB per chart.
 */
export const cachedChartSvg: Render = memoiseChartRenderer(renderChartSvg, 64);
