import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import {
  ENCODING,
  PALETTES,
  eventKeyText,
  kindKey,
  numberEvents,
  wrapText,
  measureText,
  type ChartSourceRef,
  type ChartSpec,
  type KeyItem,
} from 'chart-render';
import { hex, planPptxChart, spacedByTime, tint, type PptxChartPlan } from './pptx-chart';
import { chartXml } from './pptx-chart-xml';
import { buildWorkbook } from './pptx-sheet';

export { excelFormat, pptxSeriesName, tint } from './pptx-chart';

/** pptxgenjs's 16:9 layout, PowerPoint's default: 13.333 × 7.5 in. */
const SLIDE = { w: 13.333, h: 7.5 };
const MARGIN = 0.5;
const WIDTH = SLIDE.w - 2 * MARGIN;
const FONT = 'Arial';
const TEXT = hex(PALETTES.light.text);
const MUTED = hex(PALETTES.light.muted);
const WHITE = hex(PALETTES.light.background ?? '#ffffff');
const SOURCES_PER_SLIDE = 12;
/** Text sizes on a chart slide, pt. */
const SIZE = { title: 24, subtitle: 12, key: 10, footnote: 9 };

type Slide = ReturnType<PptxGenJS['addSlide']>;

/**
 * Arial (and LibreOffice's Liberation Sans, metric-compatible) sets text at most this share of
 * the width of DejaVu Sans, which the engine measures; slide text is measured in DejaVu scaled so.
 */
const ARIAL_WIDTH = 0.9;

/** Height in inches of `text` set in Arial `sizePt`, wrapped at `widthIn`. */
function textHeight(text: string, sizePt: number, widthIn: number, leading = 1.2, bold = false) {
  const lines = text === '' ? 0 : wrapText(text, sizePt * ARIAL_WIDTH, widthIn * 72, bold).length;
  return (lines * sizePt * leading) / 72;
}

/**
 * The lines under a chart: its events (only those the spec carries, so `events=off` leaves
 * none), its notes, and its sources.
 *
 * @example footnoteLines(tradeTrend)[0] // → "Events: 24–26 Aug 2006: Tien-Shan-1-2006, …; Apr 2007: …"
 */
export function footnoteLines(spec: ChartSpec): string[] {
  const events = numberEvents(spec.events).map(eventKeyText);
  return [
    ...(events.length > 0 ? [`Events: ${events.join('; ')}.`] : []),
    ...spec.notes,
    ...(spacedByTime(spec) ? [] : ['The categories are spaced evenly, not by date.']),
    spec.sourceLine,
    ...(spec.credit ? [spec.credit] : []),
  ].filter((t) => t.trim() !== '');
}

function newDeck(title: string): PptxGenJS {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = title;
  pptx.company = '';
  pptx.author = 'Trade & Energy Metrics';
  pptx.defineSlideMaster({
    title: 'TITLED',
    background: { color: WHITE },
    objects: [
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: MARGIN,
            y: 0.3,
            w: WIDTH,
            h: 0.7,
            fontFace: FONT,
            fontSize: SIZE.title,
            bold: true,
            color: TEXT,
            align: 'left',
            valign: 'top',
            margin: 0,
          },
          text: '',
        },
      },
    ],
  });
  return pptx;
}

/** Glyph box of the kind key on a slide, in inches. */
const GLYPH = { w: 0.3, h: 0.14 };

/**
 * Draws one kind-key glyph with native shapes, read from ENCODING[kind].pptx as the chart's own
 * marks are: a bar (filled solid, with a tint or the background, outlined and dashed as the kind
 * says), a marker of the kind's shape, or a short line with its dash (and marker, for lines).
 */
function addKeyGlyph(pptx: PptxGenJS, slide: Slide, item: KeyItem, x: number, y: number): void {
  const e = ENCODING[item.kind];
  const p = e.pptx;
  const fill = p.fill === 'solid' ? MUTED : p.fill === 'tint' ? tint(MUTED, p.tint) : WHITE;
  const outline = { color: MUTED, width: 1, dashType: p.dash };
  const cx = x + GLYPH.w / 2;
  const cy = y + GLYPH.h / 2;
  const marker = (size: number) =>
    slide.addShape(p.marker === 'diamond' ? pptx.ShapeType.diamond : pptx.ShapeType.ellipse, {
      x: cx - size / 2,
      y: cy - size / 2,
      w: size,
      h: size,
      fill: { color: fill },
      ...(p.fill === 'solid' || p.fill === 'tint' ? {} : { line: { color: MUTED, width: 1 } }),
    });
  if (item.mark === 'bar') {
    const w = GLYPH.h * 0.8;
    slide.addShape(pptx.ShapeType.rect, {
      x: cx - w / 2,
      y,
      w,
      h: GLYPH.h,
      fill: { color: fill },
      ...(e.barOutline ? { line: outline } : {}),
    });
  } else if (item.mark === 'point') {
    marker(p.marker === 'diamond' ? GLYPH.h * 1.05 : GLYPH.h * 0.8);
  } else {
    const line = { color: p.fill === 'tint' ? fill : MUTED, width: 1.5, dashType: p.dash };
    if (item.mark === 'step') {
      // pptxgenjs draws custom geometry ('custGeom') but its types do not list it.
      slide.addShape('custGeom' as PptxGenJS.ShapeType, {
        x,
        y,
        w: GLYPH.w,
        h: GLYPH.h,
        line,
        points: [
          { x: 0, y: GLYPH.h * 0.85 },
          { x: GLYPH.w / 2, y: GLYPH.h * 0.85 },
          { x: GLYPH.w / 2, y: GLYPH.h * 0.15 },
          { x: GLYPH.w, y: GLYPH.h * 0.15 },
        ],
      });
    } else {
      slide.addShape(pptx.ShapeType.line, { x, y: cy, w: GLYPH.w, h: 0, line });
      marker(GLYPH.h * 0.65);
    }
  }
}

/**
 * The kind key under the subtitle: the engine's `kindKey(spec)`, the words and glyphs the web
 * shows, flowed in rows. Returns the key's height in inches (0 without a key).
 */
function addKindKey(pptx: PptxGenJS, slide: Slide, spec: ChartSpec, top: number): number {
  const items = kindKey(spec);
  if (items.length === 0) return 0;
  const row = 0.24;
  let x = MARGIN;
  let y = top;
  for (const item of items) {
    const textW = (measureText(item.text, SIZE.key) * ARIAL_WIDTH) / 72 + 0.05;
    const w = GLYPH.w + 0.08 + textW;
    if (x > MARGIN && x + w > MARGIN + WIDTH) {
      x = MARGIN;
      y += row;
    }
    addKeyGlyph(pptx, slide, item, x, y + (row - GLYPH.h) / 2);
    slide.addText(item.text, {
      x: x + GLYPH.w + 0.08,
      y,
      w: textW,
      h: row,
      fontFace: FONT,
      fontSize: SIZE.key,
      color: MUTED,
      valign: 'middle',
      margin: 0,
    });
    x += w + 0.25;
  }
  return y + row - top;
}

/**
 * The difference and CAGR arrows of a chart as native lines on the slide, over the chart frame at
 * `box` (in): positions come from the engine layout the plan set the plot area from, so they
 * sit on the marks as long as the chart is not moved or resized on its own (their labels are
 * data labels in the chart and do move with it). A label the chart could not carry is a text box.
 */
function addAnnotationShapes(
  pptx: PptxGenJS,
  slide: Slide,
  plan: PptxChartPlan,
  box: { x: number; y: number },
): void {
  const at = (pt: number) => pt / 72;
  const line = (
    g: { x1: number; y1: number; x2: number; y2: number },
    o: { color: string; width: number; dashType?: 'sysDot'; head?: boolean },
  ) => {
    const x = Math.min(g.x1, g.x2);
    const y = Math.min(g.y1, g.y2);
    const flipV = (g.x2 - g.x1) * (g.y2 - g.y1) < 0;
    // The line runs from its top-left (bottom-left when flipped) corner: is the head there?
    const headAtBegin = g.x2 === x && g.y2 === (flipV ? Math.max(g.y1, g.y2) : y);
    slide.addShape(pptx.ShapeType.line, {
      x: box.x + at(x),
      y: box.y + at(y),
      w: at(Math.abs(g.x2 - g.x1)),
      h: at(Math.abs(g.y2 - g.y1)),
      flipV,
      line: {
        color: o.color,
        width: o.width,
        ...(o.dashType ? { dashType: o.dashType } : {}),
        ...(o.head
          ? headAtBegin
            ? { beginArrowType: 'triangle' }
            : { endArrowType: 'triangle' }
          : {}),
      },
    });
  };
  if (plan.periodBand) {
    const b = plan.periodBand;
    slide.addShape(pptx.ShapeType.rect, {
      x: box.x + at(b.x0),
      y: box.y + at(b.y),
      w: at(b.x1 - b.x0),
      h: at(b.h),
      fill: { color: TEXT, transparency: 92 },
      line: { type: 'none' },
    });
  }
  for (const a of plan.annotations) {
    for (const g of a.guides) line(g, { color: MUTED, width: 0.75, dashType: 'sysDot' });
    line(a.shaft, { color: TEXT, width: 1.25, head: true });
    if (!a.labelOnChart) {
      slide.addText(a.label.join('\n'), {
        x: box.x + at(a.labelBox.x),
        y: box.y + at(a.labelBox.y),
        w: at(a.labelBox.w) + 0.1,
        h: at(a.labelBox.h),
        fontFace: FONT,
        fontSize: 10,
        bold: true,
        color: TEXT,
        margin: 0,
        valign: 'middle',
      });
    }
  }
}

/**
 * One chart slide: title, subtitle, the kind key, the native chart (planned by planPptxChart)
 * and a footnote of events, notes and sources, each sized by measuring its text; the speaker
 * notes carry the same and the source URLs. Returns the chart's plan (null: no values to chart).
 */
function addChartSlide(pptx: PptxGenJS, spec: ChartSpec): PptxChartPlan | null {
  const slide = pptx.addSlide({ masterName: 'TITLED' });
  slide.addText(spec.title, { placeholder: 'title' });
  const titleH = Math.max(0.45, textHeight(spec.title, SIZE.title, WIDTH, 1.15, true));
  const subtitleY = 0.3 + titleH + 0.08;
  const subtitleH = textHeight(spec.subtitle, SIZE.subtitle, WIDTH);
  slide.addText(spec.subtitle, {
    x: MARGIN,
    y: subtitleY,
    w: WIDTH,
    h: Math.max(0.2, subtitleH),
    fontFace: FONT,
    fontSize: SIZE.subtitle,
    color: MUTED,
    valign: 'top',
    margin: 0,
  });
  const keyY = subtitleY + subtitleH + 0.1;
  const keyH = addKindKey(pptx, slide, spec, keyY);
  const chartY = keyY + keyH + (keyH > 0 ? 0.1 : 0);

  const drawable = spec.series.some((s) => s.values.some((v) => v !== null));
  const bottom = SLIDE.h - 0.3;
  const footnote = footnoteLines(spec);
  const footH = footnote.reduce((h, l) => h + textHeight(l, SIZE.footnote, WIDTH, 1.25), 0);
  const chartH = Math.max(2, bottom - footH - 0.15 - chartY);
  const plan = drawable ? planPptxChart(spec, { w: WIDTH * 72, h: chartH * 72 }) : null;
  const box = { x: MARGIN, y: chartY, w: WIDTH, h: chartH };
  if (plan) {
    // pptxgenjs places the frame and packages the parts; `finish` writes the chart and its sheet.
    slide.addChart(pptx.ChartType.bar, [{ name: spec.title, labels: ['–'], values: [0] }], {
      ...box,
      altText: [
        `${spec.title}. ${spec.subtitle}`,
        ...(spec.period ? [`The period ${spec.period.label} is shaded.`] : []),
        ...(spec.annotations ?? []).map((a) => a.description),
      ].join(' '),
    });
    addAnnotationShapes(pptx, slide, plan, box);
  } else {
    slide.addText('No values to chart.', { ...box, fontFace: FONT, fontSize: 14, color: MUTED });
  }
  const footY = chartY + chartH + 0.15;
  slide.addText(
    footnote.map((text) => ({ text, options: { breakLine: true } })),
    {
      x: MARGIN,
      y: footY,
      w: WIDTH,
      h: Math.max(0.2, bottom - footY),
      fontFace: FONT,
      fontSize: SIZE.footnote,
      color: MUTED,
      valign: 'bottom',
      margin: 0,
      lineSpacingMultiple: 1.05,
    },
  );
  slide.addNotes(
    [
      spec.subtitle,
      ...spec.notes,
      ...(spec.annotations ?? []).map((a) => a.description),
      ...numberEvents(spec.events).map((e) => `Event ${e.n}: ${eventKeyText(e)}`),
      'The chart is native: right-click it and choose Edit Data to see or change its values.',
      'Sources:',
      ...spec.sources.map((s) => `${s.publisher}, “${s.title}”: ${s.url}`),
    ].join('\n'),
  );
  return plan;
}

/**
 * What the title slide says under the title, before the list of chart titles: the same on the
 * PPTX slide and on the deck ZIP's title image.
 *
 * @example deckTitleLead(2)[0] // → "2 native, editable charts; each slide names its sources, …"
 */
export function deckTitleLead(charts: number): string[] {
  return [
    `${charts} native, editable chart${charts === 1 ? '' : 's'}; each slide names its sources, and the last slides list them with links.`,
    'Chinese and Kazakh statistics are kept apart; projections, targets and derived estimates are marked as such.',
  ];
}

function addTitleSlide(
  pptx: PptxGenJS,
  title: string,
  specs: readonly ChartSpec[],
  subtitle: string | undefined,
): void {
  const slide = pptx.addSlide({ masterName: 'TITLED' });
  slide.addText(title, { placeholder: 'title' });
  slide.addText(
    [
      ...(subtitle === undefined
        ? []
        : [{ text: subtitle, options: { breakLine: true, bold: true, fontSize: 20 } }]),
      ...deckTitleLead(specs.length).map((text) => ({ text, options: { breakLine: true } })),
      ...specs.map((s) => ({ text: s.title, options: { bullet: true, breakLine: true } })),
    ],
    {
      x: MARGIN,
      y: 1.3,
      w: SLIDE.w - 2 * MARGIN,
      h: 5.5,
      fontFace: FONT,
      // Eleven or more lines of list (a subtitle counts two) would run past the box at 16 pt.
      fontSize: specs.length + (subtitle === undefined ? 0 : 2) > 10 ? 14 : 16,
      color: TEXT,
      valign: 'top',
      paraSpaceAfter: 8,
      margin: 0,
    },
  );
}

/**
 * The sources of every chart, in first-use order without repeats.
 *
 * @example deckSources([a, b]).length // → the distinct source ids of a then b
 */
export function deckSources(specs: readonly ChartSpec[]): ChartSourceRef[] {
  const seen = new Map<string, ChartSourceRef>();
  for (const s of specs) for (const src of s.sources) if (!seen.has(src.id)) seen.set(src.id, src);
  return [...seen.values()];
}

function addSourcesSlides(pptx: PptxGenJS, sources: readonly ChartSourceRef[]): void {
  const pages = Math.max(1, Math.ceil(sources.length / SOURCES_PER_SLIDE));
  for (let p = 0; p < pages; p++) {
    const slide = pptx.addSlide({ masterName: 'TITLED' });
    slide.addText(pages === 1 ? 'Sources' : `Sources (${p + 1} of ${pages})`, {
      placeholder: 'title',
    });
    const chunk = sources.slice(p * SOURCES_PER_SLIDE, (p + 1) * SOURCES_PER_SLIDE);
    slide.addText(
      chunk.length === 0
        ? [{ text: 'No sources.', options: {} }]
        : chunk.flatMap((s) => [
            { text: `${s.publisher}: ${s.title}. `, options: { bullet: true } },
            {
              text: s.url,
              options: { hyperlink: { url: s.url }, color: '00607F', breakLine: true },
            },
          ]),
      {
        x: MARGIN,
        y: 1.2,
        w: SLIDE.w - 2 * MARGIN,
        h: 5.9,
        fontFace: FONT,
        fontSize: 11,
        color: TEXT,
        valign: 'top',
        paraSpaceAfter: 4,
        margin: 0,
        fit: 'shrink',
      },
    );
  }
}

/** Writes the deck, then puts each chart slide's chart part and embedded sheet in place. */
async function finish(pptx: PptxGenJS, charts: { slide: number; plan: PptxChartPlan | null }[]) {
  const zip = await JSZip.loadAsync(
    (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array,
  );
  const target = async (rels: string, pattern: RegExp) =>
    pattern.exec((await zip.file(rels)?.async('string')) ?? '')?.[1];
  for (const { slide, plan } of charts) {
    if (!plan) continue;
    const chart = await target(
      `ppt/slides/_rels/slide${slide}.xml.rels`,
      /Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/,
    );
    if (!chart) continue;
    zip.file(`ppt/charts/${chart}`, chartXml(plan));
    const sheet = await target(
      `ppt/charts/_rels/${chart}.rels`,
      /Target="(?:\.\.|\/ppt)\/embeddings\/([^"]+\.xlsx)"/,
    );
    if (sheet) zip.file(`ppt/embeddings/${sheet}`, await buildWorkbook(plan.sheet));
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}

/**
 * One 16:9 slide: the title, subtitle, kind key, a native (editable) chart whose values live in
 * its embedded sheet, and a footnote of events, notes and sources; the speaker notes carry the
 * notes, events and source URLs. Asynchronous only because zipping is; no I/O.
 *
 * @example await buildChartPptx(getChartSpec(d, 'trade-trend')) // → the bytes of a one-slide .pptx
 */
export async function buildChartPptx(spec: ChartSpec): Promise<Uint8Array> {
  const pptx = newDeck(spec.title);
  const plan = addChartSlide(pptx, spec);
  return finish(pptx, [{ slide: 1, plan }]);
}

/**
 * The deck: a title slide (the title, the subtitle when given, what the deck holds, each chart's
 * title), one slide per chart (as `buildChartPptx`), then the sources of every
 * chart with links, 12 per slide. Slide count = 1 + charts + ceil(sources / 12) (at least 1).
 *
 * @example await buildDeckPptx({ title: d.title, specs }) // → bytes of a (2 + specs.length)-slide .pptx when ≤ 12 sources
 */
export async function buildDeckPptx(o: {
  title: string;
  subtitle?: string;
  specs: readonly ChartSpec[];
}): Promise<Uint8Array> {
  const pptx = newDeck(o.title);
  addTitleSlide(pptx, o.title, o.specs, o.subtitle);
  const plans = o.specs.map((spec) => addChartSlide(pptx, spec));
  addSourcesSlides(pptx, deckSources(o.specs));
  return finish(
    pptx,
    plans.map((plan, i) => ({ slide: i + 2, plan })),
  );
}

/**
 * Slides in a deck of these specs, for checking a conversion page for page.
 *
 * @example deckSlideCount([a, b]) // → 4 when a and b cite ≤ 12 sources between them
 */
export function deckSlideCount(specs: readonly ChartSpec[]): number {
  return 1 + specs.length + Math.max(1, Math.ceil(deckSources(specs).length / SOURCES_PER_SLIDE));
}
