import type { ImageTheme } from './image-params';

export type ExportExt = 'png' | 'svg' | 'pptx' | 'csv' | 'json' | 'zip';

/** MIME type of each export format. */
export const CONTENT_TYPES = {
  png: 'image/png',
  svg: 'image/svg+xml; charset=utf-8',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  zip: 'application/zip',
} as const satisfies Record<ExportExt, string>;

/** Keeps [a-z0-9-] only, so a name never needs quoting or RFC 5987 encoding. */
function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A download file name: dataset, chart, then for images the layout size, a `@2x`-style scale
 * suffix when scale > 1, and the theme when not light. Non [a-z0-9] runs become one hyphen.
 *
 * @example exportFileName({ datasetId: 'china-kazakhstan', chartId: 'trade-trend', ext: 'png', width: 1920, height: 1080 })
 * // → "china-kazakhstan-trade-trend-1920x1080.png"
 */
export function exportFileName(o: {
  datasetId: string;
  chartId?: string;
  /** For files that are not one chart: "charts" (the deck), "data". */
  label?: string;
  ext: ExportExt;
  width?: number;
  height?: number;
  scale?: number;
  theme?: ImageTheme;
}): string {
  const parts = [slug(o.datasetId), o.chartId ? slug(o.chartId) : '', o.label ? slug(o.label) : ''];
  let name = parts.filter((p) => p !== '').join('-');
  if (o.width !== undefined && o.height !== undefined) {
    name += `-${o.width}x${o.height}`;
    if (o.scale !== undefined && o.scale > 1) name += `@${o.scale}x`;
  }
  if (o.theme !== undefined && o.theme !== 'light') name += `-${o.theme}`;
  return `${name || 'export'}.${o.ext}`;
}

/**
 * The Content-Disposition value for a file name made by `exportFileName` (already ASCII-safe).
 *
 * @example contentDisposition('a.png', true) // → 'attachment; filename="a.png"'
 */
export function contentDisposition(fileName: string, download: boolean): string {
  const safe = fileName.replace(/[^A-Za-z0-9._@-]/g, '-');
  return `${download ? 'attachment' : 'inline'}; filename="${safe}"`;
}
