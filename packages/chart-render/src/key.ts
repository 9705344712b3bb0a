import { ENCODING, glyphSvg } from './encoding';
import { paletteOf, withRoleClasses, type Theme } from './palette';
import type { ChartSpec, Mark, MarkKind, SeriesColor } from './spec';
import { MARK_KINDS } from './spec';

/** One entry of a chart's kind key: how a kind of number is drawn, and its words. */
export interface KeyItem {
  kind: MarkKind;
  /** The mark the glyph is drawn as (the chart's own mark for that kind). */
  mark: Mark;
  text: string;
}

/**
 * The kind key: the one legend a chart keeps, for what direct labels can't say (how a reported
 * figure differs from a derived estimate or a target). Only kinds the chart draws, in vocabulary
 * order; a chart drawing only reported figures needs no key ([]).
 *
 * @example kindKey(tradeTrend).map((k) => k.text) // → ['reported', 'first half of the year', 'derived estimate', 'target or projection']
 */
export function kindKey(spec: ChartSpec): KeyItem[] {
  const drawn = spec.series.filter((s) => s.values.some((v) => v !== null));
  const kinds = MARK_KINDS.filter((k) => drawn.some((s) => s.kind === k));
  if (kinds.length === 0 || (kinds.length === 1 && kinds[0] === 'reported')) return [];
  return kinds.map((kind) => {
    const marks = drawn.filter((s) => s.kind === kind).map((s) => s.mark);
    const mark: Mark = marks.includes('bar')
      ? 'bar'
      : marks.includes('point')
        ? 'point'
        : (marks[0] ?? 'point');
    return { kind, mark, text: spec.kindText?.[kind] ?? ENCODING[kind].text };
  });
}

/**
 * A key glyph as a standalone inline `<svg>` for HTML (page and embed keys, table headings),
 * drawn by the same function as the image's key, in the theme's muted ink unless a series colour
 * is given.
 *
 * @example keyGlyphSvg({ kind: 'estimate', mark: 'bar', text: 'derived estimate' }) // → '<svg … class="chart-glyph">…</svg>'
 */
export function keyGlyphSvg(
  item: Pick<KeyItem, 'kind' | 'mark'>,
  o: { color?: SeriesColor; theme?: Theme; size?: number } = {},
): string {
  const palette = paletteOf(o.theme);
  const h = o.size ?? 14;
  const w = Math.round(h * 1.7);
  const color = o.color ? palette.series[o.color] : palette.muted;
  const inner = glyphSvg(item.kind, item.mark, { x: 1, y: 1, w: w - 2, h: h - 2 }, color, palette);
  // Role classes, so a page in dark mode recolours the glyph with its charts.
  return withRoleClasses(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" aria-hidden="true" focusable="false" class="chart-glyph" data-kind="${item.kind}" data-mark="${item.mark}">${inner}</svg>`,
    palette,
  );
}
