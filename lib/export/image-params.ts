import { z } from 'zod';
import { fail, readParam, type ParamError, type ParseResult } from '../params';

export { readParam, type ParamError, type ParseResult };

/** Named image sizes in px; `slide-16x9` is the default. */
export const IMAGE_PRESETS = {
  'slide-16x9': { width: 1920, height: 1080 },
  'slide-4x3': { width: 1600, height: 1200 },
  og: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
} as const satisfies Record<string, { width: number; height: number }>;

export type ImagePreset = keyof typeof IMAGE_PRESETS;

export const IMAGE_PRESET_IDS = Object.keys(IMAGE_PRESETS) as ImagePreset[];

export const DEFAULT_PRESET: ImagePreset = 'slide-16x9';

export const IMAGE_THEMES = ['light', 'dark', 'transparent'] as const;

export type ImageTheme = (typeof IMAGE_THEMES)[number];

/** OWID-like bounds: side 320–4000 px, aspect 0.5–2, at most 16 MP after `scale`. */
export const IMAGE_LIMITS = {
  minSidePx: 320,
  maxSidePx: 4000,
  minAspect: 0.5,
  maxAspect: 2,
  maxPixels: 16_000_000,
  minScale: 1,
  maxScale: 4,
} as const;

export interface ImageParams {
  /** Layout width in px (the SVG's width; the PNG has width × scale pixels). */
  width: number;
  /** Layout height in px. */
  height: number;
  /** Pixel multiplier of the PNG, 1–4 within the pixel cap (`maxScaleFor`); the SVG ignores it. */
  scale: number;
  theme: ImageTheme;
  /** The preset the size came from, or null when width/height were given. */
  preset: ImagePreset | null;
  /** true (default): `Content-Disposition: attachment`; false (`download=0`): inline. */
  download: boolean;
}

const L = IMAGE_LIMITS;
const SIDE_ALLOWED = `integer ${L.minSidePx}–${L.maxSidePx} (px)`;

// Digits only, so "1e3", "0x10", " 800", "+800" and "800.0" are all rejected, not coerced.
const sideSchema = z
  .string()
  .regex(/^\d{1,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(L.minSidePx).max(L.maxSidePx));
const scaleSchema = z.enum(['1', '2', '3', '4']).transform(Number);
const themeSchema = z.enum(IMAGE_THEMES);
const presetSchema = z.enum(IMAGE_PRESET_IDS as [ImagePreset, ...ImagePreset[]]);
const downloadSchema = z.enum(['0', '1']).transform((v) => v === '1');

const KNOWN = {
  width: { schema: sideSchema, allowed: SIDE_ALLOWED },
  height: { schema: sideSchema, allowed: SIDE_ALLOWED },
  scale: { schema: scaleSchema, allowed: `integer ${L.minScale}–${L.maxScale}` },
  theme: { schema: themeSchema, allowed: IMAGE_THEMES.join(', ') },
  preset: { schema: presetSchema, allowed: IMAGE_PRESET_IDS.join(', ') },
  download: { schema: downloadSchema, allowed: '0, 1' },
} as const;

type Known = typeof KNOWN;

/**
 * The largest `scale` for a layout size under the pixel cap (which applies after scaling), within
 * minScale–maxScale.
 *
 * @example maxScaleFor(1920, 1080) // → 2 (× 3 would be 18.7 MP > 16 MP)
 * @example maxScaleFor(1000, 1000) // → 4
 */
export function maxScaleFor(width: number, height: number): number {
  const fits = Math.floor(Math.sqrt(L.maxPixels / (width * height)) + 1e-9);
  return Math.min(L.maxScale, Math.max(L.minScale, fits));
}
type Parsed = { [K in keyof Known]?: z.output<Known[K]['schema']> };

/**
 * Parses the image query of `/api/charts/{id}/svg|png`. The size comes from `preset` (default
 * `slide-16x9`); `width` and/or `height` override it, and a lone one keeps the preset's aspect
 * ratio (rounded to whole px). Unknown parameters are ignored (cache busters); a repeated, malformed
 * or out-of-bounds parameter is an error naming the limit — values are never clamped.
 *
 * Edge cases: `width=320&height=4000` → aspect error (0.08 < 0.5); `width=4000&height=4000&scale=2`
 * → pixel error (64 MP > 16 MP); `width=1e3` → invalid (digits only).
 *
 * @example parseImageParams(new URLSearchParams('preset=og&scale=2')).value
 * // → { width: 1200, height: 630, scale: 2, theme: 'light', preset: 'og', download: true }
 */
export function parseImageParams(query: URLSearchParams): ParseResult<ImageParams> {
  const p: Parsed = {};
  for (const name of Object.keys(KNOWN) as (keyof Known)[]) {
    const { schema, allowed } = KNOWN[name];
    const r = readParam(query, name, schema, allowed);
    if (!r.ok) {
      if ((name === 'width' || name === 'height') && query.getAll(name).length === 1) {
        return fail(
          name,
          `${name} must be a whole number of px from ${L.minSidePx} to ${L.maxSidePx}`,
          allowed,
        );
      }
      return r;
    }
    (p as Record<string, unknown>)[name] = r.value;
  }

  const base = IMAGE_PRESETS[p.preset ?? DEFAULT_PRESET];
  const aspectOfBase = base.width / base.height;
  const width =
    p.width ?? (p.height === undefined ? base.width : Math.round(p.height * aspectOfBase));
  const height =
    p.height ?? (p.width === undefined ? base.height : Math.round(p.width / aspectOfBase));
  for (const [name, v] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (v < L.minSidePx || v > L.maxSidePx) {
      return fail(
        name,
        `${name} derived from the preset's aspect ratio is outside ${L.minSidePx}–${L.maxSidePx} px`,
        SIDE_ALLOWED,
      );
    }
  }
  const aspect = width / height;
  if (aspect < L.minAspect || aspect > L.maxAspect) {
    return fail(
      p.width !== undefined ? 'width' : 'height',
      `aspect ratio width/height must be from ${L.minAspect} to ${L.maxAspect}`,
      `width/height ${L.minAspect}–${L.maxAspect}`,
    );
  }
  const scale = p.scale ?? 1;
  if (width * height * scale * scale > L.maxPixels) {
    const most = maxScaleFor(width, height);
    return fail(
      'scale',
      `width × height × scale² must be at most ${L.maxPixels / 1e6} MP: at ${width}×${height} px the largest scale is ${most}`,
      `integer ${L.minScale}–${most} at ${width}×${height} px (width × height × scale² ≤ ${L.maxPixels / 1e6} MP)`,
    );
  }
  const custom = p.width !== undefined || p.height !== undefined;
  return {
    ok: true,
    value: {
      width,
      height,
      scale,
      theme: p.theme ?? 'light',
      preset: custom ? null : (p.preset ?? DEFAULT_PRESET),
      download: p.download ?? true,
    },
  };
}

/**
 * Parses the `download` parameter alone (the PPTX, CSV and data routes take no other).
 *
 * @example parseDownloadParam(new URLSearchParams('download=0')).value // → false
 */
export function parseDownloadParam(query: URLSearchParams): ParseResult<boolean> {
  const r = readParam(query, 'download', downloadSchema, KNOWN.download.allowed);
  return r.ok ? { ok: true, value: r.value ?? true } : r;
}
