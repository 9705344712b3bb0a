import type { ChartSpec, ValueFormat } from '../../lib/charts/spec';

export type ChartTheme = 'light' | 'dark' | 'transparent';

export interface RenderOptions {
  /** Output width in px (fixed; the SVG also carries a matching viewBox). */
  width: number;
  /** Output height in px. */
  height: number;
  /** light (default): white background; dark: #111827; transparent: no background rect. */
  theme?: ChartTheme;
  /** Prefix of every id in the output (clip path, patterns, title/desc); default spec.id. */
  idPrefix?: string;
}

export interface PngOptions {
  /** Multiplies both dimensions (2 → 2× pixels); default 1. */
  scale?: number;
}

/**
 * The chart body as a standalone, deterministic `<svg role="img">` with `<title>`/`<desc>`.
 * Example: `renderChartSvg(spec, { width: 720, height: 360 })` → `'<svg xmlns=…>…</svg>'`.
 */
export function renderChartSvg(spec: ChartSpec, options: RenderOptions): string;

/**
 * A complete export image SVG: title, subtitle, legend, chart body, annotation key, notes, source.
 * Example: `renderChartImage(spec, { width: 1200, height: 630 })` → `'<svg xmlns=…>…</svg>'`.
 */
export function renderChartImage(spec: ChartSpec, options: RenderOptions): string;

/**
 * Rasterises an SVG to PNG with the bundled DejaVu fonts only.
 * Example: `renderPng(svg1200x630, { scale: 2 })` → a 2400×1260 PNG.
 */
export function renderPng(svg: string, options?: PngOptions): Buffer;

/** A value in the spec's unit: usd-bn 10 → "$10bn", pct 20 → "+20%", mt 5 → "5 Mt". */
export function formatValue(value: number, format: ValueFormat, decimals?: number): string;

/** Escapes &, <, >, " and ' for SVG text and attribute values. */
export function escapeXml(text: string): string;

/** Width in px of text set in DejaVu Sans (bold when asked) at `size` px; kerning ignored. */
export function measureText(text: string, size: number, bold?: boolean): number;

/** Absolute paths of the bundled DejaVu Sans subsets (regular, bold), as renderPng loads them. */
export const FONT_FILES: readonly [string, string];
