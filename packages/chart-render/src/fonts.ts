import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The bundled DejaVu Sans subsets (scripts/subset-fonts.sh): regular, bold. */
export const FONT_FILES: readonly [string, string] = [
  join(__dirname, '..', 'fonts', 'DejaVuSans-subset.ttf'),
  join(__dirname, '..', 'fonts', 'DejaVuSans-Bold-subset.ttf'),
];

export const FONT_FAMILY = "'DejaVu Sans', sans-serif";

export interface FontMetrics {
  /** Advance width in em per code point. */
  advances: Map<number, number>;
  /** Advance of "M", used for a code point the font lacks. */
  fallback: number;
}

/** Reads advance widths (em) per code point from a TrueType file's cmap (format 4) and hmtx. */
export function readFontMetrics(file: string): FontMetrics {
  const buf = readFileSync(file);
  const tables: Record<string, number> = {};
  const numTables = buf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    tables[buf.toString('latin1', rec, rec + 4)] = buf.readUInt32BE(rec + 8);
  }
  const { head, hhea, hmtx, cmap } = tables;
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined) {
    throw new Error(`chart-render: ${file} lacks head/hhea/hmtx/cmap`);
  }
  const unitsPerEm = buf.readUInt16BE(head + 18);
  const numHMetrics = buf.readUInt16BE(hhea + 34);
  const advanceOf = (glyph: number) =>
    buf.readUInt16BE(hmtx + 4 * Math.min(glyph, numHMetrics - 1)) / unitsPerEm;

  let sub = -1;
  const numSub = buf.readUInt16BE(cmap + 2);
  for (let i = 0; i < numSub; i++) {
    const platform = buf.readUInt16BE(cmap + 4 + 8 * i);
    const encoding = buf.readUInt16BE(cmap + 6 + 8 * i);
    const offset = cmap + buf.readUInt32BE(cmap + 8 + 8 * i);
    if (platform === 3 && encoding === 1 && buf.readUInt16BE(offset) === 4) sub = offset;
  }
  const advances = new Map<number, number>();
  if (sub >= 0) {
    const segCount = buf.readUInt16BE(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + 2 * segCount + 2;
    const deltas = starts + 2 * segCount;
    const rangeOffsets = deltas + 2 * segCount;
    for (let s = 0; s < segCount; s++) {
      const end = buf.readUInt16BE(ends + 2 * s);
      const start = buf.readUInt16BE(starts + 2 * s);
      const delta = buf.readInt16BE(deltas + 2 * s);
      const rangeOffsetPos = rangeOffsets + 2 * s;
      const rangeOffset = buf.readUInt16BE(rangeOffsetPos);
      for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
        else {
          const g = buf.readUInt16BE(rangeOffsetPos + rangeOffset + 2 * (cp - start));
          glyph = g === 0 ? 0 : (g + delta) & 0xffff;
        }
        if (glyph !== 0) advances.set(cp, advanceOf(glyph));
      }
    }
  }
  return { advances, fallback: advances.get(0x4d) ?? 0.7 };
}

let metrics: { regular: FontMetrics; bold: FontMetrics } | null = null;

/** The metrics of both bundled fonts, read once per process. */
export function fontMetrics(): { regular: FontMetrics; bold: FontMetrics } {
  metrics ??= { regular: readFontMetrics(FONT_FILES[0]), bold: readFontMetrics(FONT_FILES[1]) };
  return metrics;
}

/**
 * True when the bundled regular font has a glyph for every character of `text` (a missing glyph
 * would render as a blank box in the PNG).
 *
 * @example fontHasGlyphs('◇ target') // → true
 */
export function fontHasGlyphs(text: string, bold = false): boolean {
  const m = bold ? fontMetrics().bold : fontMetrics().regular;
  for (const ch of text) if (!m.advances.has(ch.codePointAt(0)!)) return false;
  return true;
}
