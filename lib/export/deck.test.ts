import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { chartIds, getChartView } from '../charts/registry';
import { textAllowed } from './chart-options';
import {
  DECK_LIMITS,
  deckQuery,
  deckUrls,
  isDefaultDeckQuery,
  moveChart,
  pastedCharts,
  readDeck,
  removeChart,
  type Deck,
} from './deck';

const d = getDataset();
const read = (s: string) => readDeck(new URLSearchParams(s), d);
const C_ALLOWED = expect.stringContaining('a chart id (trade-trend, ');

describe('readDeck', () => {
  it.each([
    ['nothing', '', { charts: [] }],
    ['a title', 'title=My+deck', { title: 'My deck', charts: [] }],
    ['a blank title is the default', 'title=+&subtitle=', { charts: [] }],
    [
      'charts in order, options made canonical',
      'c=projections&c=trade-trend%3Fto%3D2010%26from%3D2005%26width%3D9',
      {
        charts: [
          { id: 'projections', query: '' },
          { id: 'trade-trend', query: 'from=2005&to=2010' },
        ],
      },
    ],
    [
      'the same chart twice',
      'c=mirror-gap&c=mirror-gap',
      {
        charts: [
          { id: 'mirror-gap', query: '' },
          { id: 'mirror-gap', query: '' },
        ],
      },
    ],
  ])('reads %s', (_name, query, deck) => {
    const r = read(query);
    expect(r.errors).toEqual([]);
    expect(r.deck).toEqual(deck);
    expect(r.specs.map((s) => s.id)).toEqual(r.deck.charts.map((c) => c.id));
  });

  it('builds each chart with its options, as getChartView does', () => {
    const r = read('c=trade-trend%3Ffrom%3D2005%26to%3D2010%26title%3DMine');
    const view = getChartView(d, 'trade-trend', { from: 2005, to: 2010, title: 'Mine' });
    expect(view.ok && r.specs[0]).toEqual(view.ok && view.value);
  });

  it.each([
    ['an unknown chart', 'c=projections&c=nope', 'c[2]', 'c[2] names an unknown chart', C_ALLOWED],
    [
      'a bad option, named with its chart',
      'c=projections&c=trade-trend&c=trade-trend%3Ffrom%3D20x5',
      'c[3].from',
      'chart 3: from is not valid',
      'a year, 1990–2100',
    ],
    [
      'a range with no data',
      'c=trade-trend%3Ffrom%3D2090',
      'c[1].from',
      expect.stringMatching(/^chart 1: /),
      expect.any(String),
    ],
    [
      'a repeated option',
      'c=trade-trend%3Ffrom%3D2005%26from%3D2006',
      'c[1].from',
      'chart 1: from must be given at most once',
      'a year, 1990–2100',
    ],
    ['a long title', `title=${'x'.repeat(121)}`, 'title', 'title is not valid', textAllowed(120)],
    [
      'a control character',
      'subtitle=a%07b',
      'subtitle',
      'subtitle is not valid',
      textAllowed(200),
    ],
    [
      'an emoji the chart font lacks',
      'title=Trade%20%F0%9F%91%8D',
      'title',
      'title is not valid',
      textAllowed(120),
    ],
    [
      'a repeated title',
      'title=a&title=b',
      'title',
      'title must be given at most once',
      expect.any(String),
    ],
    [
      'too many charts',
      Array.from({ length: 13 }, () => 'c=projections').join('&'),
      'c',
      'a deck holds at most 12 charts',
      '1–12 c parameters',
    ],
    [
      'an over-long chart value',
      `c=projections%3F${'a'.repeat(2000)}`,
      'c[1]',
      'c[1] is too long',
      C_ALLOWED,
    ],
  ])('refuses %s, naming it', (_name, query, parameter, error, allowed) => {
    const r = read(query);
    expect(r.errors[0]).toEqual({ parameter, error, allowed });
  });

  it('keeps the valid rest: a page shows it', () => {
    const r = read('title=T&c=projections&c=nope&c=mirror-gap&subtitle=%00');
    expect(r.deck).toEqual({
      title: 'T',
      charts: [
        { id: 'projections', query: '' },
        { id: 'mirror-gap', query: '' },
      ],
    });
    expect(r.errors.map((e) => e.parameter)).toEqual(['subtitle', 'c[2]']);
    const many = read(Array.from({ length: 14 }, () => 'c=projections').join('&'));
    expect(many.deck.charts).toHaveLength(DECK_LIMITS.charts);
  });

  it('never echoes the input in an error', () => {
    const marker = 'zq<script>x9';
    for (const q of <Record<string, string>[]>[
      { c: marker },
      { c: `projections?title=${'a'.repeat(200)}${marker}` },
      { c: `projections?highlight=${marker}` },
      { title: `${marker}${'a'.repeat(200)}` },
    ]) {
      const r = readDeck(new URLSearchParams(q), d);
      expect(r.errors).toHaveLength(1);
      expect(JSON.stringify(r.errors)).not.toContain('zq');
    }
  });
});

describe('deck URLs', () => {
  const deck: Deck = {
    title: 'Trade & <energy>',
    charts: [
      { id: 'projections', query: '' },
      { id: 'trade-trend', query: 'from=2005&to=2010' },
      { id: 'mirror-gap', query: '' },
    ],
  };

  it('round-trips through readDeck', () => {
    expect(readDeck(deckQuery(deck), d).deck).toEqual(deck);
    expect(deckUrls(deck).pptx).toBe(
      '/api/deck.pptx?title=Trade+%26+%3Cenergy%3E&c=projections&c=trade-trend%3Ffrom%3D2005%26to%3D2010&c=mirror-gap',
    );
    expect(deckUrls({ charts: [] })).toEqual({
      page: '/deck',
      pptx: '/api/deck.pptx',
      zip: '/api/deck.zip',
    });
  });

  it.each([
    ['up', 1, -1, ['trade-trend', 'projections', 'mirror-gap']],
    ['down', 1, 1, ['projections', 'mirror-gap', 'trade-trend']],
    ['up at the top: unchanged', 0, -1, ['projections', 'trade-trend', 'mirror-gap']],
    ['down at the bottom: unchanged', 2, 1, ['projections', 'trade-trend', 'mirror-gap']],
  ] as const)('moves a chart %s', (_name, i, by, ids) => {
    expect(moveChart(deck, i, by).charts.map((c) => c.id)).toEqual(ids);
  });

  it('removes a chart', () => {
    expect(removeChart(deck, 0).charts.map((c) => c.id)).toEqual(['trade-trend', 'mirror-gap']);
    expect(removeChart(deck, 0).title).toBe(deck.title);
  });

  it.each([
    ['no query', '', true],
    ['only download', 'download=1', true],
    ['a title', 'title=x', false],
    ['an empty c', 'c=', false],
  ])('is the default deck with %s: %s', (_name, q, expected) => {
    expect(isDefaultDeckQuery(new URLSearchParams(q))).toBe(expected);
  });
});

describe('pastedCharts', () => {
  const hosts = ['127.0.0.1:3000', 'Example.org'];
  it.each([
    ['a path', '/charts/projections', ['projections']],
    [
      'a path with options',
      '/charts/trade-trend?from=2005&to=2010',
      ['trade-trend?from=2005&to=2010'],
    ],
    [
      'full URLs of this site, blank lines and spaces',
      ' http://127.0.0.1:3000/embed/mirror-gap?events=off \n\n https://example.org/charts/oil-flows/ ',
      ['mirror-gap?events=off', 'oil-flows'],
    ],
    [
      'export routes, their image parameters left for readDeckChart to drop',
      '/api/charts/trade-trend/png?preset=og&from=2005\r\n/api/charts/projections/pptx',
      ['trade-trend?preset=og&from=2005', 'projections'],
    ],
    ['nothing', '\n  \n', []],
  ])('reads %s', (_name, text, expected) => {
    expect(pastedCharts(text, hosts)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['another site', '/charts/projections\nhttps://evil.example/charts/projections', 2],
    ['a scheme-relative URL', '//evil.example/charts/projections', 1],
    ['another scheme', 'javascript:alert(1)//127.0.0.1:3000/charts/projections', 1],
    ['an unknown chart', '/charts/nope', 1],
    ['another page', '/trade', 1],
    ['a prebuilt file', '/charts/projections/og.png', 1],
    ['a bad escape', '/charts/%E0%A4%A', 1],
    ['text', 'zq<script>x9', 1],
  ])('refuses %s, naming the line', (_name, text, line) => {
    const r = pastedCharts(text, hosts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.parameter).toBe('paste');
    expect(r.error.error).toBe(`line ${line} is not a chart link of this site`);
    expect(JSON.stringify(r.error)).not.toContain('zq');
  });

  it('refuses more than the paste limit', () => {
    expect(pastedCharts('/charts/projections\n'.repeat(500), hosts).ok).toBe(false);
  });

  it('knows every chart id', () => {
    expect(pastedCharts(chartIds.map((id) => `/charts/${id}`).join('\n'), hosts)).toEqual({
      ok: true,
      value: chartIds,
    });
  });
});
