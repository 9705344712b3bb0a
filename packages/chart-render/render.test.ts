import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import {
  FONT_FILES,
  escapeXml,
  formatValue,
  renderChartImage,
  renderChartSvg,
  renderPng,
} from 'chart-render';
import type { ChartSpec, SeriesSpec, ValueFormat } from '../../lib/charts/spec';

// Figures from /work/shared/reference/china-kazakhstan-facts.md §1–2 and the seed article; 2007
// is left out of the reported bars on purpose, to exercise a gap.
const fixture: ChartSpec = {
  id: 'trade-turnover',
  title: 'China–Kazakhstan trade turnover, 2005–2008',
  subtitle: 'US$ billion, as reported; whose statistics as the source gave them',
  categories: ['2005', '2006', '2007', '2008'],
  xLabel: 'Year',
  yLabel: 'US$ billion',
  valueFormat: 'usd-bn',
  series: [
    {
      id: 'reported',
      name: 'Trade turnover',
      mark: 'bar',
      kind: 'reported',
      color: '#2563eb',
      values: [6.8, 8.36, null, 17.5],
      statisticLabel: 'statistics unstated / Kazakh',
    },
    {
      id: 'h1',
      name: 'Trade turnover, first half',
      mark: 'bar',
      kind: 'half-year',
      color: '#2563eb',
      values: [null, null, 5.97, null],
    },
    {
      id: 'nazarbayev-2008',
      name: "Nazarbayev's projection for 2008",
      mark: 'point',
      kind: 'projection',
      color: '#d97706',
      values: [null, null, null, 12],
    },
    {
      id: 'implied-2005',
      name: '2005 implied by 2006 growth',
      mark: 'point',
      kind: 'estimate',
      color: '#059669',
      // impliedPrior: 8.36 reported for 2006 "up 22.8 per cent on the previous year".
      values: [8.36 / 1.228, null, null, null],
    },
  ],
  annotations: [
    {
      category: '2006',
      marker: '1',
      text: '①\u00a0Tien-Shan-1-2006, first China–Kazakhstan bilateral anti-terrorist exercise',
    },
  ],
  sourceLine: 'Sources: CACI Analyst (2007); Chinanews copy on sunfei110.com (2006); newsline.kz',
  sources: [],
  notes: ['Hollow marks are computed in lib/ from reported figures.'],
};

const size = { width: 720, height: 360 };

function count(haystack: string, needle: string | RegExp): number {
  return haystack.split(needle).length - 1;
}

function withSeries(series: SeriesSpec[], extra: Partial<ChartSpec> = {}): ChartSpec {
  return { ...fixture, series, annotations: [], ...extra };
}

describe('formatValue', () => {
  const rows: [string, number, ValueFormat, string][] = [
    ['usd-bn whole', 10, 'usd-bn', '$10bn'],
    ['usd-bn decimals', 43.82, 'usd-bn', '$43.82bn'],
    ['usd-bn rounds to 2 decimals', 8.36 / 1.228, 'usd-bn', '$6.81bn'],
    ['usd-bn thousands', 1500, 'usd-bn', '$1,500bn'],
    ['usd-bn zero', 0, 'usd-bn', '$0bn'],
    ['usd-bn negative', -2.5, 'usd-bn', '−$2.5bn'],
    ['pct positive has a sign', 20, 'pct', '+20%'],
    ['pct negative uses a minus', -8.4, 'pct', '−8.4%'],
    ['pct zero has no sign', 0, 'pct', '0%'],
    ['mt', 5, 'mt', '5 Mt'],
    ['mt-per-year', 20, 'mt-per-year', '20 Mt/yr'],
  ];
  it.each(rows)('%s', (_, value, format, expected) => {
    expect(formatValue(value, format)).toBe(expected);
  });
});

describe('escapeXml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    [`"double" 'single'`, '&quot;double&quot; &#39;single&#39;'],
    ['', ''],
  ])('%s', (input, expected) => expect(escapeXml(input)).toBe(expected));
});

describe('renderChartSvg', () => {
  const svg = renderChartSvg(fixture, size);

  it('returns a standalone svg, not the Recharts wrapper div', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toContain('<div');
    expect(svg).toContain('width="720" height="360" viewBox="0 0 720 360"');
    expect(svg).toContain(`font-family="'DejaVu Sans', sans-serif"`);
  });

  it('labels itself with a title and a desc', () => {
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="trade-turnover-chart-title trade-turnover-chart-desc"');
    expect(svg).toContain(`<title id="trade-turnover-chart-title">${fixture.title}</title>`);
    const desc = /<desc id="trade-turnover-chart-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    expect(desc).toContain(`${fixture.subtitle}. Shows 2005–2008: `);
    expect(desc).toContain(
      'Trade turnover, statistics unstated / Kazakh (reported bars, $6.8bn in 2005 to $17.5bn in 2008, no value for 2007)',
    );
    expect(desc).toContain(
      'Nazarbayev&#39;s projection for 2008 (projection points, $12bn in 2008)',
    );
    expect(count(svg, '<title')).toBe(1);
  });

  it('draws one bar per non-null bar value and none for a gap', () => {
    const bars = fixture.series
      .filter((s) => s.mark === 'bar')
      .flatMap((s) => s.values)
      .filter((v) => v !== null);
    expect(count(svg, 'class="recharts-rectangle"')).toBe(bars.length);
  });

  it('shows the category and value tick labels', () => {
    for (const label of [
      '2005',
      '2006',
      '2007',
      '2008',
      '$0bn',
      '$5bn',
      '$10bn',
      '$15bn',
      '$20bn',
    ]) {
      expect(svg).toContain(`>${label}</tspan>`);
    }
  });

  it('draws point series as markers only, encoded by kind', () => {
    expect(count(svg, 'chart-dot-projection')).toBe(1);
    expect(count(svg, 'chart-dot-estimate')).toBe(1);
    expect(svg).toMatch(
      /class="recharts-dot chart-dot-estimate"[^>]*fill="#ffffff"[^>]*stroke="#059669"/,
    );
  });

  it('marks annotations with a reference line labelled by a circled marker', () => {
    expect(count(svg, 'recharts-reference-line-line')).toBe(1);
    expect(svg).toContain('>①</tspan>');
  });

  it('names clip paths after idPrefix, defaulting to spec.id', () => {
    expect(svg).toContain('id="trade-turnover-clip"');
    const other = renderChartSvg(fixture, { ...size, idPrefix: 'page-2' });
    expect(other).toContain('id="page-2-clip"');
    expect(other).not.toContain('trade-turnover-clip');
  });

  it('is byte-identical for the same input, even after other charts were rendered', () => {
    renderChartSvg(withSeries([fixture.series[2]!]), size);
    renderChartImage(fixture, { width: 800, height: 600 });
    expect(renderChartSvg(fixture, size)).toBe(svg);
  });

  it.each([
    ['light', '<rect width="100%" height="100%" fill="#ffffff"/>', '#1f2933'],
    ['dark', '<rect width="100%" height="100%" fill="#111827"/>', '#e5e7eb'],
    ['transparent', null, '#1f2933'],
  ] as const)('paints the %s theme', (theme, background, text) => {
    const themed = renderChartSvg(fixture, { ...size, theme });
    if (background) expect(themed).toContain(background);
    else expect(themed).not.toContain('height="100%" fill=');
    expect(themed).toContain(`fill="${text}"`);
  });

  it.each([
    ['half-year', /fill="#2563eb" fill-opacity="0.45"/],
    [
      'projection',
      /fill="url\(#trade-turnover-hatch-0\)" stroke="#2563eb" stroke-width="[\d.]+" stroke-dasharray="6 3"/,
    ],
    ['estimate', /fill="#ffffff" stroke="#2563eb" stroke-width="[\d.]+" stroke-dasharray="3 3"/],
  ] as const)('encodes %s bars', (kind, pattern) => {
    const s = renderChartSvg(withSeries([{ ...fixture.series[0]!, kind }]), size);
    expect(s).toMatch(pattern);
    expect(s.includes('<pattern id="trade-turnover-hatch-0"')).toBe(kind === 'projection');
  });

  it('keeps a gap in a line as a break in the path', () => {
    const line: SeriesSpec = { ...fixture.series[0]!, mark: 'line' };
    const s = renderChartSvg(withSeries([line]), size);
    const d = /class="recharts-curve recharts-line-curve" d="([^"]*)"/.exec(s)?.[1] ?? '';
    expect(count(d, 'M')).toBe(2);
    expect(count(s, 'chart-dot-reported')).toBe(3);
  });

  it('bridges a gap only in a series marked connectGaps (a connector, never reported data)', () => {
    const line: SeriesSpec = { ...fixture.series[0]!, mark: 'line', connectGaps: true };
    const s = renderChartSvg(withSeries([line]), size);
    const d = /class="recharts-curve recharts-line-curve" d="([^"]*)"/.exec(s)?.[1] ?? '';
    expect(count(d, 'M')).toBe(1);
  });

  it('draws a projection line dashed with diamonds and a step series as steps', () => {
    const projection = renderChartSvg(
      withSeries([{ ...fixture.series[0]!, mark: 'line', kind: 'projection' }]),
      size,
    );
    expect(projection).toMatch(/stroke-dasharray="7 4"[^>]*class="recharts-curve/);
    expect(count(projection, 'chart-dot-projection')).toBe(3);
    const pathOf = (mark: SeriesSpec['mark']) => {
      const out = renderChartSvg(withSeries([{ ...fixture.series[0]!, mark }]), size);
      return /class="recharts-curve recharts-line-curve" d="([^"]*)"/.exec(out)?.[1] ?? '';
    };
    // stepAfter adds a corner point per step; the gap still splits the path.
    expect(count(pathOf('step'), 'L')).toBeGreaterThan(count(pathOf('line'), 'L'));
    expect(count(pathOf('step'), 'M')).toBe(2);
  });

  it.each([
    ['no series', withSeries([])],
    ['no categories', withSeries([], { categories: [] })],
    ['one point', withSeries([{ ...fixture.series[2]!, values: [12] }], { categories: ['2008'] })],
  ])('renders an empty or tiny chart (%s) without throwing', (_, spec) => {
    expect(renderChartSvg(spec, size)).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });

  it('rejects a non-positive size', () => {
    expect(() => renderChartSvg(fixture, { width: 0, height: 300 })).toThrow(RangeError);
  });
});

describe('renderChartImage', () => {
  const image = renderChartImage(fixture, { width: 1200, height: 630 });

  it('holds title, subtitle, legend, annotation key, notes and source line', () => {
    for (const text of [
      fixture.title,
      fixture.subtitle,
      ...fixture.series.map((s) => s.name.replace("'", '&#39;')),
      'statistics unstated / Kazakh',
      '①\u00a0Tien-Shan-1-2006',
      fixture.notes[0]!,
      fixture.sourceLine,
    ]) {
      expect(image).toContain(text);
    }
    // The key line is printed as the spec gives it, its marker not repeated.
    expect(image).not.toMatch(/①\s*①/);
  });

  it('nests the chart body as an inner svg', () => {
    expect(count(image, '<svg')).toBe(2);
    expect(image).toMatch(
      /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" x="\d+" y="\d+" width="\d+" height="\d+"/,
    );
    expect(count(image, 'class="recharts-rectangle"')).toBe(4);
  });

  it('escapes every text it writes', () => {
    const hostile = withSeries([{ ...fixture.series[0]!, name: 'A & B <b>' }], {
      title: `<script>alert("x")</script> & 'q'`,
      sourceLine: 'Source: "A" & <B>',
    });
    const out = renderChartImage(hostile, { width: 1200, height: 630 });
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(out).toContain('A &amp; B &lt;b&gt;');
    expect(out).toContain('Source: &quot;A&quot; &amp; &lt;B&gt;');
  });

  it.each([
    [1920, 1080],
    [1200, 630],
    [1080, 1080],
  ])('leaves the chart most of a %i×%i image and keeps text inside it', (width, height) => {
    const out = renderChartImage(fixture, { width, height });
    const body = /<svg xmlns="[^"]+" x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"/.exec(out);
    const [x, y, w, h] = (body?.slice(1) ?? []).map(Number) as [number, number, number, number];
    expect(h).toBeGreaterThan(height * 0.42);
    expect(x + w).toBeLessThanOrEqual(width);
    expect(y + h).toBeLessThan(height);
    const baselines = [...out.matchAll(/<text x="([\d.]+)" y="([\d.]+)"/g)].map((m) =>
      Number(m[2]),
    );
    expect(Math.max(...baselines)).toBeLessThan(height);
  });

  it('truncates a long annotation list instead of squeezing the chart', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      category: '2006',
      marker: String(i + 1),
      text: `Event ${i + 1}, described at some length so that the key needs several lines`,
    }));
    const out = renderChartImage({ ...fixture, annotations: many }, { width: 1200, height: 630 });
    expect(out).toContain('…');
    expect(out).not.toContain('Event 30,');
    const h = Number(
      /<svg xmlns="[^"]+" x="\d+" y="\d+" width="\d+" height="(\d+)"/.exec(out)?.[1],
    );
    expect(h).toBeGreaterThan(630 * 0.42);
  });

  it('is byte-identical for the same input', () => {
    expect(renderChartImage(fixture, { width: 1200, height: 630 })).toBe(image);
  });
});

describe('renderPng', () => {
  function ihdrSize(png: Buffer): [number, number] {
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  }

  it.each([
    [1200, 630, 1],
    [1200, 630, 2],
    [1080, 1080, 0.5],
  ])('renders a %i×%i image at scale %d to a PNG of that size times the scale', (w, h, scale) => {
    const png = renderPng(renderChartImage(fixture, { width: w, height: h }), { scale });
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(ihdrSize(png)).toEqual([w * scale, h * scale]);
  });

  it('defaults to scale 1', () => {
    expect(ihdrSize(renderPng(renderChartSvg(fixture, size)))).toEqual([720, 360]);
  });

  it('draws the title in the top band', () => {
    const width = 1200;
    // At 1200×630 the title's line spans rows ~23–60; the subtitle (#52606d) never gets this dark.
    const band = 55;
    const darkPixelsInBand = (spec: ChartSpec): number => {
      const svg = renderChartImage(spec, { width, height: 630 });
      const { pixels } = new Resvg(svg, {
        font: {
          loadSystemFonts: false,
          fontFiles: [...FONT_FILES],
          defaultFontFamily: 'DejaVu Sans',
        },
      }).render();
      let dark = 0;
      for (let i = 0; i < width * band * 4; i += 4) if (pixels[i]! < 60) dark += 1;
      return dark;
    };
    expect(darkPixelsInBand(fixture)).toBeGreaterThan(2000);
    expect(darkPixelsInBand({ ...fixture, title: '' })).toBe(0);
    const withTitle = renderPng(renderChartImage(fixture, { width, height: 630 }));
    const without = renderPng(renderChartImage({ ...fixture, title: '' }, { width, height: 630 }));
    expect(withTitle.equals(without)).toBe(false);
  });

  it('rejects a non-positive scale', () => {
    expect(() => renderPng(renderChartSvg(fixture, size), { scale: 0 })).toThrow(RangeError);
  });
});
