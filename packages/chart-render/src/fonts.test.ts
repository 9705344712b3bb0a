import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, renderChartImage, type ChartSpec } from 'chart-render';
import { chartIds, getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';

const ROOT = join(__dirname, '..', '..', '..');

/** Code points mapped by a TrueType font's Windows Unicode BMP cmap (platform 3, encoding 1, format 4). */
function cmapCodePoints(file: string): Set<number> {
  const buf = readFileSync(file);
  let cmap = -1;
  for (let i = 0; i < buf.readUInt16BE(4); i++) {
    const rec = 12 + 16 * i;
    if (buf.toString('latin1', rec, rec + 4) === 'cmap') cmap = buf.readUInt32BE(rec + 8);
  }
  const out = new Set<number>();
  for (let i = 0; i < buf.readUInt16BE(cmap + 2); i++) {
    const sub = cmap + buf.readUInt32BE(cmap + 8 + 8 * i);
    const isWinBmp =
      buf.readUInt16BE(cmap + 4 + 8 * i) === 3 && buf.readUInt16BE(cmap + 6 + 8 * i) === 1;
    if (!isWinBmp || buf.readUInt16BE(sub) !== 4) continue;
    const segCount = buf.readUInt16BE(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + 2 * segCount + 2;
    const deltas = starts + 2 * segCount;
    const rangeOffsets = deltas + 2 * segCount;
    for (let s = 0; s < segCount; s++) {
      const start = buf.readUInt16BE(starts + 2 * s);
      const end = buf.readUInt16BE(ends + 2 * s);
      const delta = buf.readInt16BE(deltas + 2 * s);
      const rangeOffsetPos = rangeOffsets + 2 * s;
      const rangeOffset = buf.readUInt16BE(rangeOffsetPos);
      for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
        const g =
          rangeOffset === 0
            ? cp
            : buf.readUInt16BE(rangeOffsetPos + rangeOffset + 2 * (cp - start));
        if (g !== 0 && ((g + delta) & 0xffff) !== 0) out.add(cp);
      }
    }
  }
  return out;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text resvg draws: the content of every <text> (tspans included); <title>/<desc> are not drawn. */
function drawnText(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole: string, e: string) =>
        e.startsWith('#x') || e.startsWith('#X')
          ? String.fromCodePoint(parseInt(e.slice(2), 16))
          : e.startsWith('#')
            ? String.fromCodePoint(Number(e.slice(1)))
            : (XML_ENTITIES[e] ?? whole),
      ),
  );
}

/**
 * Every string of a spec an image or slide can draw. Per-value series notes are left out: they are
 * page tooltips and CSV cells, never drawn, and quote sources in the original Chinese.
 */
function specText(spec: ChartSpec): string[] {
  return [
    spec.title,
    spec.subtitle,
    spec.xLabel,
    spec.yLabel,
    spec.sourceLine,
    ...spec.categories,
    ...spec.notes,
    ...spec.events.flatMap((e) => [e.when, e.title]),
    ...spec.series.flatMap((s) => [
      s.name,
      s.label ?? '',
      s.statisticLabel ?? '',
      ...(s.pointLabels ?? []).map((l) => l ?? ''),
    ]),
  ];
}

/** "'⑪' U+246A in "…context…"" for each character of `texts` the font does not map. */
function missing(texts: string[], covered: Set<number>): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20 || covered.has(cp)) continue;
      const u = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      out.add(`'${ch}' ${u} in "${text.slice(0, 80)}"`);
    }
  }
  return [...out];
}

describe('bundled subset fonts', () => {
  const [regular, bold] = FONT_FILES;
  const fonts = [
    ['regular', cmapCodePoints(regular)],
    ['bold', cmapCodePoints(bold)],
  ] as const;

  it('loads the committed subsets beside the renderer, with DejaVu’s licence', () => {
    expect(FONT_FILES.map((f) => f.split(/[\\/]/).pop())).toEqual([
      'DejaVuSans-subset.ttf',
      'DejaVuSans-Bold-subset.ttf',
    ]);
    for (const f of FONT_FILES) expect(existsSync(f), f).toBe(true);
    expect(existsSync(join(dirname(regular), 'LICENSE'))).toBe(true);
  });

  it('maps a sample of every range the subset script asks for', () => {
    for (const [, covered] of fonts) {
      for (const ch of 'Az09 $%€₸–—’“”…−×±≈≤≥·°←→①⑩▲▼◆○●■□') {
        expect(covered.has(ch.codePointAt(0)!), ch).toBe(true);
      }
    }
  });

  it('names a character the subset lacks, e.g. a circled 11', () => {
    // DejaVu has circled digits ① to ⑩ only, which is why event badges are drawn, not glyphs.
    expect(missing(['1 ⑪ 2'], fonts[0][1])).toEqual(['\'⑪\' U+246A in "1 ⑪ 2"']);
  });

  const dataset = getDataset();
  describe.each(chartIds)('%s', (id) => {
    const spec = getChartSpec(dataset, id);
    // Sizes wrap text differently.
    const drawn = [
      [1920, 1080],
      [1200, 630],
      [720, 360],
    ].flatMap(([width, height]) =>
      drawnText(renderChartImage(spec, { width: width!, height: height! })),
    );

    it.each(fonts)('draws only characters the %s subset maps', (_, covered) => {
      expect(drawn.length).toBeGreaterThan(10);
      expect(missing(drawn, covered)).toEqual([]);
    });

    it.each(fonts)('has spec text in characters the %s subset maps', (_, covered) => {
      expect(missing(specText(spec), covered)).toEqual([]);
    });
  });

  it('declares page unicode-ranges covering every character of the subset, per weight', () => {
    const css = readFileSync(join(ROOT, 'app', 'globals.css'), 'utf8');
    const faces = [...css.matchAll(/@font-face \{([^}]+)\}/g)].map((m) => {
      const body = m[1] ?? '';
      const ranges = /unicode-range:([^;]+);/
        .exec(body)![1]!
        .split(',')
        .map((r) => {
          const [lo, hi] = r.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)] as const;
        });
      const weight = Number(/font-weight: (\d+);/.exec(body)![1]);
      const file = /url\('\.\/([^']+)'\)/.exec(body)![1]!;
      return { weight, ranges, file };
    });
    expect(faces.map((f) => f.weight).sort()).toEqual([400, 400, 700, 700]);
    for (const [i, weight] of [400, 700].entries()) {
      const declared = faces.filter((f) => f.weight === weight).flatMap((f) => f.ranges);
      const outside = [...fonts[i]![1]].filter(
        (cp) => !declared.some(([lo, hi]) => cp >= lo && cp <= hi),
      );
      expect(outside.map((cp) => cp.toString(16))).toEqual([]);
    }
    for (const f of faces) expect(existsSync(join(ROOT, 'app', f.file)), f.file).toBe(true);
  });
});
