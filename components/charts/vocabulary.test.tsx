import {
  ENCODING,
  MARK_KINDS,
  PALETTES,
  renderChartImage,
  renderChartSvg,
  type ChartSpec,
  type Mark,
  type MarkKind,
  type SeriesSpec,
} from 'chart-render';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { embedHtml } from '@/lib/export/embed';
import { ChartDataTable } from './chart-data-table';
import { ChartKey } from './chart-key';

/** A chart drawing every kind as every mark it can take, so every surface shows every glyph. */
function everyKind(mark: Mark): ChartSpec {
  const series: SeriesSpec[] = MARK_KINDS.map((kind, k) => ({
    id: `${kind}-${mark}`,
    name: `${kind} ${mark}`,
    label: null,
    mark,
    kind,
    color: 'blue',
    // Two values a series, so lines have a segment; values are arbitrary test input.
    values: MARK_KINDS.map((_, i) => (i === k || i === k + 1 ? 1 + i : null)),
  }));
  return {
    id: `vocabulary-${mark}`,
    title: 'Every kind',
    subtitle: '',
    categories: ['2001', '2002', '2003', '2004', '2005'],
    bands: [2001, 2002, 2003, 2004, 2005].map((y) => ({ start: y, end: y + 1 })),
    xLabel: 'Year',
    yLabel: 'US$ bn',
    valueFormat: 'usd-bn',
    series,
    events: [],
    sourceLine: '',
    sources: [],
    notes: [],
  };
}

interface Look {
  shape: 'rect' | 'circle' | 'diamond' | 'line';
  fill: 'solid' | 'light' | 'hollow' | 'none';
  dashed: boolean;
  outlined: boolean;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** How one drawn element looks, read off its SVG attributes. */
function lookOf(tag: string, hollowFill: string): Look {
  const name = /^<(\w+)/.exec(tag)![1]!;
  const fill = attr(tag, 'fill');
  const opacity = Number(attr(tag, 'fill-opacity') ?? attr(tag, 'stroke-opacity') ?? 1);
  const d = attr(tag, 'd') ?? '';
  const shape =
    name === 'rect' ? 'rect' : name === 'circle' ? 'circle' : /Z$/.test(d) ? 'diamond' : 'line';
  return {
    shape,
    fill:
      shape === 'line'
        ? opacity < 1
          ? 'light'
          : 'none'
        : fill === hollowFill
          ? 'hollow'
          : opacity < 1
            ? 'light'
            : 'solid',
    dashed: attr(tag, 'stroke-dasharray') !== undefined,
    outlined: shape !== 'line' && attr(tag, 'stroke') !== undefined,
  };
}

/** What ENCODING says a kind drawn as `shape` looks like. */
function expected(kind: MarkKind, shape: Look['shape']): Look {
  const e = ENCODING[kind];
  if (shape === 'line') {
    return {
      shape,
      fill: kind === 'half-year' ? 'light' : 'none',
      dashed: e.dash.length > 0,
      outlined: false,
    };
  }
  if (shape === 'rect') {
    return {
      shape,
      fill: e.fill === 'hollow' ? 'hollow' : e.fillOpacity < 1 ? 'light' : 'solid',
      dashed: e.barOutline && e.dash.length > 0,
      outlined: e.barOutline,
    };
  }
  const hollow = e.fill === 'hollow' || e.marker === 'diamond';
  return {
    shape: e.marker,
    fill: hollow ? 'hollow' : e.fillOpacity < 1 ? 'light' : 'solid',
    dashed: false,
    outlined: hollow,
  };
}

/** Every element of an SVG string tagged with a kind, inside elements matching `scope`. */
function kindElements(svg: string, scope: RegExp): { kind: MarkKind; tag: string }[] {
  const out: { kind: MarkKind; tag: string }[] = [];
  for (const m of svg.matchAll(scope)) {
    const block = m[0];
    const kind = (attr(block, 'data-kind') ?? '') as MarkKind;
    for (const t of block.matchAll(/<(rect|circle|path)\b[^>]*>/g)) {
      const tag = t[0];
      if (tag.includes('class="chart-glyph"')) continue;
      out.push({ kind: (attr(tag, 'data-kind') as MarkKind | undefined) ?? kind, tag });
    }
  }
  return out;
}

const GLYPHS = /<g class="chart-glyph"[^>]*>[\s\S]*?<\/g>/g;
const BODY_MARKS = /<(rect|circle|path)\b[^>]*class="chart-(bar|point|line|step)"[^>]*>/g;

describe('one visual vocabulary: every surface draws each kind as ENCODING defines it', () => {
  const theme = 'light' as const;
  const hollow = PALETTES[theme].hollow;

  it.each<Mark>(['bar', 'point', 'line'])(
    '%s marks of the chart body (page, embed, SVG, PNG)',
    (mark) => {
      const spec = everyKind(mark);
      const marks = kindElements(
        renderChartSvg(spec, { width: 800, height: 400, theme }),
        BODY_MARKS,
      );
      const kinds = new Set(marks.map((m) => m.kind));
      expect([...kinds].sort()).toEqual([...MARK_KINDS].sort());
      for (const { kind, tag } of marks) {
        const look = lookOf(tag, hollow);
        expect({ kind, ...look }).toEqual({ kind, ...expected(kind, look.shape) });
      }
    },
  );

  const surfaces: [string, (spec: ChartSpec) => string][] = [
    [
      'the export image key (SVG, PNG)',
      (s) => renderChartImage(s, { width: 1200, height: 630, theme }),
    ],
    ['the page key', (s) => renderToStaticMarkup(<ChartKey spec={s} />)],
    ['the embed key', (s) => embedHtml({ spec: s, chartSvgs: [], pageHref: '/charts/x' })],
    ['the data table headings', (s) => renderToStaticMarkup(<ChartDataTable spec={s} />)],
  ];
  describe.each(surfaces)('%s', (_name, render) => {
    it.each<Mark>(['bar', 'point', 'line'])('%s glyphs', (mark) => {
      const glyphs = kindElements(render(everyKind(mark)), GLYPHS);
      expect([...new Set(glyphs.map((g) => g.kind))].sort()).toEqual([...MARK_KINDS].sort());
      for (const { kind, tag } of glyphs) {
        const look = lookOf(tag, hollow);
        expect({ kind, ...look }).toEqual({ kind, ...expected(kind, look.shape) });
      }
    });
  });
});
