import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { chartIds, getChartSpec } from '../charts/registry';
import type { ChartSpec } from '../charts/spec';
import { getDataset } from '../datasets';
import {
  buildChartPptx,
  buildDeckPptx,
  deckSlideCount,
  deckSources,
  dropEmptySheetCells,
  kindKey,
  omittedSeries,
  pptxSeries,
  pptxSeriesName,
  restyleChartXml,
  tint,
  type PptxSeries,
} from './pptx';

// CACI Analyst (2007-09-05): $8.36bn in 2006; H1 2007 $5.97bn; $12bn projected for 2008.
const seedSpec: ChartSpec = {
  id: 'seed',
  title: 'Seed figures',
  subtitle: 'US$ bn',
  categories: ['2006', '2007', '2008'],
  xLabel: 'Year',
  yLabel: 'US$ bn',
  valueFormat: 'usd-bn',
  series: [
    {
      id: 'r',
      name: 'Reported',
      mark: 'bar',
      kind: 'reported',
      color: '#5f6b7a',
      values: [8.36, null, null],
    },
    {
      id: 'p',
      name: 'Nazarbayev',
      mark: 'point',
      kind: 'projection',
      color: '#b45309',
      values: [null, null, 12],
    },
    {
      id: 'h',
      name: 'First half',
      mark: 'bar',
      kind: 'half-year',
      color: '#5f6b7a',
      values: [null, 5.97, null],
    },
  ],
  annotations: [],
  sourceLine: 'Source: CACI Analyst (2007)',
  sources: [
    { id: 'caci', publisher: 'CACI Analyst', title: 'Seed', url: 'https://www.cacianalyst.org/' },
  ],
  notes: [],
};

describe('tint', () => {
  it.each<[string, string, number, string]>([
    ['none', 'C8102E', 0, 'C8102E'],
    ['half', 'C8102E', 0.5, 'E48897'],
    ['white', '000000', 1, 'FFFFFF'],
    ['clamped', '000000', 2, 'FFFFFF'],
    ['bad colour falls back to grey', 'zz', 0, '5F6B7A'],
  ])('%s', (_name, color, amount, expected) => {
    expect(tint(color, amount)).toBe(expected);
  });
});

describe('pptxSeriesName', () => {
  it.each<[string, Parameters<typeof pptxSeriesName>[0], string]>([
    ['reported unchanged', { name: 'Chinese statistics', kind: 'reported' }, 'Chinese statistics'],
    [
      'projection named',
      { name: '$12bn for 2008', kind: 'projection' },
      '$12bn for 2008 (projection or target)',
    ],
    ['already says target', { name: 'Target for 2015', kind: 'projection' }, 'Target for 2015'],
    [
      'estimate named',
      { name: '2005 implied', kind: 'estimate' },
      '2005 implied (derived estimate)',
    ],
    [
      'already says derived',
      { name: 'Derived full-year estimate', kind: 'estimate' },
      'Derived full-year estimate',
    ],
    ['half-year named', { name: 'Turnover', kind: 'half-year' }, 'Turnover (half-year)'],
    [
      'already says H1',
      { name: 'First half of the year (H1)', kind: 'half-year' },
      'First half of the year (H1)',
    ],
  ])('%s', (_name, s, expected) => {
    expect(pptxSeriesName(s)).toBe(expected);
  });
});

describe('pptxSeries', () => {
  it('puts bars first, keeps values, and styles each kind distinctly', () => {
    const s = pptxSeries(seedSpec);
    expect(s.map((x) => [x.specIndex, x.group, x.values])).toEqual([
      [0, 'bar', [8.36, null, null]],
      [2, 'bar', [null, 5.97, null]],
      [1, 'line', [null, null, 12]],
    ]);
    const [reported, half, projection] = s as [PptxSeries, PptxSeries, PptxSeries];
    expect(reported).toMatchObject({ fill: '5F6B7A', line: null });
    expect(half.fill).not.toBe(reported.fill);
    expect(projection).toMatchObject({ marker: 'diamond', lineWidthPt: 0, line: 'B45309' });
    expect(projection.name).toContain('(projection or target)');
  });

  it('rounds values at the edge, so no float noise reaches the sheet', () => {
    const noisy = 28.5 - 22.53; // 5.969999999999999: the 2013 mirror gap, US$ bn
    const spec: ChartSpec = {
      ...seedSpec,
      series: [{ ...seedSpec.series[0]!, values: [noisy, null, 8.36] }],
    };
    expect(pptxSeries(spec)[0]?.values).toEqual([5.97, null, 8.36]);
  });

  it('leaves out connectors across gaps and draws steps as points', () => {
    const spec: ChartSpec = {
      ...seedSpec,
      series: [
        {
          ...seedSpec.series[1]!,
          id: 'c',
          mark: 'line',
          connectGaps: true,
          values: [12, null, 12],
        },
        { ...seedSpec.series[0]!, id: 's', mark: 'step', kind: 'estimate' },
      ],
    };
    expect(omittedSeries(spec).map((s) => s.id)).toEqual(['c']);
    expect(pptxSeries(spec)).toMatchObject([{ specIndex: 1, lineWidthPt: 0, marker: 'circle' }]);
    expect(kindKey(spec).join(' ')).toMatch(/connectors are not drawn.*Steps|Steps.*connectors/);
  });

  it('maps every registry chart without losing a drawable series', () => {
    const d = getDataset();
    for (const id of chartIds) {
      const spec = getChartSpec(d, id);
      expect(pptxSeries(spec).length + omittedSeries(spec).length).toBe(spec.series.length);
    }
  });
});

describe('kindKey', () => {
  it('explains half-year and projection marks and empty categories', () => {
    expect(kindKey(seedSpec)).toEqual([
      'Pale bars: first-half (H1) figures, not full years.',
      'Diamonds and dashed outlines: projections or targets, not reported figures.',
    ]);
    const gap = { ...seedSpec, categories: [...seedSpec.categories, '2009'] };
    expect(kindKey(gap).at(-1)).toBe('Empty categories: no figure found.');
  });

  it('is empty for a reported-only chart without gaps', () => {
    expect(
      kindKey({
        ...seedSpec,
        categories: ['2006'],
        series: [{ ...seedSpec.series[0]!, values: [8.36] }],
      }),
    ).toEqual([]);
  });
});

describe('restyleChartXml', () => {
  const series = pptxSeries(seedSpec);
  const ser = (idx: number, extra = '') =>
    `<c:ser>  <c:idx val="${idx}"/><c:order val="${idx}"/><c:spPr><a:solidFill><a:srgbClr val="000000"/></a:solidFill></c:spPr>${extra}<c:val><c:numCache><c:pt idx="0"><c:v>8.36</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt></c:numCache></c:val></c:ser>`;

  it('gives each series its own fill and outline, drops empty points', () => {
    const out = restyleChartXml(`${ser(0)}${ser(1)}`, series);
    expect(out).not.toContain('<c:v></c:v>');
    expect(out).toContain('<c:pt idx="0"><c:v>8.36</c:v></c:pt>');
    expect(out).toContain('<a:srgbClr val="5F6B7A"/>');
    expect(out).toContain(`<a:srgbClr val="${series[1]!.fill}"/>`);
    expect(out).not.toContain('val="000000"');
  });

  it('replaces a line series marker with its symbol', () => {
    const out = restyleChartXml(ser(2, '<c:marker><c:symbol val="circle"/></c:marker>'), series);
    expect(out).toContain('<c:symbol val="diamond"/>');
    expect(out).not.toContain('<c:symbol val="circle"/>');
  });

  it('leaves a series it does not know unchanged', () => {
    expect(restyleChartXml(ser(9), series)).toBe(
      ser(9).replace('<c:pt idx="1"><c:v></c:v></c:pt>', ''),
    );
  });
});

describe('dropEmptySheetCells', () => {
  it('removes empty value cells only', () => {
    expect(
      dropEmptySheetCells('<c r="B2"><v>8.36</v></c><c r="C2"><v></v></c><c r="AA10"><v></v></c>'),
    ).toBe('<c r="B2"><v>8.36</v></c>');
  });
});

async function chartXmls(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
  return { zip, xmls: await Promise.all(names.map((n) => zip.file(n)!.async('string'))) };
}

describe('buildChartPptx', () => {
  it('makes one slide with a native chart holding the spec values and no empty points', async () => {
    const { zip, xmls } = await chartXmls(await buildChartPptx(seedSpec));
    expect(
      Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)),
    ).toHaveLength(1);
    expect(xmls).toHaveLength(1);
    const xml = xmls[0]!;
    for (const v of [8.36, 5.97, 12]) expect(xml).toContain(`<c:v>${v}</c:v>`);
    expect(xml).not.toContain('<c:v></c:v>');
    expect(xml).toContain('<c:symbol val="diamond"/>');
    expect(xml).toContain('Nazarbayev (projection or target)');
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(slide).toContain('Seed figures');
    expect(slide).toContain('Source: CACI Analyst (2007)');
    const embedded = Object.keys(zip.files).filter(
      (n) => n.startsWith('ppt/embeddings/') && n.endsWith('.xlsx'),
    );
    expect(embedded).toHaveLength(1);
    const book = await JSZip.loadAsync(await zip.file(embedded[0]!)!.async('uint8array'));
    const sheet = await book.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('<v>8.36</v>');
    expect(sheet).not.toContain('<v></v>');
  });

  it('writes a text box instead of a chart when there are no series', async () => {
    const { xmls } = await chartXmls(await buildChartPptx({ ...seedSpec, series: [] }));
    expect(xmls).toHaveLength(0);
  });
});

describe('buildDeckPptx', () => {
  it('has a title slide, one chart per spec and the sources, as deckSlideCount says', async () => {
    const d = getDataset();
    const specs = chartIds.map((id) => getChartSpec(d, id));
    const bytes = await buildDeckPptx({ title: d.title, specs });
    const { zip, xmls } = await chartXmls(bytes);
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(deckSlideCount(specs));
    expect(xmls).toHaveLength(specs.length);
    const last = await zip.file(`ppt/slides/slide${slides.length}.xml`)!.async('string');
    expect(last).toContain(deckSources(specs).at(-1)!.url);
  }, 30_000);
});

describe('deckSources', () => {
  it('keeps first-use order without repeats', () => {
    const a = { id: 'a', publisher: 'A', title: 'A', url: 'https://a.example/' };
    const b = { id: 'b', publisher: 'B', title: 'B', url: 'https://b.example/' };
    expect(
      deckSources([
        { ...seedSpec, sources: [a, b] },
        { ...seedSpec, sources: [b, a] },
      ]),
    ).toEqual([a, b]);
    expect(deckSources([])).toEqual([]);
  });
});
