import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  ENCODING,
  PALETTES,
  eventKeyText,
  kindKey,
  type ChartSpec,
  type EventSpec,
} from 'chart-render';
import { chartIds, getChartSpec } from '../charts/registry';
import { getDataset } from '../datasets';
import { buildChartPptx, buildDeckPptx, deckSlideCount, deckSources, footnoteLines } from './pptx';
import { excelFormat, hex, tint } from './pptx-chart';
import { seedSpec } from './seed-spec.fixture';
import { xmlProblems } from './xml-check.fixture';

const event: EventSpec = {
  id: 'caci',
  start: 2007.68,
  end: null,
  when: '5 Sep 2007',
  title: 'CACI Analyst publishes the seed article',
};

/** The text runs of a slide or notes part, in order. */
function texts(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    m[1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const part = (name: string) => zip.file(name)!.async('string');
  /** The chart part and embedded sheet of slide n, found through the relationships. */
  const chartOf = async (n: number) => {
    const rels = await part(`ppt/slides/_rels/slide${n}.xml.rels`);
    const chart = /charts\/(chart\d+\.xml)/.exec(rels)?.[1];
    if (!chart) return null;
    const sheetName = /embeddings\/([^"]+\.xlsx)/.exec(
      await part(`ppt/charts/_rels/${chart}.rels`),
    )![1]!;
    const book = await JSZip.loadAsync(
      await zip.file(`ppt/embeddings/${sheetName}`)!.async('uint8array'),
    );
    return {
      xml: await part(`ppt/charts/${chart}`),
      sheet: await book.file('xl/worksheets/sheet1.xml')!.async('string'),
    };
  };
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  return { zip, part, chartOf, slides };
}

describe('footnoteLines', () => {
  it('lists events only when the spec carries them, then notes and the source line', () => {
    expect(footnoteLines(seedSpec)).toEqual(['Source: CACI Analyst (2007)']);
    expect(footnoteLines({ ...seedSpec, events: [event], notes: ['A note.'] })).toEqual([
      `Events: ${eventKeyText(event)}.`,
      'A note.',
      'Source: CACI Analyst (2007)',
    ]);
  });

  it('says when bars are spaced by category rather than by date', () => {
    const uneven = {
      ...seedSpec,
      bands: [...seedSpec.bands.slice(0, 2), { start: 2010, end: 2011 }],
    };
    expect(footnoteLines(uneven)).toContain('The categories are spaced evenly, not by date.');
  });
});

describe('buildChartPptx', () => {
  it('makes one slide: title, the kind key words of the web, a native chart, the source', async () => {
    const { slides, part, chartOf } = await open(await buildChartPptx(seedSpec));
    expect(slides).toHaveLength(1);
    const slide = texts(await part('ppt/slides/slide1.xml'));
    expect(slide).toEqual(
      expect.arrayContaining([
        'Seed figures',
        ...kindKey(seedSpec).map((k) => k.text),
        'Source: CACI Analyst (2007)',
      ]),
    );
    expect(slide.join(' ')).not.toContain('Events');
    const chart = await chartOf(1);
    expect(xmlProblems(chart!.xml)).toEqual([]);
    expect(chart!.xml).toContain('<c:v>8.36</c:v>');
    expect(chart!.xml).toContain('<a:t>$12bn for 2008 · Nazarbayev</a:t>');
    expect(xmlProblems(chart!.sheet)).toEqual([]);
    expect(chart!.sheet).toContain('<v>5.97</v>');
  });

  it('lists the spec’s events on the slide and in the notes, and none when it has none', async () => {
    const withEvents = await open(await buildChartPptx({ ...seedSpec, events: [event] }));
    const slide = texts(await withEvents.part('ppt/slides/slide1.xml')).join('\n');
    expect(slide).toContain(`Events: ${eventKeyText(event)}.`);
    const notesName = Object.keys(withEvents.zip.files).find((n) => /notesSlide\d+\.xml$/.test(n))!;
    expect(texts(await withEvents.part(notesName)).join('\n')).toContain(
      `Event 1: ${eventKeyText(event)}`,
    );
    const without = await open(await buildChartPptx(seedSpec));
    const notes = Object.keys(without.zip.files).find((n) => /notesSlide\d+\.xml$/.test(n))!;
    expect(texts(await without.part(notes)).join('\n')).not.toContain('Event');
  });

  it('writes a text box instead of a chart when there are no values', async () => {
    const { chartOf, part } = await open(await buildChartPptx({ ...seedSpec, series: [] }));
    expect(await chartOf(1)).toBeNull();
    expect(texts(await part('ppt/slides/slide1.xml'))).toContain('No values to chart.');
  });
});

/** The kind-key glyphs of a slide: for each text box, the shapes drawn just before it. */
function keyGlyphs(slideXml: string) {
  const out: {
    text: string;
    shapes: { geom: string; fill: string | null; line: string | null; dash: string | null }[];
  }[] = [];
  let shapes: (typeof out)[number]['shapes'] = [];
  for (const sp of slideXml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []) {
    const text = texts(sp).join('');
    if (text !== '') {
      out.push({ text, shapes });
      shapes = [];
      continue;
    }
    const spPr = /<p:spPr>([\s\S]*?)<\/p:spPr>/.exec(sp)?.[1] ?? '';
    const ln = /<a:ln[^>]*>([\s\S]*?)<\/a:ln>/.exec(spPr)?.[1] ?? '';
    shapes.push({
      geom:
        /<a:prstGeom prst="(\w+)"/.exec(spPr)?.[1] ??
        (spPr.includes('<a:custGeom>') ? 'custGeom' : '?'),
      fill:
        /^(?:<a:\w+[^>]*>[\s\S]*?<\/a:(?:prstGeom|custGeom)>)<a:solidFill><a:srgbClr val="(\w+)"/.exec(
          spPr.replace(/<a:xfrm>[\s\S]*?<\/a:xfrm>/, ''),
        )?.[1] ?? null,
      line: /<a:srgbClr val="(\w+)"/.exec(ln)?.[1] ?? null,
      dash: /<a:prstDash val="(\w+)"/.exec(ln)?.[1] ?? null,
    });
  }
  return out;
}

describe('the kind key on a slide', () => {
  const muted = hex(PALETTES.light.muted);
  const d = getDataset();
  it.each([
    'trade-trend',
    'projections',
    'trade-series',
    'pipeline-capacity',
    'growth-rates',
  ] as const)(
    '%s: the engine’s key words, each glyph drawn as ENCODING[kind].pptx says',
    async (id) => {
      const spec = getChartSpec(d, id);
      const { part } = await open(await buildChartPptx(spec));
      const glyphs = keyGlyphs(await part('ppt/slides/slide1.xml'));
      const items = kindKey(spec);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        const e = ENCODING[item.kind];
        const p = e.pptx;
        const fill =
          p.fill === 'solid' ? muted : p.fill === 'tint' ? tint(muted, p.tint) : 'FFFFFF';
        const found = glyphs.find((g) => g.text === item.text);
        expect(found, item.text).toBeDefined();
        const shapes = found!.shapes;
        const markerGeom = p.marker === 'diamond' ? 'diamond' : 'ellipse';
        if (item.mark === 'bar') {
          expect(shapes).toEqual([
            {
              geom: 'rect',
              fill,
              line: e.barOutline ? muted : null,
              dash: e.barOutline ? p.dash : null,
            },
          ]);
        } else if (item.mark === 'point') {
          expect(shapes).toEqual([
            {
              geom: markerGeom,
              fill,
              // A hollow marker is a ring: a solid outline, as in the chart.
              line: p.fill === 'background' ? muted : null,
              dash: p.fill === 'background' ? 'solid' : null,
            },
          ]);
        } else if (item.mark === 'step') {
          expect(shapes).toMatchObject([{ geom: 'custGeom', dash: p.dash }]);
        } else {
          expect(shapes).toMatchObject([
            { geom: 'line', dash: p.dash },
            { geom: markerGeom, fill },
          ]);
        }
      }
    },
  );
});

describe('buildDeckPptx', () => {
  it('has a title slide, one native chart per spec with its format and labels, and the sources', async () => {
    const d = getDataset();
    const specs = chartIds.map((id) => getChartSpec(d, id));
    const { slides, part, chartOf } = await open(await buildDeckPptx({ title: d.title, specs }));
    expect(slides).toHaveLength(deckSlideCount(specs));
    for (const [k, spec] of specs.entries()) {
      const chart = (await chartOf(k + 2))!;
      expect(xmlProblems(chart.xml), spec.id).toEqual([]);
      expect(chart.xml).toContain(excelFormat(spec.valueFormat).replace(/"/g, '&quot;'));
      expect(chart.xml).not.toMatch(/<c:v>-?\d+\.\d{5,}<\/c:v>/);
      expect(chart.sheet).not.toMatch(/<v>-?\d+\.\d{5,}<\/v>/);
      const slide = texts(await part(`ppt/slides/slide${k + 2}.xml`));
      expect(slide).toEqual(expect.arrayContaining(kindKey(spec).map((i) => i.text)));
      for (const s of spec.series) if (s.label) expect(chart.xml, s.label).toContain(s.label);
    }
    const last = await part(`ppt/slides/slide${slides.length}.xml`);
    expect(last).toContain(deckSources(specs).at(-1)!.url);
  }, 30_000);

  it.each([
    ['<script>alert(1)</script>', 'Trade ]]><![CDATA[ & &amp;'],
    ['=HYPERLINK("http://example.invalid","x")', 'التجارة مع الصين 🇰🇿🇨🇳 👍🏽'],
  ])('writes a reader’s title slide text as text: %s', async (title, subtitle) => {
    const d = getDataset();
    const specs = [getChartSpec(d, 'projections')];
    const { slides, part } = await open(await buildDeckPptx({ title, subtitle, specs }));
    expect(slides).toHaveLength(deckSlideCount(specs));
    const xml = await part('ppt/slides/slide1.xml');
    expect(xmlProblems(xml)).toEqual([]);
    expect(texts(xml).slice(0, 4)).toEqual([
      title,
      subtitle,
      '1 native, editable chart; each slide names its sources, and the last slides list them with links.',
      'Chinese and Kazakh statistics are kept apart; projections, targets and derived estimates are marked as such.',
    ]);
    expect(texts(xml)).toContain(specs[0]!.title);
    expect(xmlProblems(await part('docProps/core.xml'))).toEqual([]);
  });
});

describe('deckSources', () => {
  it('keeps first-use order without repeats', () => {
    const a = { id: 'a', publisher: 'A', title: 'A', url: 'https://a.example/' };
    const b = { id: 'b', publisher: 'B', title: 'B', url: 'https://b.example/' };
    const specs: ChartSpec[] = [
      { ...seedSpec, sources: [a, b] },
      { ...seedSpec, sources: [b, a] },
    ];
    expect(deckSources(specs)).toEqual([a, b]);
    expect(deckSources([])).toEqual([]);
  });
});
