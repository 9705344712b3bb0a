import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { ChartSourceRef, ChartSpec, MarkKind, SeriesSpec, ValueFormat } from '../charts/spec';
import { roundChartValue } from './round';

/** pptxgenjs's 16:9 layout, PowerPoint's default: 13.333 × 7.5 in. */
const SLIDE = { w: 13.333, h: 7.5 };
const MARGIN = 0.5;
const FONT = 'Arial';
const TEXT = '1F2933';
const MUTED = '52606D';
const GRID = 'E4E7EB';
const WHITE = 'FFFFFF';
const SOURCES_PER_SLIDE = 12;

export type Dash = 'solid' | 'dash' | 'sysDot';
export type MarkerSymbol = 'none' | 'circle' | 'diamond';

/** How one spec series is drawn in the native chart; written into the chart XML per series. */
export interface PptxSeries {
  /** Index of the series in `spec.series`. */
  specIndex: number;
  /** The legend and sheet-column name; kinds other than reported are named in it. */
  name: string;
  /** Bars form one clustered bar group; points and lines one line group drawn over them. */
  group: 'bar' | 'line';
  values: (number | null)[];
  kind: MarkKind;
  /** Bar fill or marker fill (#-less hex); null: no fill. */
  fill: string | null;
  /** Bar outline or line colour; null: no outline (solid bars). */
  line: string | null;
  dash: Dash;
  /** Line width in pt; 0: markers only. */
  lineWidthPt: number;
  marker: MarkerSymbol;
  markerSize: number;
}

const KIND_SUFFIX: Record<Exclude<MarkKind, 'reported'>, { suffix: string; words: RegExp }> = {
  projection: { suffix: ' (projection or target)', words: /projection|target|forecast/i },
  estimate: { suffix: ' (derived estimate)', words: /estimate|computed|derived/i },
  'half-year': { suffix: ' (half-year)', words: /half|\bH[12]\b/i },
};

/** "#c8102e" → "C8102E"; anything else → a neutral grey, so a bad colour never breaks the XML. */
function hex(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color.slice(1).toUpperCase() : '5F6B7A';
}

/**
 * Mixes a #-less hex colour with white: 0 → the colour, 1 → white.
 *
 * @example tint('C8102E', 0.5) // → "E48897"
 */
export function tint(color: string, amount: number): string {
  const t = Math.min(1, Math.max(0, amount));
  const c = hex(`#${color}`);
  return [0, 2, 4]
    .map((i) => {
      const v = parseInt(c.slice(i, i + 2), 16);
      return Math.round(v + (255 - v) * t)
        .toString(16)
        .padStart(2, '0');
    })
    .join('')
    .toUpperCase();
}

/**
 * The series name shown in PowerPoint: the spec's name, plus the kind when the name does not
 * already say it, so an edited or restyled chart still tells a projection from a report.
 *
 * @example pptxSeriesName({ name: '$12bn for 2008 (Nazarbayev, Aug 2007)', kind: 'projection' })
 * // → "$12bn for 2008 (Nazarbayev, Aug 2007) (projection or target)"
 */
export function pptxSeriesName(s: Pick<SeriesSpec, 'name' | 'kind'>): string {
  if (s.kind === 'reported') return s.name;
  const { suffix, words } = KIND_SUFFIX[s.kind];
  return words.test(s.name) ? s.name : `${s.name}${suffix}`;
}

/**
 * Series a native chart cannot draw honestly: lines that connect across gaps (announcement-to-
 * target connectors). `dispBlanksAs` is per chart in OOXML, and the reported lines beside them
 * must keep their breaks, so these are left out and named in the footnote and notes instead.
 *
 * @example omittedSeries(projections).map((s) => s.id) // → ['target-2008-12bn-nazarbayev-connector', …]
 */
export function omittedSeries(spec: ChartSpec): SeriesSpec[] {
  return spec.series.filter((s) => s.connectGaps === true && s.mark !== 'bar');
}

/**
 * Maps spec series to native-chart series: bars first (one clustered group), then points and
 * lines (one line group over the bars). Reported: solid; half-year: pale fill; estimate: near-white
 * fill or pale marker with a dotted outline; projection: amber diamond or pale bar with a dashed
 * outline. A step series is drawn as its points (a sloped line would show growth between steps);
 * `omittedSeries` are left out. Values are the spec's rounded by `roundChartValue` (the sheet is an
 * export: 5.97, not 5.969999999999999); null stays a gap.
 *
 * @example pptxSeries(tradeTrend).map((s) => s.group) // → ['bar', 'bar', 'bar', 'bar', 'line', …]
 */
export function pptxSeries(spec: ChartSpec): PptxSeries[] {
  const omitted = new Set(omittedSeries(spec));
  const mapped = spec.series.flatMap((s, specIndex): PptxSeries[] => {
    if (omitted.has(s)) return [];
    const c = hex(s.color);
    const group: PptxSeries['group'] = s.mark === 'bar' ? 'bar' : 'line';
    const values = s.values.map((v) => roundChartValue(v, spec.valueFormat));
    const base = { specIndex, name: pptxSeriesName(s), group, values, kind: s.kind };
    if (group === 'bar') {
      const style = {
        reported: { fill: c, line: null, dash: 'solid' },
        'half-year': { fill: tint(c, 0.55), line: c, dash: 'solid' },
        estimate: { fill: tint(c, 0.88), line: c, dash: 'sysDot' },
        projection: { fill: tint(c, 0.7), line: c, dash: 'dash' },
      } as const satisfies Record<MarkKind, Pick<PptxSeries, 'fill' | 'line' | 'dash'>>;
      return [
        {
          ...base,
          ...style[s.kind],
          lineWidthPt: s.kind === 'reported' ? 0 : 1.25,
          marker: 'none',
          markerSize: 0,
        },
      ];
    }
    const lineWidthPt = s.mark === 'line' ? 2 : 0;
    const style = {
      reported: { fill: c, marker: 'circle', dash: 'solid' },
      'half-year': { fill: tint(c, 0.55), marker: 'circle', dash: 'solid' },
      // Pale, not white: LibreOffice ignores marker outlines, and a white marker would vanish.
      estimate: { fill: tint(c, 0.6), marker: 'circle', dash: 'sysDot' },
      projection: { fill: tint(c, 0.15), marker: 'diamond', dash: 'dash' },
    } as const satisfies Record<MarkKind, Pick<PptxSeries, 'fill' | 'marker' | 'dash'>>;
    return [
      {
        ...base,
        ...style[s.kind],
        line: c,
        lineWidthPt,
        markerSize: s.kind === 'projection' ? 11 : 9,
      },
    ];
  });
  return [...mapped.filter((s) => s.group === 'bar'), ...mapped.filter((s) => s.group === 'line')];
}

/**
 * The on-slide key for the kinds a chart uses, one sentence each, reported first.
 *
 * @example kindKey(tradeTrend)[0] // → "Pale bars: first-half (H1) figures, not full years."
 */
export function kindKey(spec: ChartSpec): string[] {
  const kinds = new Set(
    spec.series.filter((s) => s.values.some((v) => v !== null)).map((s) => s.kind),
  );
  const key: string[] = [];
  if (kinds.has('half-year')) key.push('Pale bars: first-half (H1) figures, not full years.');
  if (kinds.has('estimate')) {
    key.push(
      'Hollow markers and dotted outlines: derived estimates computed from sourced figures.',
    );
  }
  if (kinds.has('projection')) {
    key.push('Diamonds and dashed outlines: projections or targets, not reported figures.');
  }
  if (spec.series.some((s) => s.mark === 'step')) {
    key.push('Steps are shown as one point per category.');
  }
  if (omittedSeries(spec).length > 0) {
    key.push('Dashed announcement-to-target connectors are not drawn; see the speaker notes.');
  }
  const empty = spec.categories.some((_, i) =>
    spec.series.every((s) => (s.values[i] ?? null) === null),
  );
  if (empty) key.push('Empty categories: no figure found.');
  return key;
}

/** Excel number format of the value axis. */
function axisFormat(f: ValueFormat): string {
  switch (f) {
    case 'usd-bn':
      return '"$"#,##0"bn"';
    case 'pct':
      return '+0"%";-0"%";0"%"';
    case 'mt':
      return '#,##0" Mt"';
    case 'mt-per-year':
      return '#,##0" Mt/yr"';
  }
}

function lineXml(color: string | null, widthPt: number, dash: Dash): string {
  if (color === null || widthPt === 0) return '<a:ln><a:noFill/></a:ln>';
  return `<a:ln w="${Math.round(widthPt * 12700)}" cap="flat"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:prstDash val="${dash}"/><a:round/></a:ln>`;
}

function fillXml(color: string | null): string {
  return color === null ? '<a:noFill/>' : `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
}

/**
 * Rewrites one chart part from pptxgenjs, which styles whole chart groups, so each series gets its
 * own fill, outline, dash and marker (matched by `<c:idx>`, the series' position in `series`), and
 * drops the empty `<c:pt>` it writes for null values, so a gap is a gap and not a zero.
 *
 * @example restyleChartXml('<c:ser><c:idx val="0"/>…<c:spPr>…</c:spPr>…</c:ser>', series) // → the same with series[0]'s style
 */
export function restyleChartXml(xml: string, series: readonly PptxSeries[]): string {
  const withoutGaps = xml.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
  return withoutGaps.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (whole, body: string) => {
    const idx = /<c:idx val="(\d+)"\/>/.exec(body);
    const s = idx ? series[Number(idx[1])] : undefined;
    if (!s) return whole;
    const bar = s.group === 'bar';
    const spPr = bar
      ? `<c:spPr>${fillXml(s.fill)}${lineXml(s.line, s.lineWidthPt, s.dash)}</c:spPr>`
      : `<c:spPr>${lineXml(s.line, s.lineWidthPt, s.dash)}</c:spPr>`;
    let out = body.replace(/<c:spPr>[\s\S]*?<\/c:spPr>/, spPr);
    if (!bar) {
      const marker =
        s.marker === 'none'
          ? '<c:marker><c:symbol val="none"/></c:marker>'
          : `<c:marker><c:symbol val="${s.marker}"/><c:size val="${s.markerSize}"/><c:spPr>${fillXml(s.fill)}${lineXml(s.line, 1.5, 'solid')}</c:spPr></c:marker>`;
      out = out.replace(/<c:marker>[\s\S]*?<\/c:marker>/, marker);
    }
    return `<c:ser>${out}</c:ser>`;
  });
}

/** Removes the empty `<v>` cells pptxgenjs writes for null values from the embedded sheet. */
export function dropEmptySheetCells(sheetXml: string): string {
  return sheetXml.replace(/<c r="[A-Z]+\d+"><v><\/v><\/c>/g, '');
}

type Slide = ReturnType<PptxGenJS['addSlide']>;

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
            w: SLIDE.w - 2 * MARGIN,
            h: 0.7,
            fontFace: FONT,
            fontSize: 24,
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

function addChartSlide(pptx: PptxGenJS, spec: ChartSpec): Slide {
  const slide = pptx.addSlide({ masterName: 'TITLED' });
  const width = SLIDE.w - 2 * MARGIN;
  slide.addText(spec.title, { placeholder: 'title' });
  slide.addText(spec.subtitle, {
    x: MARGIN,
    y: 1.02,
    w: width,
    h: 0.5,
    fontFace: FONT,
    fontSize: 12,
    color: MUTED,
    valign: 'top',
    margin: 0,
  });

  const series = pptxSeries(spec);
  const labels = spec.categories;
  const data = (group: 'bar' | 'line') =>
    series
      .filter((s) => s.group === group)
      .map((s) => ({ name: s.name, labels, values: s.values as number[] }));
  // pptxgenjs picks a line group's marker colour by global series index; give it one per series.
  const allColors = series.map((s) => s.fill ?? s.line ?? MUTED);
  const types: PptxGenJS.IChartMulti[] = [];
  const bars = data('bar');
  const lines = data('line');
  if (bars.length > 0) {
    types.push({
      type: pptx.ChartType.bar,
      data: bars,
      options: {
        barDir: 'col',
        barGrouping: 'clustered',
        barGapWidthPct: 40,
        chartColors: series.filter((s) => s.group === 'bar').map((s) => s.fill ?? WHITE),
      },
    });
  }
  if (lines.length > 0) {
    types.push({
      type: pptx.ChartType.line,
      data: lines,
      options: { lineSize: 0, lineDataSymbol: 'circle', chartColors: allColors },
    });
  }

  const chartBox = { x: MARGIN, y: 1.6, w: width, h: 4.7 };
  if (types.length === 0) {
    slide.addText('No values to chart.', {
      ...chartBox,
      fontFace: FONT,
      fontSize: 14,
      color: MUTED,
    });
  } else {
    const common: PptxGenJS.IChartOpts = {
      ...chartBox,
      altText: `${spec.title}. ${spec.subtitle}`,
      displayBlanksAs: 'gap',
      showLegend: true,
      legendPos: series.length > 8 ? 'r' : 'b',
      legendFontFace: FONT,
      legendFontSize: 10,
      legendColor: TEXT,
      catAxisLabelFontFace: FONT,
      catAxisLabelFontSize: 10,
      catAxisLabelColor: MUTED,
      catAxisLineShow: true,
      catGridLine: { style: 'none' },
      valAxisLabelFontFace: FONT,
      valAxisLabelFontSize: 10,
      valAxisLabelColor: MUTED,
      valAxisLabelFormatCode: axisFormat(spec.valueFormat),
      valAxisLineShow: false,
      valGridLine: { color: GRID, size: 0.75, style: 'solid' },
      showValAxisTitle: true,
      valAxisTitle: spec.yLabel,
      valAxisTitleFontFace: FONT,
      valAxisTitleFontSize: 10,
      valAxisTitleColor: MUTED,
    };
    // Typed as (types, data, options), but a multi-type chart reads its options from `data || options`.
    slide.addChart(types, undefined as unknown as [], common);
  }

  const footnote = [...kindKey(spec), spec.sourceLine].filter((t) => t.trim() !== '');
  slide.addText(
    footnote.map((text) => ({ text, options: { breakLine: true } })),
    {
      x: MARGIN,
      y: 6.4,
      w: width,
      h: 0.9,
      fontFace: FONT,
      fontSize: 9,
      color: MUTED,
      valign: 'bottom',
      margin: 0,
      fit: 'shrink',
    },
  );
  slide.addNotes(
    [
      spec.subtitle,
      ...spec.notes,
      ...spec.annotations.map((a) => `Event ${a.text}`),
      ...omittedSeries(spec).map((s) => `Not drawn here: ${s.name}.`),
      'The chart is native: right-click it and choose Edit Data to see or change its values.',
      'Sources:',
      ...spec.sources.map((s) => `${s.publisher}, “${s.title}”: ${s.url}`),
    ].join('\n'),
  );
  return slide;
}

function addTitleSlide(pptx: PptxGenJS, title: string, specs: readonly ChartSpec[]): void {
  const slide = pptx.addSlide({ masterName: 'TITLED' });
  slide.addText(title, { placeholder: 'title' });
  slide.addText(
    [
      {
        text: `${specs.length} native, editable charts; each slide names its sources, and the last slides list them with links.`,
        options: { breakLine: true },
      },
      {
        text: 'Chinese and Kazakh statistics are kept apart; projections, targets and derived estimates are marked as such.',
        options: { breakLine: true },
      },
      ...specs.map((s) => ({ text: s.title, options: { bullet: true, breakLine: true } })),
    ],
    {
      x: MARGIN,
      y: 1.3,
      w: SLIDE.w - 2 * MARGIN,
      h: 5.5,
      fontFace: FONT,
      fontSize: 16,
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

/** Writes the deck, then restyles each slide's chart part and cleans its embedded sheet. */
async function finish(pptx: PptxGenJS, chartSlides: { slide: number; spec: ChartSpec }[]) {
  const raw = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  const zip = await JSZip.loadAsync(raw);
  for (const { slide, spec } of chartSlides) {
    const rels = await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)?.async('string');
    const target = rels && /Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1];
    if (!target) continue;
    const chartPath = `ppt/charts/${target}`;
    const xml = await zip.file(chartPath)?.async('string');
    if (xml) zip.file(chartPath, restyleChartXml(xml, pptxSeries(spec)));
    const chartRels = await zip.file(`ppt/charts/_rels/${target}.rels`)?.async('string');
    const sheet =
      chartRels && /Target="(?:\.\.|\/ppt)\/embeddings\/([^"]+\.xlsx)"/.exec(chartRels)?.[1];
    const sheetFile = sheet && zip.file(`ppt/embeddings/${sheet}`);
    if (sheetFile) {
      const book = await JSZip.loadAsync(await sheetFile.async('uint8array'));
      const ws = await book.file('xl/worksheets/sheet1.xml')?.async('string');
      if (ws) book.file('xl/worksheets/sheet1.xml', dropEmptySheetCells(ws));
      zip.file(
        `ppt/embeddings/${sheet}`,
        await book.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }),
      );
    }
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}

/**
 * One 16:9 slide: the title, subtitle, a native (editable) chart whose values live in its
 * embedded sheet, the kind key and source footnote; the notes carry the spec's notes, events and
 * source URLs. Asynchronous only because zipping is; no I/O.
 *
 * @example await buildChartPptx(getChartSpec(d, 'trade-trend')) // → the bytes of a one-slide .pptx
 */
export async function buildChartPptx(spec: ChartSpec): Promise<Uint8Array> {
  const pptx = newDeck(spec.title);
  addChartSlide(pptx, spec);
  return finish(pptx, [{ slide: 1, spec }]);
}

/**
 * The deck: a title slide, one slide per chart (as `buildChartPptx`), then the sources of every
 * chart with links, 12 per slide. Slide count = 1 + charts + ceil(sources / 12) (at least 1).
 *
 * @example await buildDeckPptx({ title: d.title, specs }) // → bytes of a (2 + specs.length)-slide .pptx when ≤ 12 sources
 */
export async function buildDeckPptx(o: {
  title: string;
  specs: readonly ChartSpec[];
}): Promise<Uint8Array> {
  const pptx = newDeck(o.title);
  addTitleSlide(pptx, o.title, o.specs);
  o.specs.forEach((spec) => addChartSlide(pptx, spec));
  addSourcesSlides(pptx, deckSources(o.specs));
  return finish(
    pptx,
    o.specs.map((spec, i) => ({ slide: i + 2, spec })),
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
