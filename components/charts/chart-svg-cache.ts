import { heightForKey, memoiseRender, renderChartSvg } from 'chart-render';

/**
 * `renderChartSvg`, memoised per server process: specs are deterministic functions of the built-in
 * dataset, so a page rendered per request (the overview reads its table state from the query)
 * would otherwise draw identical SVG on every request. 64 entries ≈ 2 MB.
 */
export const cachedChartSvg = memoiseRender(renderChartSvg, 64);

/** `heightForKey`, memoised the same way (a layout per call). */
export const cachedHeightForKey = memoiseRender(heightForKey, 64);
