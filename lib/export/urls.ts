import {
  DEFAULT_PRESET,
  IMAGE_PRESET_IDS,
  IMAGE_THEMES,
  type ImagePreset,
  type ImageTheme,
} from './image-params';

/** Formats of a prebuilt image file. */
export const PREBUILT_EXTS = ['png', 'svg'] as const;

export type PrebuiltExt = (typeof PREBUILT_EXTS)[number];

export interface PrebuiltImage {
  preset: ImagePreset;
  theme: ImageTheme;
  ext: PrebuiltExt;
}

/**
 * File name of a build-time image under `/charts/{id}/`: the preset, `-{theme}` unless light.
 *
 * @example prebuiltFileName({ preset: 'og', theme: 'dark', ext: 'png' }) // → "og-dark.png"
 */
export function prebuiltFileName(p: PrebuiltImage): string {
  return `${p.preset}${p.theme === 'light' ? '' : `-${p.theme}`}.${p.ext}`;
}

/** Every prebuilt image of one chart: 4 presets × 3 themes × PNG and SVG = 24 files. */
export const PREBUILT_IMAGES: readonly PrebuiltImage[] = IMAGE_PRESET_IDS.flatMap((preset) =>
  IMAGE_THEMES.flatMap((theme) => PREBUILT_EXTS.map((ext) => ({ preset, theme, ext }))),
);

const byFileName = new Map(PREBUILT_IMAGES.map((p) => [prebuiltFileName(p), p]));

/**
 * The inverse of `prebuiltFileName`; any other string (including `../x`) → null.
 *
 * @example parsePrebuiltFileName('square-transparent.svg') // → { preset: 'square', theme: 'transparent', ext: 'svg' }
 */
export function parsePrebuiltFileName(file: string): PrebuiltImage | null {
  return byFileName.get(file) ?? null;
}

/**
 * The query parameters of the chart options, in the order links write them. Each is given once;
 * `stat` and `kind` are lists (commas or repeated keys, as a form's checkboxes send them). Here,
 * not in chart-options.ts, so browser code can write links without loading the parsers.
 */
export const CHART_OPTION_PARAMS = [
  'events',
  'from',
  'to',
  'stat',
  'kind',
  'title',
  'subtitle',
  'note',
  'highlight',
  'period',
  'diff',
  'cagr',
] as const;

/** The chart options a URL carries, as query values (`chartOptionsQuery`); absent = default. */
export type ChartQuery = Partial<Record<(typeof CHART_OPTION_PARAMS)[number], string>>;

function setOptions(q: URLSearchParams, o: ChartQuery): URLSearchParams {
  for (const k of CHART_OPTION_PARAMS) if (o[k] !== undefined) q.set(k, o[k]);
  return q;
}

/** `?events=…&from=…` or nothing. */
function optionsQuery(o: ChartQuery): string {
  const s = setOptions(new URLSearchParams(), o).toString();
  return s ? `?${s}` : '';
}

/** Query string of an image URL, omitting defaults so the common URLs stay short. */
function imageQuery(
  o: { preset?: ImagePreset; theme?: ImageTheme; download?: boolean } & ChartQuery,
): string {
  const q = setOptions(new URLSearchParams(), o);
  if (o.preset && o.preset !== DEFAULT_PRESET) q.set('preset', o.preset);
  if (o.theme && o.theme !== 'light') q.set('theme', o.theme);
  if (o.download === false) q.set('download', '0');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * Root-relative URL of a chart's SVG or PNG route.
 *
 * @example chartImageUrl('trade-trend', 'png', { preset: 'og', theme: 'dark' })
 * // → "/api/charts/trade-trend/png?preset=og&theme=dark"
 */
export function chartImageUrl(
  id: string,
  ext: 'png' | 'svg',
  o: { preset?: ImagePreset; theme?: ImageTheme; download?: boolean } & ChartQuery = {},
): string {
  return `/api/charts/${encodeURIComponent(id)}/${ext}${imageQuery(o)}`;
}

/**
 * Every public URL of one chart (root-relative), as listed by `GET /api/charts`; with chart
 * options, the URLs carry them (the prebuilt files are the default view only).
 *
 * @example chartUrls('trade-trend').pptx // → "/api/charts/trade-trend/pptx"
 */
export function chartUrls(id: string, o: ChartQuery = {}) {
  const e = encodeURIComponent(id);
  const q = optionsQuery(o);
  return {
    page: `/charts/${e}${q}`,
    embed: `/embed/${e}${q}`,
    svg: chartImageUrl(id, 'svg', o),
    png: chartImageUrl(id, 'png', o),
    pptx: `/api/charts/${e}/pptx${q}`,
    csv: `/api/charts/${e}/csv${q}`,
    /** Build-time files a static host can serve: prebuilt[preset][theme].png|svg. */
    prebuilt: Object.fromEntries(
      IMAGE_PRESET_IDS.map((preset) => [
        preset,
        Object.fromEntries(
          IMAGE_THEMES.map((theme) => [
            theme,
            Object.fromEntries(
              PREBUILT_EXTS.map((ext) => [
                ext,
                `/charts/${e}/${prebuiltFileName({ preset, theme, ext })}`,
              ]),
            ) as Record<PrebuiltExt, string>,
          ]),
        ) as Record<ImageTheme, Record<PrebuiltExt, string>>,
      ]),
    ) as Record<ImagePreset, Record<ImageTheme, Record<PrebuiltExt, string>>>,
  };
}

/** URLs not tied to one chart. */
export const SITE_EXPORT_URLS = {
  deck: '/api/deck.pptx',
  dataCsv: '/api/data.csv',
  dataJson: '/api/data.json',
  charts: '/api/charts',
} as const;
