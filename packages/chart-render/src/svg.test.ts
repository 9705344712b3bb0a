import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { RESVG_OPTIONS } from './raster';
import { el, escapeXml, r2, safeId } from './svg';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!);

describe('escapeXml', () => {
  it.each<[string, string, string]>([
    ['ampersand', '&', '&amp;'],
    ['less-than', '<', '&lt;'],
    ['greater-than', '>', '&gt;'],
    ['double quote', '"', '&quot;'],
    ['single quote', "'", '&#39;'],
    ['all five together', `&<>"'`, '&amp;&lt;&gt;&quot;&#39;'],
    ['an element in text', '<a & "b">', '&lt;a &amp; &quot;b&quot;&gt;'],
    ['an entity is escaped again, not trusted', '&amp;', '&amp;amp;'],
    ['a script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an attribute break-out', '" onload="x', '&quot; onload=&quot;x'],
    ['a CDATA end', ']]>', ']]&gt;'],
    ['plain text unchanged', 'China–Kazakhstan trade, $8.36bn', 'China–Kazakhstan trade, $8.36bn'],
    ['non-Latin text unchanged', 'Қазақстан 中国 ₸ −46.3%', 'Қазақстан 中国 ₸ −46.3%'],
    ['empty', '', ''],
  ])('%s', (_name, text, expected) => {
    expect(escapeXml(text)).toBe(expected);
    expect(unescape(escapeXml(text)), 'decodes back to the text').toBe(text);
  });

  it('leaves none of & < > " \' bare', () => {
    const escaped = escapeXml(`a&b<c>d"e'f&amp;<<>>`);
    expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toMatch(/[&<>"']/);
  });

  it('makes hostile text safe in an SVG that resvg parses, in text and in attributes', () => {
    const hostile = `Sources: "A&B" <Kazinform> 'Astana' ]]> &nbsp; &#x3C;`;
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40">` +
      `<title>${escapeXml(hostile)}</title>` +
      `<text x="10" y="20" font-size="12" data-note="${escapeXml(hostile)}">${escapeXml(hostile)}</text></svg>`;
    expect(() => new Resvg(svg, RESVG_OPTIONS).render()).not.toThrow();
    expect(
      () =>
        new Resvg(
          `<svg xmlns="http://www.w3.org/2000/svg"><text>${hostile}</text></svg>`,
          RESVG_OPTIONS,
        ),
    ).toThrow();
  });
});

describe('r2', () => {
  it.each<[string, number, number]>([
    ['a third', 1 / 3, 0.33],
    ['two thirds rounds up', 2 / 3, 0.67],
    ['already short', 12.5, 12.5],
    ['an integer', 1068, 1068],
    ['a large value', 1234.5678, 1234.57],
    ['a negative value', -12.345678, -12.35],
    ['tiny rounds to zero', 1e-9, 0],
    ['zero', 0, 0],
  ])('%s', (_name, n, expected) => {
    expect(r2(n)).toBe(expected);
  });
});

describe('el', () => {
  it.each<[string, string, Parameters<typeof el>[1], string | undefined, string]>([
    ['no attributes, no children', 'g', {}, undefined, '<g/>'],
    [
      'numbers rounded to 2 decimals',
      'rect',
      { x: 1, width: 2.555, height: 1 / 3 },
      undefined,
      '<rect x="1" width="2.56" height="0.33"/>',
    ],
    [
      'strings kept',
      'rect',
      { fill: '#fff', 'stroke-dasharray': '4 2' },
      undefined,
      '<rect fill="#fff" stroke-dasharray="4 2"/>',
    ],
    [
      'strings escaped',
      'text',
      { 'aria-label': `A&B "C" <D> 'E'` },
      undefined,
      '<text aria-label="A&amp;B &quot;C&quot; &lt;D&gt; &#39;E&#39;"/>',
    ],
    [
      'null, undefined and false left out',
      'line',
      { x1: 0, stroke: null, 'stroke-dasharray': undefined, opacity: false, y1: 2 },
      undefined,
      '<line x1="0" y1="2"/>',
    ],
    [
      'zero and the empty string kept',
      'rect',
      { x: 0, class: '' },
      undefined,
      '<rect x="0" class=""/>',
    ],
    ['negative zero written as 0', 'rect', { x: -0.001 }, undefined, '<rect x="0"/>'],
    [
      'attribute order kept',
      'circle',
      { r: 3, cy: 2, cx: 1 },
      undefined,
      '<circle r="3" cy="2" cx="1"/>',
    ],
    [
      'children inside open and close tags',
      'g',
      { id: 'body' },
      '<rect/>',
      '<g id="body"><rect/></g>',
    ],
    ['empty children still open and close', 'text', { x: 1 }, '', '<text x="1"></text>'],
    [
      'children are markup, not escaped',
      'text',
      {},
      '<tspan>a</tspan>',
      '<text><tspan>a</tspan></text>',
    ],
  ])('%s', (_name, name, attrs, children, expected) => {
    expect(el(name, attrs, children)).toBe(expected);
  });

  it('nests into an SVG that resvg parses', () => {
    const body = el(
      'g',
      { transform: 'translate(10 10)' },
      el('rect', { width: 20.004, height: 10, fill: '#c00' }) +
        el('text', { x: 1, y: 12, 'font-size': 10 }, escapeXml('<A & B>')),
    );
    const svg = el('svg', { xmlns: 'http://www.w3.org/2000/svg', width: 100, height: 40 }, body);
    expect(new Resvg(svg, RESVG_OPTIONS).render().width).toBe(100);
  });
});

describe('safeId', () => {
  it.each<[string, string, string]>([
    ['spaces and slashes', 'trade trend/1', 'trade-trend-1'],
    ['letters, digits, _ and - kept', 'Trade_trend-2024', 'Trade_trend-2024'],
    ['characters that would end a url(#…)', 'a)b"c\'d#e', 'a-b-c-d-e'],
    ['non-ASCII letters', 'Қаз', '---'],
    ['empty', '', ''],
  ])('%s', (_name, id, expected) => {
    expect(safeId(id)).toBe(expected);
    expect(safeId(id)).toMatch(/^[A-Za-z0-9_-]*$/);
  });
});
