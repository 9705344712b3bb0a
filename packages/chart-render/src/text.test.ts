import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { chartIds, getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { RESVG_OPTIONS } from './raster';
import { escapeXml } from './svg';
import { measureText, widestLine, wrapText } from './text';

/** Left edge of the ink resvg draws for `text` anchored at x = 1000. */
function inkLeft(text: string, size: number, bold: boolean, anchor: 'start' | 'end'): number {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="${3 * size}">` +
    `<text x="1000" y="${2 * size}" font-family="DejaVu Sans" font-size="${size}"` +
    ` font-weight="${bold ? 700 : 400}" text-anchor="${anchor}">${escapeXml(text)}</text></svg>`;
  const box = new Resvg(svg, RESVG_OPTIONS).getBBox();
  if (!box) throw new Error(`resvg drew no ink for "${text}"`);
  return box.x;
}

/**
 * The advance width resvg gives `text` from the bundled font file (its own TrueType reader and
 * shaper, not the engine's): the ink moves left by exactly the advance when the anchor goes from
 * start to end. Text must start and end with ink (SVG trims outer spaces).
 */
function drawnWidth(text: string, size: number, bold = false): number {
  return inkLeft(text, size, bold, 'start') - inkLeft(text, size, bold, 'end');
}

describe('measureText', () => {
  it.each<[string, string, number, boolean, number]>([
    // DejaVu Sans digits advance 1303/2048 em, bold ones 1425/2048 (the fonts' hmtx tables).
    ['four digits', '2006', 10, false, (4 * 1303 * 10) / 2048],
    ['four bold digits', '2006', 10, true, (4 * 1425 * 10) / 2048],
    ['scales linearly with size', '2006', 20, false, (4 * 1303 * 20) / 2048],
    ['empty text', '', 14, false, 0],
    ['size zero', '2006', 0, false, 0],
  ])('%s', (_name, text, size, bold, expected) => {
    expect(measureText(text, size, bold)).toBeCloseTo(expected, 9);
  });

  it.each<[string, string, boolean]>([
    ['digits', '0123456789', false],
    ['bold digits', '0123456789', true],
    ['value labels', '$43.82bn −46.3% 1,833 Mt/yr', false],
    ['bold value labels', '$43.82bn −46.3% 1,833 Mt/yr', true],
    ['arrows and shapes', '←→▲▼◆○●■□①⑩', false],
    ['the alphabet in bold', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz', true],
    ['one narrow letter', 'i', false],
    ['one wide letter', 'W', true],
  ])('equals the width resvg draws where nothing kerns: %s', (_name, text, bold) => {
    expect(measureText(text, 100, bold)).toBeCloseTo(drawnWidth(text, 100, bold), 1);
  });

  it.each<[string, string, boolean]>([
    ['a title', 'China–Kazakhstan trade turnover, 2000–2024', false],
    ['a bold title', 'China–Kazakhstan trade turnover, 2000–2024', true],
    ['a sources line', 'Sources: CACI Analyst (2007); Kazinform; Astana Times', false],
    ['pairs that kern tighter', 'AVAWAYToTe', false],
    ['typographic marks', '“Kazakhstan’s” — ±≈ ≤ ≥ × · ° € ₸ …', false],
  ])('is at least the width resvg draws kerned text: %s', (_name, text, bold) => {
    expect(measureText(text, 100, bold)).toBeGreaterThanOrEqual(drawnWidth(text, 100, bold));
  });

  it('is at least the width resvg draws for every word and every string of every chart', () => {
    const dataset = getDataset();
    const texts = new Set<string>();
    for (const id of chartIds) {
      const spec = getChartSpec(dataset, id);
      const strings = [
        spec.title,
        spec.subtitle,
        spec.sourceLine,
        ...spec.notes,
        ...spec.categories,
        ...spec.events.map((e) => `${e.when}: ${e.title}`),
        ...spec.series.flatMap((s) => [s.name, s.label ?? '', ...(s.pointLabels ?? [])]),
      ];
      for (const t of strings) {
        if (!t?.trim()) continue;
        texts.add(t.trim().replace(/\s+/g, ' '));
        for (const word of t.split(/\s+/)) if (word !== '') texts.add(word);
      }
    }
    expect(texts.size).toBeGreaterThan(100);
    const under = [...texts].flatMap((t) =>
      [false, true]
        .filter((bold) => measureText(t, 100, bold) < drawnWidth(t, 100, bold) - 0.01)
        .map((bold) => `${bold ? 'bold ' : ''}"${t}"`),
    );
    expect(under).toEqual([]);
  });

  it('counts a space between words at the width resvg gives it', () => {
    const space = measureText('a b', 100) - measureText('ab', 100);
    expect(space).toBeGreaterThan(0);
    expect(space).toBeCloseTo(drawnWidth('a b', 100) - drawnWidth('ab', 100), 1);
  });

  it('measures a character the font lacks as an "M", so it is never measured as nothing', () => {
    expect(measureText('⑪', 14)).toBe(measureText('M', 14));
    expect(measureText('a⑪b', 14)).toBeCloseTo(measureText('aMb', 14), 9);
  });

  it('counts an astral character once, not as two UTF-16 halves', () => {
    expect(measureText('𝟘', 14)).toBe(measureText('M', 14));
  });
});

describe('widestLine', () => {
  it.each<[string, string[], number, boolean, number]>([
    ['no lines', [], 14, false, 0],
    ['one line', ['2006'], 10, false, measureText('2006', 10)],
    ['the wider of two', ['ab', 'abcd'], 10, false, measureText('abcd', 10)],
    ['the wider regardless of order', ['abcd', 'ab'], 10, false, measureText('abcd', 10)],
    ['in bold', ['ab', 'abcd'], 10, true, measureText('abcd', 10, true)],
    ['an empty line among others', ['', 'x'], 10, false, measureText('x', 10)],
  ])('%s', (_name, lines, size, bold, expected) => {
    expect(widestLine(lines, size, bold)).toBe(expected);
  });
});

/** Every non-space character of `text` in order: what a wrap must keep. */
const ink = (text: string) => text.replace(/\s+/g, '');

/**
 * The properties every wrap must have: nothing dropped, reordered or added (no "…"); no blank
 * line; every line as wide as resvg draws it fits; a word that fits a line is never broken; a line
 * ends where the next word would not have fitted (greedy).
 */
function expectGoodWrap(text: string, size: number, maxWidth: number, lines: string[]) {
  expect(ink(lines.join(''))).toBe(ink(text));
  expect(lines.join('')).not.toContain('…');
  for (const line of lines) {
    expect(line.trim()).toBe(line);
    expect(line).not.toBe('');
    expect(line).not.toMatch(/\s\s/);
    const widestChar = Math.max(...Array.from(line, (ch) => measureText(ch, size)));
    if (widestChar <= maxWidth) {
      expect(drawnWidth(line, 100) * (size / 100), line).toBeLessThanOrEqual(maxWidth + 0.01);
    }
  }
  const words = text.split(/\s+/).filter((w) => w !== '');
  for (const word of words) {
    if (measureText(word, size) <= maxWidth) {
      expect(
        lines.some((l) => l.split(' ').includes(word)),
        `"${word}" is kept whole`,
      ).toBe(true);
    }
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1]!.split(' ')[0]!;
    if (words.includes(next)) {
      expect(measureText(`${lines[i]} ${next}`, size), `"${next}" fits line ${i}`).toBeGreaterThan(
        maxWidth,
      );
    }
  }
}

describe('wrapText', () => {
  it.each<[string, string, number, number, string[]]>([
    ['empty text', '', 14, 200, []],
    ['only spaces', '   ', 14, 200, []],
    ['only tabs and newlines', '\t\n \r\n', 14, 200, []],
    ['one word', 'Kazinform', 14, 200, ['Kazinform']],
    ['one word with spaces around', '  Kazinform \n', 14, 200, ['Kazinform']],
    ['fits on one line', 'China–Kazakhstan trade', 14, 600, ['China–Kazakhstan trade']],
    ['runs of spaces collapse', 'a  b\t\tc\nd', 14, 600, ['a b c d']],
    [
      'a sources line in two lines',
      'Sources: CACI Analyst (2007); Kazinform',
      14,
      200,
      ['Sources: CACI Analyst', '(2007); Kazinform'],
    ],
    [
      'a URL breaks after / . and -',
      'https://www.kazinform.kz/news/china-kazakhstan-trade-turnover-2024',
      14,
      120,
      ['https://www.', 'kazinform.kz/', 'news/china-', 'kazakhstan-', 'trade-turnover-', '2024'],
    ],
    [
      'a long word without break points is split where the line is full',
      'abcdefghijklmnopqrstuvwxyz',
      14,
      50,
      ['abcdef', 'ghijkl', 'mnopq', 'rstuvw', 'xyz'],
    ],
    [
      'hyphenated run breaks after hyphens',
      'a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p',
      14,
      40,
      ['a-b-', 'c-d-', 'e-f-g-', 'h-i-j-', 'k-l-', 'm-n-', 'o-p'],
    ],
    [
      'text after a broken word continues on its last line',
      'see www.astanatimes.com/2024/01/kazakhstan-china for more',
      12,
      150,
      ['see', 'www.astanatimes.com/', '2024/01/kazakhstan-', 'china for more'],
    ],
    [
      'a line narrower than any letter: one letter a line, none dropped',
      'Kaz',
      14,
      0,
      ['K', 'a', 'z'],
    ],
  ])('%s', (_name, text, size, maxWidth, expected) => {
    const lines = wrapText(text, size, maxWidth);
    expect(lines).toEqual(expected);
    expectGoodWrap(text, size, maxWidth, lines);
  });

  it.each<[string, number, number]>([
    ['Crude oil shipped to China through the Kazakhstan–China pipeline', 22, 300],
    ['Crude oil shipped to China through the Kazakhstan–China pipeline', 22, 120],
    [
      'Sources: CACI Analyst (2007); Kazinform (2024); The Astana Times (2024); ' +
        'Xinhua (2016); State Statistics Bureau of the PRC; https://stat.gov.kz/en/industries/',
      12,
      400,
    ],
    ['Tien-Shan-1-2006, first China–Kazakhstan bilateral anti-terrorist exercise', 11, 90],
    ['x y z', 14, 8],
  ])('wraps "%s" at %s px in %s px without losing or overflowing', (text, size, maxWidth) => {
    expectGoodWrap(text, size, maxWidth, wrapText(text, size, maxWidth));
  });

  it('wraps bold text with bold widths', () => {
    const text = 'China–Kazakhstan trade turnover by whose statistics, 2000–2024';
    const bold = wrapText(text, 20, 400, true);
    for (const line of bold) {
      expect(drawnWidth(line, 100, true) / 5).toBeLessThanOrEqual(400 + 0.01);
    }
    const joined = bold.join(' ');
    expect(joined).toBe(text);
  });

  it('gives the same lines for the same text every time', () => {
    const text = 'Sources: CACI Analyst (2007); Kazinform; Astana Times';
    expect(wrapText(text, 14, 150)).toEqual(wrapText(text, 14, 150));
  });
});
