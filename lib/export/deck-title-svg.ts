import { FONT_FAMILY, PALETTES, escapeXml, wrapText } from 'chart-render';
import { deckTitleLead } from './pptx';

/** The title image of a deck ZIP: a 16:9 slide at 1920×1080, as the chart images are. */
export const DECK_IMAGE = { width: 1920, height: 1080 } as const;

/** Pixels per inch of the PPTX slide (13.333 in wide) drawn 1920 px wide; 1 pt = 2 px. */
const PX_PER_IN = DECK_IMAGE.width / 13.333;
const PT = PX_PER_IN / 72;
const MARGIN = 0.5 * PX_PER_IN;
const WIDTH = DECK_IMAGE.width - 2 * MARGIN;

interface Block {
  text: string;
  sizePt: number;
  bold?: boolean;
  bullet?: boolean;
  color: string;
}

/** Lines of every block at `scale`, and the height they take, px. */
function layout(blocks: readonly Block[], scale: number) {
  let y = 0;
  const lines: { text: string; x: number; y: number; size: number; b: Block }[] = [];
  for (const b of blocks) {
    const size = b.sizePt * PT * scale;
    const indent = b.bullet ? size * 1.2 : 0;
    for (const [i, text] of wrapText(b.text, size, WIDTH - indent, b.bold).entries()) {
      y += size * 1.2;
      lines.push({ text, x: MARGIN + indent, y: y - size * 0.25, size, b });
      if (i === 0 && b.bullet) lines.push({ text: '•', x: MARGIN, y: y - size * 0.25, size, b });
    }
    y += 8 * PT * scale;
  }
  return { lines, height: y };
}

/**
 * The deck's title slide as an SVG image: the title, the subtitle when given, what the deck
 * holds and each chart's title, laid out as on the PPTX title slide (Arial there, DejaVu Sans
 * here) and shrunk to fit when long. Every text is escaped.
 *
 * @example deckTitleSvg({ title: 'Trade', chartTitles: ['A'] }).startsWith('<svg') // → true
 */
export function deckTitleSvg(o: {
  title: string;
  subtitle?: string;
  chartTitles: readonly string[];
}): string {
  const p = PALETTES.light;
  const bg = p.background ?? '#ffffff';
  const head: Block = { text: o.title, sizePt: 24, bold: true, color: p.text };
  const body: Block[] = [
    ...(o.subtitle === undefined
      ? []
      : [{ text: o.subtitle, sizePt: 20, bold: true, color: p.text }]),
    ...deckTitleLead(o.chartTitles.length).map((text) => ({ text, sizePt: 16, color: p.text })),
    ...o.chartTitles.map((text) => ({ text, sizePt: 16, bullet: true, color: p.text })),
  ];
  const bodyTop = 1.3 * PX_PER_IN;
  const room = DECK_IMAGE.height - bodyTop - 0.4 * PX_PER_IN;
  let scale = 1;
  while (scale > 0.4 && layout(body, scale).height > room) scale -= 0.05;
  const title = layout([head], 1).lines;
  const lines = [
    ...title.map((l) => ({ ...l, y: l.y + 0.3 * PX_PER_IN - 8 })),
    ...layout(body, scale).lines.map((l) => ({ ...l, y: l.y + bodyTop })),
  ];
  const text = lines
    .map(
      (l) =>
        `<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" font-size="${l.size.toFixed(1)}"${l.b.bold ? ' font-weight="bold"' : ''} fill="${l.b.color}">${escapeXml(l.text)}</text>`,
    )
    .join('');
  const { width, height } = DECK_IMAGE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<title>${escapeXml(o.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="${bg}"/>${text}</svg>`
  );
}
