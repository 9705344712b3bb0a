/**
 * Finds binary floating-point noise ("5.969999999999999", "22.94117647058822",
 * "0.30000000000000004") in exported text, so every export can be scanned by one helper:
 * CSV, JSON, SVG, HTML, and the XML inside a PPTX.
 */

/** More decimals than this in a number is noise: no source gives more than 6. */
export const MAX_CLEAN_DECIMALS = 8;

// A number with many decimals, or a run of 0s or 9s before a last digit (…0000004, …9999999).
const NOISE = /(?<![\w.])-?\d+\.(?:\d{9,}|\d*?(?:0{5,}[1-9]|9{5,}\d?))(?![\w])/g;

/**
 * Attributes that carry geometry in SVG and may keep any precision; their values are skipped
 * when `skipGeometry` is set (the numbers a reader sees are text, not coordinates).
 */
export const SVG_GEOMETRY_ATTRIBUTES = [
  'd',
  'points',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'dx',
  'dy',
  'width',
  'height',
  'transform',
  'viewBox',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-width',
  'offset',
  'font-size',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
  'style',
] as const;

const GEOMETRY_ATTR = new RegExp(
  `\\s(?:${SVG_GEOMETRY_ATTRIBUTES.map((a) => a.replace(/[-]/g, '\\-')).join('|')})="[^"]*"`,
  'g',
);

/** One suspicious number and where it sits. */
export interface FloatNoiseHit {
  value: string;
  index: number;
  /** Up to 40 characters either side, for the failure message. */
  context: string;
}

/**
 * Every number in `text` that looks like binary float noise: more than `MAX_CLEAN_DECIMALS`
 * decimals, or a run of five 0s or 9s before its last digits. With `skipGeometry`, the values of
 * SVG geometry attributes (`SVG_GEOMETRY_ATTRIBUTES`) are blanked first, and so are `<script>`
 * and `<style>` bodies (framework code, not figures). Empty for clean text.
 *
 * @example findFloatNoise('gap,5.969999999999999\r\n')[0].value // "5.969999999999999"
 */
export function findFloatNoise(
  text: string,
  opts: { skipGeometry?: boolean } = {},
): FloatNoiseHit[] {
  let scanned = text;
  if (opts.skipGeometry) {
    scanned = scanned
      .replace(/<script\b[\s\S]*?<\/script>/gi, (m) => ' '.repeat(m.length))
      .replace(/<style\b[\s\S]*?<\/style>/gi, (m) => ' '.repeat(m.length))
      .replace(GEOMETRY_ATTR, (m) => ' '.repeat(m.length));
  }
  const hits: FloatNoiseHit[] = [];
  for (const m of scanned.matchAll(NOISE)) {
    const index = m.index ?? 0;
    hits.push({
      value: m[0],
      index,
      context: text.slice(Math.max(0, index - 40), index + m[0].length + 40),
    });
  }
  return hits;
}
