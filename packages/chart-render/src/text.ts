import { fontMetrics } from './fonts';

/**
 * Width in px of `text` set in DejaVu Sans at `size` px (bold when asked). Kerning is ignored;
 * DejaVu's mostly tightens, so this is at least the drawn width of every chart's text (the tests
 * check), but a few pairs kern apart ("AA", "LA", "-O", bold "TT": up to 0.056 em each).
 *
 * @example measureText('2006', 10) // → 25.45 (four digits of 0.636 em)
 */
export function measureText(text: string, size: number, bold = false): number {
  const m = bold ? fontMetrics().bold : fontMetrics().regular;
  let em = 0;
  for (const ch of text) em += m.advances.get(ch.codePointAt(0)!) ?? m.fallback;
  return em * size;
}

/** Where a word wider than a line may be broken: after a slash, hyphen, dot or underscore. */
const SOFT_BREAK = /[/\-._?&=]/;

/** Splits a word wider than `maxWidth` into pieces that fit, preferring soft break points. */
function breakWord(word: string, size: number, maxWidth: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let rest = Array.from(word);
  while (rest.length > 0) {
    let n = 1;
    while (n < rest.length && measureText(rest.slice(0, n + 1).join(''), size, bold) <= maxWidth) {
      n++;
    }
    if (n < rest.length) {
      for (let k = n; k > Math.max(1, n - 12); k--) {
        if (SOFT_BREAK.test(rest[k - 1]!)) {
          n = k;
          break;
        }
      }
    }
    pieces.push(rest.slice(0, n).join(''));
    rest = rest.slice(n);
  }
  return pieces;
}

/**
 * Greedy word wrap to `maxWidth` px. Nothing is ever dropped or cut with "…": a word wider than a
 * line is broken (after "/", "-" or "." where it can be), and the caller makes room for however
 * many lines come back. Empty or blank text → [].
 *
 * @example wrapText('Sources: CACI Analyst (2007); Kazinform', 14, 200) // → ['Sources: CACI Analyst', '(2007); Kazinform']
 */
export function wrapText(text: string, size: number, maxWidth: number, bold = false): string[] {
  const words = text.split(/[ \t\r\n]+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measureText(candidate, size, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measureText(word, size, bold) <= maxWidth) {
      line = word;
      continue;
    }
    const pieces = breakWord(word, size, maxWidth, bold);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The widest line's width in px.
 *
 * @example widestLine(['ab', 'abcd'], 10) // → measureText('abcd', 10)
 */
export function widestLine(lines: readonly string[], size: number, bold = false): number {
  return lines.reduce((w, l) => Math.max(w, measureText(l, size, bold)), 0);
}

/** A run of text in a flowed block: where it starts, and whether its item's lead goes before it. */
export interface FlowSegment {
  /** Index of the item the text belongs to. */
  item: number;
  /** Left edge of the text (after the lead, when `lead`). */
  x: number;
  text: string;
  /** True on the item's first segment: the caller draws the item's glyph, badge or tag there. */
  lead: boolean;
}

/**
 * Flows items (a lead `leadW` px wide, then text) left to right in lines `maxWidth` px wide, `gap`
 * px apart; an item longer than a line wraps inside itself. Nothing is dropped: every word of
 * every item is on some line.
 *
 * @example flowItems([{ text: 'reported', leadW: 20 }, { text: 'target', leadW: 20 }], 12, 400, 16).length // → 1
 */
export function flowItems(
  items: readonly { text: string; leadW: number }[],
  size: number,
  maxWidth: number,
  gap: number,
): FlowSegment[][] {
  const lines: FlowSegment[][] = [[]];
  let x = 0;
  items.forEach((item, i) => {
    const line = () => lines[lines.length - 1]!;
    const whole = item.leadW + measureText(item.text, size);
    if (x > 0 && x + gap + whole > maxWidth) {
      lines.push([]);
      x = 0;
    } else if (x > 0) x += gap;
    if (x + whole <= maxWidth) {
      line().push({ item: i, x: x + item.leadW, text: item.text, lead: true });
      x += whole;
      return;
    }
    // Longer than what is left of the line: what fits here, the rest on lines of its own.
    const norm = item.text
      .split(/\s+/)
      .filter((w) => w !== '')
      .join(' ');
    const head = wrapText(norm, size, Math.max(1, maxWidth - x - item.leadW))[0] ?? '';
    line().push({ item: i, x: x + item.leadW, text: head, lead: true });
    const rest = norm.slice(head.length).trimStart();
    for (const l of wrapText(rest, size, maxWidth - item.leadW)) {
      lines.push([{ item: i, x: item.leadW, text: l, lead: false }]);
    }
    x = item.leadW + measureText(lines[lines.length - 1]![0]!.text, size);
  });
  return lines.filter((l) => l.length > 0);
}
